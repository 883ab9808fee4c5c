import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, emptyDay } from '@/lib/history/aggregate';
import { parseHistory, satRecords } from '@/lib/history/parse';

describe('reading stored history back', () => {
  it('reads a well-formed value unchanged', () => {
    const value = {
      days: { '2026-03-02': { ...emptyDay(), due: 3, dueTaken: 2, satMs: 5_400_000 } },
      openDue: { day: '2026-03-02', stage: 'onBreak' },
    };
    expect(parseHistory(structuredClone(value))).toEqual(value);
  });

  it('reads nothing, or something foreign, as no history', () => {
    for (const value of [undefined, null, 'x', [], { days: [] }, { days: 'x' }]) {
      expect(parseHistory(value)).toEqual(EMPTY_HISTORY);
    }
  });

  it('keeps the good days when one is damaged, and zeroes only the bad fields', () => {
    const parsed = parseHistory({
      days: {
        '2026-03-02': { due: 2, dueTaken: 'two', satMs: -5, snoozed: Number.NaN, skipped: 1 },
        '2026-03-03': 'garbage',
        'not-a-day': { due: 1 },
        '2026-02-30': { due: 1 },
        '2026-03-04': { completed: 4, extra: 'ignored' },
      },
      openDue: { day: 'yesterday', stage: 'waiting' },
    });
    expect(parsed.days).toEqual({
      '2026-03-02': { ...emptyDay(), due: 2, skipped: 1 },
      '2026-03-04': { ...emptyDay(), completed: 4 },
    });
    expect(parsed.openDue).toBeNull();
  });

  it('drops an open due break in an unknown stage', () => {
    expect(parseHistory({ days: {}, openDue: { day: '2026-03-02', stage: 'lost' } }).openDue).toBe(
      null,
    );
  });
});

describe('reading raw records for insights', () => {
  it('keeps well-formed sitting records only', () => {
    const good = { type: 'sat', at: 2_000, startedAt: 1_000, satMs: 900 };
    expect(
      satRecords([
        good,
        { type: 'snoozed', at: 5 },
        { type: 'sat', at: 2_000, startedAt: '1000', satMs: 900 },
        { type: 'sat', at: 2_000, startedAt: 1_000, satMs: Number.POSITIVE_INFINITY },
        null,
        'sat',
      ]),
    ).toEqual([good]);
    expect(satRecords({ records: [] })).toEqual([]);
  });
});
