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

  it('shows each point with its source link', () => {
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
    const links = within(details).getAllByRole('link', { name: /^Source: / });
    expect(links).toHaveLength(section.points.length);
    expect(links[0]?.getAttribute('href')).toBe(section.points[0]?.source.url);
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[0]?.getAttribute('rel')).toBe('noreferrer');
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
    const headers = within(screen.getByRole('table', { hidden: true }))
      .getAllByRole('columnheader', { hidden: true })
      .map((th) => th.textContent);
    expect(headers).toEqual(['Behandlung', 'Wofür', 'Evidenz']);
  });
});
