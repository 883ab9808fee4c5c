import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Guidance, TREATMENTS_SECTION_ID } from '@/components/Guidance';
import { GUIDANCE, TREATMENTS } from '@/lib/content/guidance';
import { useTestLocale } from '../support/i18n';

function summary(text: string): HTMLElement {
  const found = screen.getByText(text, { selector: 'summary' });
  return found;
}

describe('Guidance', () => {
  it('asks the page to open a section when its summary is clicked', () => {
    const onToggle = vi.fn();
    render(
      <Guidance sections={GUIDANCE} treatments={TREATMENTS} openId={null} onToggle={onToggle} />,
    );
    const section = GUIDANCE[1];
    if (!section) throw new Error('need a second section');

    fireEvent.click(summary(section.title));
    expect(onToggle).toHaveBeenCalledWith(section.id);
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('opens only the section the page says is open', () => {
    const section = GUIDANCE[2];
    if (!section) throw new Error('need a third section');
    const { container } = render(
      <Guidance
        sections={GUIDANCE}
        treatments={TREATMENTS}
        openId={section.id}
        onToggle={vi.fn()}
      />,
    );
    const open = [...container.querySelectorAll('details')].filter((d) => d.open);
    expect(open).toHaveLength(1);
    expect(open[0]?.querySelector('summary')?.textContent).toBe(section.title);
  });

  it('shows each point with its source link, or its sources when it has several', () => {
    const section = GUIDANCE[0];
    if (!section) throw new Error('need a section');
    const { container } = render(
      <Guidance
        sections={GUIDANCE}
        treatments={TREATMENTS}
        openId={section.id}
        onToggle={vi.fn()}
      />,
    );
    const details = container.querySelector('details[open]');
    if (!(details instanceof HTMLElement)) throw new Error('no open section');
    const items = within(details).getAllByRole('listitem');
    expect(items).toHaveLength(section.points.length);
    // The causes have points with one source and a point with two.
    expect(section.points.some((p) => p.sources.length === 1)).toBe(true);
    expect(section.points.some((p) => p.sources.length > 1)).toBe(true);
    section.points.forEach((point, i) => {
      const item = items[i] as HTMLElement;
      const links = within(item).getAllByRole('link');
      expect(links.map((a) => a.getAttribute('href'))).toEqual(point.sources.map((s) => s.url));
      for (const link of links) {
        expect(link.getAttribute('target')).toBe('_blank');
        expect(link.getAttribute('rel')).toBe('noreferrer');
      }
      if (point.sources.length === 1) {
        expect(links[0]?.textContent).toBe(`Source: ${point.source.name}`);
      } else {
        expect(item.textContent).toContain(
          `Sources: ${point.sources.map((s) => s.name).join('; ')}`,
        );
      }
    });
  });

  it('ends with the date the guidance was last reviewed, in a small line of its own', () => {
    const { container } = render(
      <Guidance sections={GUIDANCE} treatments={TREATMENTS} openId={null} onToggle={vi.fn()} />,
    );
    const reviewed = container.querySelector('.guidance > :last-child');
    expect(reviewed?.tagName).toBe('P');
    expect(reviewed?.className).toBe('guidance-reviewed');
    expect(reviewed?.textContent).toBe('Reviewed: November 2026');
  });

  it('shows the treatments as a table with a caption and column headers', () => {
    const onToggle = vi.fn();
    render(
      <Guidance
        sections={GUIDANCE}
        treatments={TREATMENTS}
        openId={TREATMENTS_SECTION_ID}
        onToggle={onToggle}
      />,
    );
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')?.textContent).toBeTruthy();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Treatment', 'For', 'Evidence']);
    // One row per treatment, plus the header row.
    expect(within(table).getAllByRole('row')).toHaveLength(TREATMENTS.length + 1);

    fireEvent.click(summary('Treatments a clinician may offer'));
    expect(onToggle).toHaveBeenCalledWith(TREATMENTS_SECTION_ID);
  });

  it('speaks the browser’s language, keeping the sources’ own names', () => {
    useTestLocale('de');
    const section = GUIDANCE.find((s) => s.id === 'heat-cold');
    if (!section) throw new Error('no heat and cold section');
    const { container } = render(
      <Guidance
        sections={GUIDANCE}
        treatments={TREATMENTS}
        openId={section.id}
        onToggle={vi.fn()}
      />,
    );
    expect(summary('Wärme und Kälte')).toBeTruthy();
    expect(summary('Behandlungen, die Fachleute anbieten können')).toBeTruthy();
    const details = container.querySelector('details[open]');
    if (!(details instanceof HTMLElement)) throw new Error('no open section');
    expect(within(details).getByText(/Kühlakku/)).toBeTruthy();
    expect(within(details).getAllByRole('link', { name: 'Quelle: NHS' }).length).toBeGreaterThan(0);
    expect(within(details).getByRole('link', { name: 'Quelle: Cochrane' })).toBeTruthy();
    const headers = within(screen.getByRole('table', { hidden: true }))
      .getAllByRole('columnheader', { hidden: true })
      .map((th) => th.textContent);
    expect(headers).toEqual(['Behandlung', 'Wofür', 'Evidenzlage']);
    expect(screen.getByText('Geprüft: November 2026')).toBeTruthy();
  });

  it('heads the evidence column "Niveau de preuve" in French', () => {
    useTestLocale('fr');
    render(
      <Guidance
        sections={GUIDANCE}
        treatments={TREATMENTS}
        openId={TREATMENTS_SECTION_ID}
        onToggle={vi.fn()}
      />,
    );
    const headers = within(screen.getByRole('table'))
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Traitement', 'Pour', 'Niveau de preuve']);
    // Muscle relaxants cite both their sources, each a link.
    const relaxants = screen.getByRole('rowheader', { name: 'Myorelaxants (sur ordonnance)' });
    const row = relaxants.closest('tr') as HTMLElement;
    expect(
      within(row)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['American College of Physicians', 'Cashin et al., 2021']);
  });
});
