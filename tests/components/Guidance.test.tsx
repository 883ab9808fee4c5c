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

  it('shows the treatments as a labelled list: one row each, with its verdict in a word', () => {
    const onToggle = vi.fn();
    render(
      <Guidance
        sections={GUIDANCE}
        treatments={TREATMENTS}
        openId={TREATMENTS_SECTION_ID}
        onToggle={onToggle}
      />,
    );
    const list = screen.getByRole('list', {
      name: 'What a doctor or physiotherapist may offer, and what guidelines advise',
    });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(TREATMENTS.length);
    // Each row's summary names the treatment and what guidelines say of it.
    const opioids = within(list).getByText('Opioids (strong painkillers)').closest('summary');
    expect(opioids?.textContent).toBe('Opioids (strong painkillers)Not recommended');
    const heat = within(list).getByText('Heat (heat pack or heat wrap)').closest('summary');
    expect(heat?.textContent).toBe('Heat (heat pack or heat wrap)Recommended');
    const massage = within(list).getByText('Massage').closest('summary');
    expect(massage?.textContent).toBe('MassageAn option');

    fireEvent.click(summary('Treatments a clinician may offer'));
    expect(onToggle).toHaveBeenCalledWith(TREATMENTS_SECTION_ID);
  });

  it('keeps each treatment’s use, evidence and sources under its row, closed until asked', () => {
    render(
      <Guidance
        sections={GUIDANCE}
        treatments={TREATMENTS}
        openId={TREATMENTS_SECTION_ID}
        onToggle={vi.fn()}
      />,
    );
    const row = screen.getByText('Massage').closest('details') as HTMLDetailsElement;
    expect(row.open).toBe(false);
    const terms = [...row.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['For', 'Evidence']);
    expect(within(row).getByText('New or recent low back pain', { exact: true })).toBeTruthy();
    expect(within(row).getByText(/may ease pain in the short term/)).toBeTruthy();
    expect(
      within(row)
        .getAllByRole('link', { hidden: true })
        .every((a) => a.getAttribute('href')?.startsWith('https://')),
    ).toBe(true);
  });

  it('gives every treatment a verdict that agrees with its evidence in words', () => {
    useTestLocale('en');
    const words = { recommended: /Recommended/, 'not-recommended': /Not recommended/ };
    for (const treatment of TREATMENTS) {
      if (treatment.verdict === 'option') {
        expect(treatment.evidence).not.toMatch(/^(Recommended|Not recommended)/);
      } else {
        expect(treatment.evidence).toMatch(words[treatment.verdict]);
      }
    }
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
    const verdicts = [...container.querySelectorAll('.verdict')].map((v) => v.textContent);
    expect(new Set(verdicts)).toEqual(new Set(['Empfohlen', 'Eine Option', 'Nicht empfohlen']));
    const terms = [...container.querySelectorAll('.treatment dt')].slice(0, 2);
    expect(terms.map((dt) => dt.textContent)).toEqual(['Wofür', 'Evidenzlage']);
    expect(screen.getByText('Geprüft: November 2026')).toBeTruthy();
  });

  it('names the evidence "Niveau de preuve" in French', () => {
    useTestLocale('fr');
    render(
      <Guidance
        sections={GUIDANCE}
        treatments={TREATMENTS}
        openId={TREATMENTS_SECTION_ID}
        onToggle={vi.fn()}
      />,
    );
    // Muscle relaxants cite both their sources, each a link, under their row.
    const row = screen.getByText('Myorelaxants (sur ordonnance)').closest('details') as HTMLElement;
    const terms = [...row.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Pour', 'Niveau de preuve']);
    expect(row.querySelector('summary')?.textContent).toBe(
      'Myorelaxants (sur ordonnance)Une option',
    );
    expect(
      within(row)
        .getAllByRole('link', { hidden: true })
        .map((a) => a.textContent),
    ).toEqual(['American College of Physicians', 'Cashin et al., 2021']);
  });
});
