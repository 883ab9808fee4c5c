import { describe, expect, it } from 'vitest';
import { type DayTotals, emptyDay, type OpenDue } from '@/lib/history/aggregate';
import { streaks } from '@/lib/history/streak';
import { local } from './helpers';

const kept = (due = 3): DayTotals => ({ ...emptyDay(), due, dueTaken: due });
const missed: DayTotals = { ...emptyDay(), due: 3, dueTaken: 2 };
const NOW = local(2026, 3, 12, 15); // a Thursday

describe('streaks of days with every due break taken', () => {
  it('counts days in a row up to today', () => {
    const days = {
      '2026-03-08': missed,
      '2026-03-09': kept(),
      '2026-03-10': kept(),
      '2026-03-11': kept(),
      '2026-03-12': kept(1),
    };
    expect(streaks(days, null, NOW)).toEqual({ current: 4, best: 4 });
  });

  it('lets days with no due break (a weekend, a day off) pass without counting', () => {
    const days = {
      '2026-03-05': kept(),
      '2026-03-06': kept(),
      '2026-03-07': { ...emptyDay(), natural: 2, satMs: 60_000 },
      '2026-03-09': kept(),
    };
    expect(streaks(days, null, NOW)).toEqual({ current: 3, best: 3 });
  });

  it('starts again after a missed day, and remembers the best run', () => {
    const days = {
      '2026-02-01': kept(),
      '2026-02-02': kept(),
      '2026-02-03': kept(),
      '2026-03-10': missed,
      '2026-03-11': kept(),
    };
    expect(streaks(days, null, NOW)).toEqual({ current: 1, best: 3 });
  });

  it('is zero when today already has a missed break', () => {
    expect(streaks({ '2026-03-11': kept(), '2026-03-12': missed }, null, NOW)).toEqual({
      current: 0,
      best: 1,
    });
  });

  it('does not count a break still waiting or under way as missed', () => {
    const today: DayTotals = { ...emptyDay(), due: 2, dueTaken: 1 };
    for (const stage of ['waiting', 'onBreak'] as const) {
      const open: OpenDue = { day: '2026-03-12', stage };
      expect(streaks({ '2026-03-12': today }, open, NOW).current).toBe(1);
    }
    const ended: OpenDue = { day: '2026-03-12', stage: 'ended' };
    expect(streaks({ '2026-03-12': today }, ended, NOW).current).toBe(0);
  });

  it('is zero with no history', () => {
    expect(streaks({}, null, NOW)).toEqual({ current: 0, best: 0 });
  });

  it('walks the calendar across the clock change without skipping or repeating a day', () => {
    const days = {
      '2026-03-28': kept(),
      '2026-03-29': kept(),
      '2026-03-30': kept(),
    };
    expect(streaks(days, null, local(2026, 3, 30, 9))).toEqual({ current: 3, best: 3 });
  });
});
