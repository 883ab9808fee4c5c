import { afterEach, describe, expect, it } from 'vitest';
import {
  EMPTY_HISTORY,
  emptyDay,
  foldRecords,
  type HistoryData,
  splitSitting,
} from '@/lib/history/aggregate';
import type { BreakRecord } from '@/lib/session/state';
import { guidedCycle, HOUR, local, MIN, sat } from './helpers';

const fold = (records: BreakRecord[], now: number, from: HistoryData = EMPTY_HISTORY) =>
  foldRecords(from, records, now);

describe('folding records into local days', () => {
  afterEach(() => {
    process.env.TZ = 'Europe/London';
  });

  it('counts each kind of record on the local day it happened', () => {
    const day = (h: number, m = 0) => local(2026, 1, 14, h, m);
    const { days } = fold(
      [
        { type: 'due', at: day(9, 30), long: false },
        { type: 'snoozed', at: day(9, 31) },
        { type: 'skipped', at: day(9, 36), long: false },
        { type: 'natural', at: day(11), long: true, durationMs: 6 * MIN, cause: 'idle' },
        { type: 'started', at: day(12), long: false },
        { type: 'completed', at: day(12, 2), long: false, durationMs: 2 * MIN },
        sat(day(9), day(9, 36), 35 * MIN),
        sat(day(10), day(10, 54), 50 * MIN),
      ],
      day(13),
    );
    expect(days).toEqual({
      '2026-01-14': {
        due: 1,
        dueTaken: 0,
        completed: 1,
        natural: 1,
        snoozed: 1,
        skipped: 1,
        satMs: 85 * MIN,
        longestSatMs: 50 * MIN,
        stoodMs: 0,
      },
    });
  });

  it('puts a record one minute before midnight on that day, and one at midnight on the next', () => {
    const { days } = fold(
      [
        { type: 'snoozed', at: local(2026, 1, 14, 23, 59) },
        { type: 'snoozed', at: local(2026, 1, 15, 0, 0) },
        { type: 'snoozed', at: local(2026, 1, 15, 0, 1) },
      ],
      local(2026, 1, 15, 1),
    );
    expect(days['2026-01-14']?.snoozed).toBe(1);
    expect(days['2026-01-15']?.snoozed).toBe(2);
  });

  it('shares a session across midnight in proportion, and counts it as the later day’s longest sit', () => {
    // 23:00 to 01:00 with 100 of its 120 minutes present.
    const { days } = fold(
      [sat(local(2026, 1, 14, 23), local(2026, 1, 15, 1), 100 * MIN)],
      local(2026, 1, 15, 2),
    );
    expect(days['2026-01-14']?.satMs).toBe(50 * MIN);
    expect(days['2026-01-15']?.satMs).toBe(50 * MIN);
    expect(days['2026-01-14']?.longestSatMs).toBe(0);
    expect(days['2026-01-15']?.longestSatMs).toBe(100 * MIN);
  });

  it('splits by real time on the night the clocks go forward', () => {
    // 23:00 GMT to 03:00 BST is three real hours: one before midnight, two after.
    const { days } = fold(
      [sat(local(2026, 3, 28, 23), local(2026, 3, 29, 3), 3 * HOUR)],
      local(2026, 3, 29, 4),
    );
    expect(days['2026-03-28']?.satMs).toBe(HOUR);
    expect(days['2026-03-29']?.satMs).toBe(2 * HOUR);
  });

  it('keeps both 01:30s of the night the clocks go back on the same day', () => {
    const firstOneThirty = local(2026, 10, 25, 0, 30) + HOUR;
    const secondOneThirty = firstOneThirty + HOUR;
    expect(new Date(secondOneThirty).getHours()).toBe(1);
    const { days } = fold(
      [
        { type: 'snoozed', at: firstOneThirty },
        { type: 'snoozed', at: secondOneThirty },
        // 23:30 to 00:30 on the 25-hour day: half an hour each side of midnight.
        sat(local(2026, 10, 24, 23, 30), local(2026, 10, 25, 0, 30), 60 * MIN),
      ],
      local(2026, 10, 25, 12),
    );
    expect(days['2026-10-25']?.snoozed).toBe(2);
    expect(days['2026-10-24']?.satMs).toBe(30 * MIN);
    expect(days['2026-10-25']?.satMs).toBe(30 * MIN);
  });

  it('never moves a recorded day when the person travels to another time zone', () => {
    const london = fold(guidedCycle(local(2026, 5, 10, 23, 30)), local(2026, 5, 11, 0));
    expect(Object.keys(london.days)).toEqual(['2026-05-10']);
    process.env.TZ = 'America/New_York';
    // 02:00 in London on 11 May is 21:00 on 10 May in New York: a New York day from now on.
    const moved = fold(
      [{ type: 'snoozed', at: Date.UTC(2026, 4, 11, 1) }],
      Date.UTC(2026, 4, 11, 2),
      london,
    );
    expect(moved.days['2026-05-10']).toEqual({ ...london.days['2026-05-10'], snoozed: 1 });
    expect(Object.keys(moved.days)).toEqual(['2026-05-10']);
  });

  it('leaves days with no records out, so a week with gaps stores only the days used', () => {
    const { days } = fold(
      [
        ...guidedCycle(local(2026, 2, 2, 10)),
        ...guidedCycle(local(2026, 2, 4, 15)),
        ...guidedCycle(local(2026, 2, 8, 9, 45)),
      ],
      local(2026, 2, 8, 18),
    );
    expect(Object.keys(days).sort()).toEqual(['2026-02-02', '2026-02-04', '2026-02-08']);
    for (const totals of Object.values(days)) {
      expect(totals).toEqual({
        ...emptyDay(),
        due: 1,
        dueTaken: 1,
        completed: 1,
        satMs: 31 * MIN,
        longestSatMs: 31 * MIN,
      });
    }
  });

  it('adds to what was stored before without changing it', () => {
    const first = fold(guidedCycle(local(2026, 2, 2, 10)), local(2026, 2, 2, 11));
    const snapshot = structuredClone(first);
    const second = fold(guidedCycle(local(2026, 2, 2, 14)), local(2026, 2, 2, 15), first);
    expect(first).toEqual(snapshot);
    expect(second.days['2026-02-02']?.due).toBe(2);
    expect(second.days['2026-02-02']?.completed).toBe(2);
  });

  it('drops days older than a year before its present (the 30th newest day) and keeps the year-old day', () => {
    const now = local(2026, 6, 15);
    // 30 days of use, 17 May to 15 June 2026: the history's present is 17 May.
    const month = Array.from({ length: 30 }, (_, i) => local(2026, 5, 17 + i));
    const { days } = fold(
      [
        { type: 'snoozed', at: local(2025, 5, 16) },
        { type: 'snoozed', at: local(2025, 5, 17) },
        ...month.map((at): BreakRecord => ({ type: 'snoozed', at })),
      ],
      now,
    );
    expect(Object.keys(days).sort()).toEqual([
      '2025-05-17',
      ...month.map((at) => new Date(at).toISOString().slice(0, 10)),
    ]);
    expect(Object.keys(days).sort().at(-1)).toBe('2026-06-15');
  });

  it('drops nothing while there are fewer than 30 days of use', () => {
    const { days } = fold(
      [
        { type: 'snoozed', at: local(2024, 6, 14) },
        { type: 'snoozed', at: local(2025, 6, 14) },
        { type: 'snoozed', at: local(2026, 6, 15) },
      ],
      local(2026, 6, 15),
    );
    expect(Object.keys(days).sort()).toEqual(['2024-06-14', '2025-06-14', '2026-06-15']);
  });
});

describe('whether a due break was taken', () => {
  const t = (h: number, m = 0) => local(2026, 4, 20, h, m);
  const dueTaken = (records: BreakRecord[], now = t(23)) =>
    fold(records, now).days['2026-04-20']?.dueTaken;

  it('credits a guided break, even one finished early', () => {
    expect(dueTaken(guidedCycle(t(10)))).toBe(1);
  });

  it('credits time away that ended the session', () => {
    expect(
      dueTaken([
        { type: 'due', at: t(10), long: false },
        sat(t(9, 30), t(10, 2)),
        { type: 'natural', at: t(10, 8), long: false, durationMs: 6 * MIN, cause: 'idle' },
      ]),
    ).toBe(1);
  });

  it('does not credit a skip, before or during the break', () => {
    expect(
      dueTaken([
        { type: 'due', at: t(10), long: false },
        { type: 'snoozed', at: t(10, 1) },
        sat(t(9, 30), t(10, 7)),
        { type: 'skipped', at: t(10, 7), long: false },
      ]),
    ).toBe(0);
    expect(
      dueTaken([
        { type: 'due', at: t(10), long: false },
        sat(t(9, 30), t(10, 1)),
        { type: 'started', at: t(10, 1), long: false },
        { type: 'skipped', at: t(10, 2), long: false },
      ]),
    ).toBe(0);
  });

  it('does not credit a pause, nor a break taken after it', () => {
    expect(
      dueTaken([
        { type: 'due', at: t(10), long: false },
        sat(t(9, 30), t(10, 3)),
        // paused here, resumed, and later a break the person started before any was due
        sat(t(11), t(11, 10)),
        { type: 'started', at: t(11, 10), long: false },
        { type: 'completed', at: t(11, 12), long: false, durationMs: 2 * MIN },
      ]),
    ).toBe(0);
  });

  it('does not credit a break started before any fell due', () => {
    expect(
      dueTaken([
        sat(t(9, 30), t(9, 50)),
        { type: 'started', at: t(9, 50), long: false },
        { type: 'completed', at: t(9, 52), long: false, durationMs: 2 * MIN },
      ]),
    ).toBe(0);
  });

  it('credits the day the break fell due on when it is taken after midnight', () => {
    const { days } = fold(guidedCycle(local(2026, 4, 20, 23, 59)), local(2026, 4, 21, 1));
    expect(days['2026-04-20']).toMatchObject({ due: 1, dueTaken: 1, completed: 0 });
    expect(days['2026-04-21']).toMatchObject({ due: 0, dueTaken: 0, completed: 1 });
  });

  it('remembers an open due break between folds, as the engine stores records step by step', () => {
    const cycle = guidedCycle(t(10));
    let history = EMPTY_HISTORY;
    for (const record of cycle) history = fold([record], t(11), history);
    expect(history.days['2026-04-20']?.dueTaken).toBe(1);
    expect(history.openDue).toBeNull();
    const waiting = fold(cycle.slice(0, 1), t(10));
    expect(waiting.openDue).toEqual({ day: '2026-04-20', stage: 'waiting' });
  });
});

describe('splitSitting', () => {
  it('gives a session inside one day wholly to that day', () => {
    expect(splitSitting(local(2026, 1, 1, 9), local(2026, 1, 1, 10), 40 * MIN)).toEqual([
      ['2026-01-01', 40 * MIN],
    ]);
  });

  it('shares a session over three days and the parts add up exactly', () => {
    const parts = splitSitting(local(2026, 1, 1, 23), local(2026, 1, 3, 1), 1_000_003);
    expect(parts.map(([day]) => day)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(parts.reduce((sum, [, ms]) => sum + ms, 0)).toBe(1_000_003);
  });

  it('puts a session with no span on the day it ended', () => {
    const at = local(2026, 1, 1, 9);
    expect(splitSitting(at, at, 0)).toEqual([['2026-01-01', 0]]);
  });
});
