import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DayTotals, emptyDay, type HistoryData } from '@/lib/history/aggregate';
import { isDayKey } from '@/lib/history/days';
import { parseHistory, satRecords } from '@/lib/history/parse';
import { readableRecords, summariseToday } from '@/lib/history/today';
import type { BreakRecord } from '@/lib/session/state';

/**
 * The repair functions for the stored history and raw records (issue 14): any stored value in, a
 * valid value out, every valid part kept as it was. Stored values come from storage, which can
 * hand back anything: a damaged value, another version's, or a hostile one.
 */

const FIELDS = Object.keys(emptyDay()) as (keyof DayTotals)[];
const T0 = new Date(2026, 2, 2, 12).getTime();
const YEAR = 365 * 24 * 60 * 60_000;

const dayKey = fc
  .date({ min: new Date(2000, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true })
  .map((d) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
const total = fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e12, noNaN: true }));
const validDay: fc.Arbitrary<DayTotals> = fc.record(
  Object.fromEntries(FIELDS.map((f) => [f, total])) as Record<keyof DayTotals, typeof total>,
);
/** A value no reader can take as a number of anything. */
const junk = fc.oneof(
  fc.constantFrom(-1, -1e300, Number.NaN, Number.POSITIVE_INFINITY, '3', null, true),
  fc.string(),
  fc.anything(),
);
const badDay = fc.oneof(
  junk,
  fc.dictionary(fc.constantFrom(...FIELDS, 'extra'), fc.oneof(junk, total), { maxKeys: 9 }),
);
const badKey = fc.oneof(
  fc.string(),
  fc.constantFrom('2026-02-30', '2026-13-01', '26-03-02', 'yesterday', '2026-3-2', '__proto__'),
);

const validHistory: fc.Arbitrary<HistoryData> = fc.record({
  days: fc.dictionary(dayKey, validDay, { maxKeys: 30 }),
  openDue: fc.option(
    fc.record({ day: dayKey, stage: fc.constantFrom('waiting', 'ended', 'onBreak' as const) }),
  ),
});

function expectValidHistory(history: HistoryData): void {
  for (const [key, day] of Object.entries(history.days)) {
    expect(isDayKey(key), key).toBe(true);
    expect(Object.keys(day).sort()).toEqual([...FIELDS].sort());
    for (const field of FIELDS) {
      expect(Number.isFinite(day[field]) && day[field] >= 0, `${key}.${field}`).toBe(true);
    }
  }
  const open = history.openDue;
  if (open !== null) {
    expect(isDayKey(open.day)).toBe(true);
    expect(['waiting', 'ended', 'onBreak']).toContain(open.stage);
  }
}

describe('the stored daily totals, read back', () => {
  it('are valid whatever is stored, and read the same a second time', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ days: fc.anything(), openDue: junk })),
        (v) => {
          const history = parseHistory(v);
          expectValidHistory(history);
          expect(parseHistory(structuredClone(history))).toEqual(history);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keep every valid day and field as it was, among damaged ones', () => {
    fc.assert(
      fc.property(
        validHistory,
        fc.dictionary(badKey, fc.oneof(validDay, badDay), { maxKeys: 10 }),
        fc.dictionary(dayKey, badDay, { maxKeys: 10 }),
        (valid, foreign, damaged) => {
          const days: Record<string, unknown> = { ...foreign, ...damaged, ...valid.days };
          const history = parseHistory({ days, openDue: valid.openDue });
          expectValidHistory(history);
          // Every valid day exactly; a damaged day on a real date keeps its valid fields.
          for (const [key, day] of Object.entries(valid.days)) {
            expect(history.days[key]).toEqual(day);
          }
          for (const [key, raw] of Object.entries(damaged)) {
            if (key in valid.days || !history.days[key]) continue;
            for (const field of FIELDS) {
              const v = (raw as Record<string, unknown>)[field];
              const ok = typeof v === 'number' && Number.isFinite(v) && v >= 0;
              expect(history.days[key]?.[field]).toBe(ok ? v : 0);
            }
          }
          expect(history.openDue).toEqual(valid.openDue);
          // Nothing invented: every day read was stored under that key.
          for (const key of Object.keys(history.days)) expect(key in days).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const time = fc.integer({ min: T0 - YEAR, max: T0 + YEAR });
const validRecord: fc.Arbitrary<BreakRecord> = fc.oneof(
  fc.record({ type: fc.constant('due' as const), at: time, long: fc.boolean() }),
  fc.record({ type: fc.constant('snoozed' as const), at: time }),
  fc.record({
    type: fc.constant('completed' as const),
    at: time,
    long: fc.boolean(),
    durationMs: fc.nat(),
  }),
  fc
    .record({
      at: time,
      span: fc.nat({ max: 12 * 60 * 60_000 }),
      part: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ at, span, part }) => ({
      type: 'sat' as const,
      at,
      startedAt: at - span,
      satMs: Math.floor(span * part),
    })),
);
const badRecord = fc.oneof(
  junk,
  fc.record({ type: junk, at: time }),
  fc.record({ type: fc.constantFrom('due', 'sat'), at: junk }),
  fc.record({ type: fc.constant('sat'), at: time, startedAt: junk, satMs: fc.nat() }),
  fc.record({ type: fc.constant('sat'), at: time, startedAt: time, satMs: junk }),
);
/** Stored records, each marked whether it is valid (a "bad" one may happen to be usable too). */
const marked = fc.array(
  fc.oneof(
    validRecord.map((record) => ({ record: record as unknown, valid: true })),
    badRecord.map((record) => ({ record, valid: false })),
  ),
  { maxLength: 40 },
);
const storedRecords = marked.map((all) => all.map((m) => m.record));

/** Whether `part` is `whole` with some entries left out, in the same order. */
function isSubsequence(part: readonly unknown[], whole: readonly unknown[]): boolean {
  let i = 0;
  for (const item of whole) if (i < part.length && item === part[i]) i += 1;
  return i === part.length;
}

describe('the stored raw records, read back', () => {
  it('keep every valid record, in order, and only records a reader can use', () => {
    fc.assert(
      fc.property(marked, (all) => {
        const stored = all.map((m) => m.record);
        const records = readableRecords(stored);
        expect(isSubsequence(records, stored)).toBe(true);
        for (const { record, valid } of all) if (valid) expect(records).toContain(record);
        for (const r of records) {
          expect(typeof r.type).toBe('string');
          expect(Number.isFinite(r.at)).toBe(true);
          if (r.type === 'sat') {
            expect(Number.isFinite(r.startedAt) && Number.isFinite(r.satMs)).toBe(true);
            expect(r.startedAt).toBeLessThanOrEqual(r.at);
          }
        }
        expect(readableRecords(records)).toEqual(records);
      }),
      { numRuns: 500 },
    );
  });

  it('read anything that is not a list as none, and give the insights only sound sittings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), storedRecords), (stored) => {
        const records = readableRecords(stored);
        if (!Array.isArray(stored)) expect(records).toEqual([]);
        const sits = satRecords(stored);
        expect(isSubsequence(sits, Array.isArray(stored) ? stored : [])).toBe(true);
        for (const s of sits) {
          expect(s.type).toBe('sat');
          expect([s.at, s.startedAt, s.satMs].every(Number.isFinite)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never turn today’s figures into NaN or a negative count, whatever is stored', () => {
    fc.assert(
      fc.property(storedRecords, time, (stored, now) => {
        const today = summariseToday(readableRecords(stored), null, now);
        for (const value of Object.values(today)) {
          expect(Number.isFinite(value) && value >= 0, JSON.stringify(today)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
