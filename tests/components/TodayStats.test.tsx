import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TodayStats } from '@/components/TodayStats';

describe('TodayStats', () => {
  it('pairs each figure with its name', () => {
    const { container } = render(
      <TodayStats
        today={{ breaksTaken: 3, naturalBreaks: 1, satMs: (2 * 60 + 5) * 60_000, stoodMs: 0 }}
      />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Today' })).toBeTruthy();
    const pairs = [...container.querySelectorAll('dl > div')].map((div) => [
      div.querySelector('dt')?.textContent,
      div.querySelector('dd')?.textContent,
    ]);
    expect(pairs).toEqual([
      ['Breaks taken', '3'],
      ['Natural breaks', '1'],
      ['Time sat', '2 h 5 min'],
    ]);
  });

  it('adds the time stood at a sit-stand desk once there is some', () => {
    render(
      <TodayStats
        today={{ breaksTaken: 1, naturalBreaks: 0, satMs: 40 * 60_000, stoodMs: 25 * 60_000 }}
      />,
    );
    expect(screen.getByText('Time stood').nextElementSibling?.textContent).toBe('25 min');
  });

  it('takes the heading level that fits the page', () => {
    render(
      <TodayStats
        today={{ breaksTaken: 0, naturalBreaks: 0, satMs: 0, stoodMs: 0 }}
        headingLevel={2}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Today' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });
});
