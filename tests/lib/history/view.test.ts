import { describe, expect, it } from 'vitest';
import { type DayTotals, emptyDay } from '@/lib/history/aggregate';
import {
  hasData,
  rowsForRange,
  rowsWithData,
  summariseRows,
  withRunningSession,
} from '@/lib/history/view';
import type { EngineState, Phase } from '@/lib/session/state';
import { local, MIN } from './helpers';

function stateWith(phase: Phase): EngineState {
  return {
    version: 1,
    phase,
    lastSeen: 0,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
  };
}

const day = (patch: Partial<DayTotals>): DayTotals => ({ ...emptyDay(), ...patch });

describe('the days as the history page shows them', () => {
  it('adds the session still running to today, as if it ended now', () => {
    const now = local(2026, 3, 2, 10, 0);
    const days = { '2026-03-02': day({ satMs: 20 * MIN, longestSatMs: 20 * MIN }) };
    const running = stateWith({
      kind: 'sitting',
      session: {
        startedAt: now - 40 * MIN,
        satMs: 10 * MIN,
        activeSince: now - 25 * MIN,
        awaySince: null,
      },
    });
    const merged = withRunningSession(days, running, now);
    expect(merged['2026-03-02']).toEqual(day({ satMs: 55 * MIN, longestSatMs: 35 * MIN }));
    expect(days['2026-03-02']?.satMs).toBe(20 * MIN);
  });

  it('splits a running session that began yesterday, and counts its length on today', () => {
    const now = local(2026, 3, 2, 0, 30);
    const running = stateWith({
      kind: 'due',
      session: {
        startedAt: now - 60 * MIN,
        satMs: 0,
        activeSince: now - 60 * MIN,
        awaySince: null,
      },
      dueAt: now,
      notifiedAt: now,
      reminded: false,
      snoozes: 0,
    });
    const merged = withRunningSession({}, running, now);
    expect(merged['2026-03-01']).toEqual(day({ satMs: 30 * MIN }));
    expect(merged['2026-03-02']).toEqual(day({ satMs: 30 * MIN, longestSatMs: 60 * MIN }));
  });

  it('adds nothing on a break, while paused, or with no state', () => {
    const days = { '2026-03-02': day({ completed: 1 }) };
    const now = local(2026, 3, 2, 11);
    const onBreak = stateWith({ kind: 'onBreak', startedAt: now, endsAt: now + MIN, long: false });
    expect(withRunningSession(days, onBreak, now)).toEqual(days);
    expect(
      withRunningSession(days, stateWith({ kind: 'paused', since: now, until: null }), now),
    ).toEqual(days);
    expect(withRunningSession(days, null, now)).toEqual(days);
  });

  it('gives a row for every day of the range, zero where nothing happened', () => {
    const days = { '2026-03-02': day({ due: 2 }), '2026-02-20': day({ due: 9 }) };
    const rows = rowsForRange(days, local(2026, 3, 3, 8), 7);
    expect(rows.map((r) => r.day)).toEqual([
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ]);
    expect(rows.map((r) => r.totals.due)).toEqual([0, 0, 0, 0, 0, 2, 0]);
  });

  it('lists every stored day, oldest first, for an export', () => {
    const days = { '2026-03-02': day({ due: 2 }), '2025-12-31': day({ natural: 1 }) };
    expect(rowsWithData(days).map((r) => r.day)).toEqual(['2025-12-31', '2026-03-02']);
  });

  it('sums a range', () => {
    const summary = summariseRows([
      {
        day: '2026-03-01',
        totals: day({
          due: 3,
          dueTaken: 2,
          completed: 2,
          natural: 1,
          satMs: 90 * MIN,
          longestSatMs: 40 * MIN,
        }),
      },
      { day: '2026-03-02', totals: emptyDay() },
      {
        day: '2026-03-03',
        totals: day({ due: 1, skipped: 1, satMs: 30 * MIN, longestSatMs: 30 * MIN }),
      },
    ]);
    expect(summary).toEqual({
      due: 4,
      dueTaken: 2,
      taken: 3,
      satMs: 120 * MIN,
      longestSatMs: 40 * MIN,
      activeDays: 2,
    });
  });

  it('tells an empty day from a used one', () => {
    expect(hasData(emptyDay())).toBe(false);
    expect(hasData(day({ snoozed: 1 }))).toBe(true);
    expect(hasData(day({ satMs: 1 }))).toBe(true);
  });
});
