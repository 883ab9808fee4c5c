import { describe, expect, it } from 'vitest';
import {
  DAY_QUORUM,
  type DayTotals,
  EMPTY_HISTORY,
  emptyDay,
  foldRecords,
  type HistoryData,
  keepDays,
  splitSitting,
} from '@/lib/history/aggregate';
import { addDays, localDayKey } from '@/lib/history/days';
import { AHEAD_DAYS, keepRecords, RECORD_QUORUM_DAYS } from '@/lib/history/keep';
import { appendRecords, RECORD_CAP, RECORD_KEEP_MS } from '@/lib/session/persist';
import type { BreakRecord } from '@/lib/session/state';
import { HOUR, local, MIN, sat } from './helpers';

const DAY = 24 * HOUR;
const KEEP = { keepMs: 14 * DAY, cap: 5_000 };
/** The moment: the clock as it should be. */
const T = local(2026, 6, 15, 15);
const AHEAD = T + 400 * DAY;

/** `count` records, one every `every` ms, the last at `last`. */
function recordsUpTo(last: number, count: number, every: number): BreakRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    type: 'snoozed' as const,
    at: last - (count - 1 - i) * every,
  }));
}

/** `count` days of history, one due break taken on each, the last on the day of `last`. */
function historyUpTo(last: number, count: number): HistoryData {
  const days: Record<string, DayTotals> = {};
  for (let i = 0; i < count; i++) {
    days[addDays(localDayKey(last), -i)] = { ...emptyDay(), due: 1, dueTaken: 1, completed: 1 };
  }
  return { days, openDue: null };
}

const total = (history: HistoryData, field: keyof DayTotals) =>
  Object.values(history.days).reduce((sum, day) => sum + day[field], 0);

describe('the history under a clock that is far ahead (issue 14, cause 5)', () => {
  const before = historyUpTo(T, 300);
  const saved = [
    { type: 'due', at: AHEAD, long: false },
    { type: 'snoozed', at: AHEAD + MIN },
    sat(AHEAD - 30 * MIN, AHEAD + 2 * MIN),
  ] satisfies BreakRecord[];

  it('one save 400 days ahead drops no day', () => {
    const after = foldRecords(before, saved, AHEAD + 2 * MIN);
    expect(Object.keys(after.days)).toHaveLength(301);
    for (const [key, day] of Object.entries(before.days)) expect(after.days[key]).toEqual(day);
    expect(after.days[localDayKey(AHEAD)]).toMatchObject({ due: 1, snoozed: 1, satMs: 32 * MIN });
  });

  it('nor do saves on the next days ahead, short of the quorum', () => {
    let history = before;
    for (let day = 0; day < DAY_QUORUM - 1; day++) {
      history = foldRecords(
        history,
        [{ type: 'snoozed', at: AHEAD + day * DAY }],
        AHEAD + day * DAY,
      );
    }
    expect(Object.keys(history.days)).toHaveLength(300 + DAY_QUORUM - 1);
  });

  it('loses nothing when the clock comes back, and keeps no day in the future', () => {
    const ahead = foldRecords(before, saved, AHEAD + 2 * MIN);
    const now = T + HOUR;
    const back = foldRecords(ahead, [{ type: 'snoozed', at: now }], now);
    const today = localDayKey(now);
    expect(Object.keys(back.days).sort()).toEqual(Object.keys(before.days).sort());
    // What was saved ahead counts today, where it can be seen, not 400 days on.
    expect(back.days[today]).toEqual({
      ...before.days[today],
      due: 2,
      snoozed: 2,
      satMs: 32 * MIN,
      longestSatMs: 32 * MIN,
    });
    for (const field of ['due', 'completed', 'snoozed', 'satMs'] as const) {
      expect(total(back, field)).toBe(
        total(before, field) +
          total(foldRecords(EMPTY_HISTORY, saved, AHEAD), field) +
          (field === 'snoozed' ? 1 : 0),
      );
    }
  });

  it('moves a due break left open ahead to today', () => {
    const ahead = foldRecords(before, saved.slice(0, 1), AHEAD);
    expect(ahead.openDue).toEqual({ day: localDayKey(AHEAD), stage: 'waiting' });
    const back = keepDays(ahead, T);
    expect(back.openDue).toEqual({ day: localDayKey(T), stage: 'waiting' });
  });

  it(`leaves days up to ${AHEAD_DAYS} days ahead where they are, for the clock to reach`, () => {
    const soon = T + AHEAD_DAYS * DAY - HOUR;
    const history = foldRecords(before, [{ type: 'snoozed', at: soon }], soon);
    expect(keepDays(history, T)).toEqual(history);
  });

  it('drops the days more than a year older than its present (the 30th newest day), no more', () => {
    const history = historyUpTo(T, 400);
    const kept = foldRecords(history, [{ type: 'snoozed', at: T }], T);
    // 30 days of use back from 15 June 2026 is 17 May; a year before that, 17 May 2025.
    expect(Object.keys(kept.days).sort()[0]).toBe('2025-05-17');
    expect(Object.keys(kept.days)).toHaveLength(365 + DAY_QUORUM);
  });

  it('after a long absence, drops the old year once the new clock has the quorum of days of use', () => {
    let history = before;
    const back = T + 2 * 365 * DAY;
    for (let day = 0; day < DAY_QUORUM; day++) {
      history = foldRecords(history, [{ type: 'snoozed', at: back + day * DAY }], back + day * DAY);
    }
    expect(Object.keys(history.days)).toHaveLength(DAY_QUORUM);
  });

  it('under a clock set back years, moves and drops nothing', () => {
    const wrong = local(2000, 1, 1, 9);
    const history = foldRecords(before, [{ type: 'snoozed', at: wrong }], wrong);
    expect(Object.keys(history.days)).toHaveLength(301);
    for (const [key, day] of Object.entries(before.days)) expect(history.days[key]).toEqual(day);
  });
});

describe('raw records under a clock that is far ahead (issue 14, cause 5)', () => {
  // 200 records over the last two weeks.
  const stored = recordsUpTo(T, 200, 100 * MIN);
  const saved: BreakRecord[] = [
    { type: 'due', at: AHEAD, long: false },
    sat(AHEAD - 30 * MIN, AHEAD + MIN, 25 * MIN),
    { type: 'snoozed', at: AHEAD + MIN },
  ];

  it('one save 400 days ahead drops none', () => {
    expect(keepRecords(stored, saved, AHEAD + MIN, KEEP)).toEqual([...stored, ...saved]);
  });

  it('the clock coming back loses none, and brings those saved ahead back to now', () => {
    const ahead = keepRecords(stored, saved, AHEAD + MIN, KEEP);
    const now = T + HOUR;
    const added: BreakRecord = { type: 'snoozed', at: now };
    const back = keepRecords(ahead, [added], now, KEEP);
    expect(back).toEqual([
      ...stored,
      { type: 'due', at: now, long: false },
      // Its span and sitting are kept: it ended now, 31 minutes after it started.
      sat(now - 31 * MIN, now, 25 * MIN),
      { type: 'snoozed', at: now },
      added,
    ]);
  });

  it(`keeps two weeks before the records' present: their ${RECORD_QUORUM_DAYS}th newest day`, () => {
    const daily = recordsUpTo(T, 30, DAY);
    const kept = keepRecords(daily, [{ type: 'snoozed', at: T + DAY }], T + DAY, KEEP);
    // The 7 newest days are T+1 back to T-5; two weeks before T-5 is T-19.
    expect(kept).toEqual([
      ...daily.filter((r) => r.at >= T - 19 * DAY),
      { type: 'snoozed', at: T + DAY },
    ]);
    expect(kept).toHaveLength(21);
  });

  it(`after an absence, prunes once the new clock has ${RECORD_QUORUM_DAYS} days of use`, () => {
    let records = stored;
    const back = T + 60 * DAY;
    for (let day = 0; day < RECORD_QUORUM_DAYS; day++) {
      const at = back + day * DAY;
      records = keepRecords(records, [{ type: 'snoozed', at }], at, KEEP);
      const expected = day < RECORD_QUORUM_DAYS - 1 ? 200 + day + 1 : RECORD_QUORUM_DAYS;
      expect(records, `day ${day + 1}`).toHaveLength(expected);
    }
  });

  it('leaves records under a clock set back a few days where they are', () => {
    const wrong = T - 5 * DAY;
    const kept = keepRecords(stored, [{ type: 'snoozed', at: wrong }], wrong, KEEP);
    expect(kept.slice(0, -1).filter((r) => r.at >= T - 14 * DAY)).toEqual(
      stored.filter((r) => r.at >= T - 14 * DAY),
    );
  });

  it('drops malformed stored records and reads anything else as none', () => {
    const good: BreakRecord = { type: 'snoozed', at: T };
    const added: BreakRecord = { type: 'skipped', at: T + MIN, long: false };
    const mixed = [
      good,
      null,
      3,
      'x',
      [],
      { type: 1, at: T },
      { type: 'due', at: -1 },
      { type: 'due', at: Number.NaN },
      { type: 'due' },
    ];
    expect(keepRecords(mixed, [added], T + MIN, KEEP)).toEqual([good, added]);
    for (const junk of [undefined, null, 'records', 42, { 0: good }]) {
      expect(keepRecords(junk, [added], T + MIN, KEEP)).toEqual([added]);
    }
  });

  it('keeps at most the cap, the earliest written going first', () => {
    const many = recordsUpTo(T, 30, MIN);
    const kept = keepRecords(many, [{ type: 'snoozed', at: T + MIN }], T + MIN, {
      ...KEEP,
      cap: 10,
    });
    expect(kept).toEqual([...many.slice(-9), { type: 'snoozed', at: T + MIN }]);
  });
});

describe('appendRecords, as the engine stores records', () => {
  it('keeps the same way: 200 records stay through a save 400 days ahead and the way back', () => {
    expect({ keepMs: RECORD_KEEP_MS, cap: RECORD_CAP }).toEqual(KEEP);
    const stored = recordsUpTo(T, 200, 100 * MIN);
    const ahead = appendRecords(stored, recordsUpTo(AHEAD, 3, MIN), AHEAD);
    expect(ahead).toHaveLength(203);
    const back = appendRecords(ahead, [{ type: 'snoozed', at: T + HOUR }], T + HOUR);
    expect(back).toHaveLength(204);
    expect(back.slice(0, 200)).toEqual(stored);
    expect(Math.max(...back.map((r) => r.at))).toBe(T + HOUR);
  });
});

describe('a session whose start is far back', () => {
  it('counts its sitting just before it ended, not spread over years', () => {
    const end = local(2026, 6, 15, 10);
    const parts = splitSitting(local(2000, 1, 1), end, 3 * HOUR);
    expect(parts).toEqual([['2026-06-15', 3 * HOUR]]);
    const overnight = splitSitting(0, local(2026, 6, 15, 1), 2 * HOUR);
    expect(overnight).toEqual([
      ['2026-06-14', HOUR],
      ['2026-06-15', HOUR],
    ]);
  });
});
