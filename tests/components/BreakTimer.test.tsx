import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { BreakTimer } from '@/components/BreakTimer';
import { LOCALES } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import { useTestLocale } from '../support/i18n';

describe('BreakTimer', () => {
  it('is a timer named by its label, showing the time left as m:ss', () => {
    render(<BreakTimer label="This move" remainingMs={65_000} totalMs={90_000} />);
    expect(screen.getByRole('timer', { name: 'This move' }).textContent).toBe('1:05');
  });

  it('rounds up, so it reads 0:00 only when the time is really up', () => {
    const { rerender } = render(<BreakTimer label="Move" remainingMs={200} totalMs={20_000} />);
    expect(screen.getByRole('timer').textContent).toBe('0:01');
    rerender(<BreakTimer label="Move" remainingMs={0} totalMs={20_000} />);
    expect(screen.getByRole('timer').textContent).toBe('0:00');
  });

  it('draws the ring in proportion to the time left, and says when it is paused', () => {
    const { container, rerender } = render(
      <BreakTimer label="Move" remainingMs={10_000} totalMs={40_000} />,
    );
    const ring = () =>
      container.querySelector('.break-timer-left')?.getAttribute('stroke-dasharray');
    const [left, whole] = (ring() ?? '').split(' ').map(Number);
    expect((left ?? 0) / (whole ?? 1)).toBeCloseTo(0.25, 2);
    expect(screen.queryByText('Paused')).toBeNull();
    rerender(<BreakTimer label="Move" remainingMs={10_000} totalMs={40_000} paused />);
    expect(screen.getByText('Paused')).toBeTruthy();
    // The ring is decoration: screen readers get the timer's text.
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says it is paused in the user’s language', () => {
    useTestLocale('es');
    render(<BreakTimer label="Ejercicio" remainingMs={1000} totalMs={2000} paused />);
    expect(screen.getByText('En pausa')).toBeTruthy();
  });

  // The label and "paused" sit inside the ring, about 6.5rem across at its smallest, in small
  // type: at 11 letters a word already touches the circle.
  it.each(LOCALES)('%s has words short enough to fit inside the ring', (locale) => {
    const catalog = readCatalogs()[locale];
    for (const key of ['break_this_move', 'break_paused']) {
      expect(catalog[key]?.length, key).toBeLessThanOrEqual(10);
    }
  });
});
