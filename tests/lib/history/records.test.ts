import { describe, expect, it } from 'vitest';
import { parseRecords } from '@/lib/history/records';
import type { BreakRecord } from '@/lib/session/state';

const T = new Date(2026, 2, 2, 9, 0).getTime();
const MIN = 60_000;

describe('the raw records’ one check', () => {
  it('keeps every usable record, in order, as it is', () => {
    const good = [
      { type: 'due', at: T, long: false },
      { type: 'sat', at: T, startedAt: T - 30 * MIN, satMs: 25 * MIN },
      { type: 'natural', at: T + MIN, long: true, durationMs: 5 * MIN, cause: 'idle' },
      { type: 'sat', at: T, startedAt: T, satMs: 0 },
      // A newer Limber's kind of record is kept, so saving never drops it; readers pass it over.
      { type: 'stood', at: T + 2 * MIN },
    ];
    expect(parseRecords(good)).toEqual(good);
    expect(parseRecords(good)[0]).toBe(good[0]);
  });

  it('drops what no reader can use', () => {
    const good: BreakRecord = { type: 'snoozed', at: T };
    const bad = [
      null,
      3,
      'snoozed',
      [],
      { at: T },
      { type: 1, at: T },
      { type: 'due' },
      { type: 'due', at: -1 },
      { type: 'due', at: Number.NaN },
      { type: 'due', at: '2026-03-02' },
      { type: 'sat', at: T, startedAt: T - MIN },
      { type: 'sat', at: T, startedAt: T + MIN, satMs: MIN },
      { type: 'sat', at: T, startedAt: T - MIN, satMs: -MIN },
      { type: 'sat', at: T, startedAt: T - MIN, satMs: Number.POSITIVE_INFINITY },
    ];
    expect(parseRecords([bad[0], good, ...bad.slice(1)])).toEqual([good]);
  });

  it('reads anything that is not a list as no records', () => {
    for (const value of [undefined, null, 'records', 42, { 0: { type: 'due', at: T } }]) {
      expect(parseRecords(value)).toEqual([]);
    }
  });
});
