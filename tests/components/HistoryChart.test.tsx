import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HistoryChart } from '@/components/HistoryChart';
import { useTestLocale } from '../support/i18n';

const props = {
  title: 'Breaks due and taken',
  summary: '6 breaks fell due and you took 5.',
  labels: ['Mon', 'Tue', 'Wed'],
  longLabels: ['Mon 2 Mar', 'Tue 3 Mar', 'Wed 4 Mar'],
  series: [
    { name: 'Breaks missed', variant: 'missed' as const, values: [2, 4, 0] },
    { name: 'Breaks taken', variant: 'taken' as const, values: [1, 4, 0] },
  ],
  steps: [1, 2, 5],
  formatValue: String,
};

function bars(container: Element, variant: string) {
  return [...container.querySelectorAll(`rect.history-bar--${variant}`)].map((rect) => ({
    height: Number(rect.getAttribute('height')),
    title: rect.querySelector('title')?.textContent,
  }));
}

describe('HistoryChart', () => {
  it('is one image named by its title and summary', () => {
    render(<HistoryChart {...props} />);
    const img = screen.getByRole('img');
    const [titleId, descId] = (img.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(document.getElementById(titleId ?? '')?.textContent).toBe(props.title);
    expect(document.getElementById(descId ?? '')?.textContent).toBe(props.summary);
  });

  it('draws one bar per day and series, with heights in proportion', () => {
    const { container } = render(<HistoryChart {...props} />);
    const missed = bars(container, 'missed');
    const taken = bars(container, 'taken');
    expect(missed).toHaveLength(3);
    expect(taken).toHaveLength(3);
    expect(missed[1]?.height).toBeCloseTo(2 * (missed[0]?.height ?? 0));
    expect(taken[1]?.height).toBe(missed[1]?.height);
    expect(missed[2]?.height).toBe(0);
    expect(missed[0]?.title).toBe('Mon 2 Mar · Breaks missed: 2');
  });

  it('hatches missed breaks with the chart’s own pattern, so colour is not the only cue', () => {
    const { container } = render(
      <>
        <HistoryChart {...props} />
        <HistoryChart {...props} />
      </>,
    );
    const patterns = [...container.querySelectorAll('pattern')].map((p) => p.id);
    expect(new Set(patterns).size).toBe(2);
    const charts = container.querySelectorAll('svg');
    charts.forEach((svg, i) => {
      const fills = [...svg.querySelectorAll('rect.history-bar--missed')].map((r) =>
        r.getAttribute('fill'),
      );
      expect(fills).toEqual([
        `url(#${patterns[i]})`,
        `url(#${patterns[i]})`,
        `url(#${patterns[i]})`,
      ]);
      // Taken bars are solid: their colour comes from the stylesheet, not a pattern.
      expect(svg.querySelector('rect.history-bar--taken')?.getAttribute('fill')).toBeNull();
    });
    expect(container.querySelectorAll('.history-swatch.history-bar--missed')).toHaveLength(2);
  });

  it('writes each bar’s value above it when asked, and none for an empty day', () => {
    const { container } = render(<HistoryChart {...props} showValues />);
    const values = [...container.querySelectorAll('.history-bar-value')].map((t) => t.textContent);
    // Mon: missed 2, taken 1; Tue: 4 and 4; Wed: nothing.
    expect(values).toEqual(['2', '1', '4', '4']);
    const { container: plain } = render(<HistoryChart {...props} />);
    expect(plain.querySelectorAll('.history-bar-value')).toHaveLength(0);
  });

  it('labels the value axis with round steps up to the largest value', () => {
    const { container } = render(<HistoryChart {...props} />);
    const ticks = [...container.querySelectorAll('.history-grid text')].map((t) => t.textContent);
    expect(ticks).toEqual(['0', '1', '2', '3', '4']);
  });

  it('draws every nth day label, counting back from the last', () => {
    const labels = Array.from({ length: 12 }, (_, i) => `d${i}`);
    const { container } = render(
      <HistoryChart
        {...props}
        labels={labels}
        longLabels={labels}
        series={[{ name: 'Minutes sat', variant: 'sat', values: labels.map(() => 10) }]}
        labelEvery={5}
      />,
    );
    const drawn = [...container.querySelectorAll('.history-axis-label')].map((t) => t.textContent);
    expect(drawn).toEqual(['d1', 'd6', 'd11']);
  });

  it('spaces the day labels out further when the bars are too narrow for every nth', () => {
    // 100 days in the 640-unit drawing: about 6 units a day, so every 5th would overlap.
    const labels = Array.from({ length: 100 }, (_, i) => `d${i}`);
    const { container } = render(
      <HistoryChart
        {...props}
        labels={labels}
        longLabels={labels}
        series={[{ name: 'Minutes sat', variant: 'sat', values: labels.map(() => 10) }]}
        labelEvery={5}
      />,
    );
    const drawn = [...container.querySelectorAll('.history-axis-label')].map((t) => t.textContent);
    expect(drawn).toEqual(['d9', 'd19', 'd29', 'd39', 'd49', 'd59', 'd69', 'd79', 'd89', 'd99']);
  });

  it('says so when there is nothing to draw', () => {
    const { container } = render(
      <HistoryChart
        {...props}
        series={[{ name: 'Minutes sat', variant: 'sat', values: [0, 0, 0] }]}
      />,
    );
    expect(container.querySelector('svg')?.textContent).toContain('Nothing recorded in these days');
    render(<HistoryChart {...props} />);
    expect(screen.getAllByRole('img')[1]?.textContent).not.toContain('Nothing recorded');
  });

  it('names each series in a legend', () => {
    render(<HistoryChart {...props} />);
    expect(screen.getByText('Breaks missed')).toBeTruthy();
    expect(screen.getByText('Breaks taken')).toBeTruthy();
  });

  it('writes its own words and numbers in the extension’s language', () => {
    useTestLocale('fr');
    const { container } = render(
      <HistoryChart
        {...props}
        series={[{ name: 'Minutes assis', variant: 'sat', values: [0, 0, 0] }]}
      />,
    );
    expect(container.querySelector('svg')?.textContent).toContain(
      'Rien n’a été enregistré ces jours-ci',
    );
    const { container: big } = render(
      <HistoryChart
        {...props}
        series={[{ name: 'Minutes assis', variant: 'sat', values: [2400, 0, 0] }]}
        steps={[600]}
      />,
    );
    const ticks = [...big.querySelectorAll('.history-grid text')].map((t) => t.textContent);
    expect(ticks.at(-1)).toBe('2\u202f400');
    expect(big.querySelector('rect title')?.textContent).toBe(
      'Mon 2 Mar · Minutes assis\u00a0: 2400',
    );
  });
});
