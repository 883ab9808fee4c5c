import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DayTotals,
  EMPTY_HISTORY,
  foldRecords,
  type HistoryData,
} from '@/lib/history/aggregate';
import { addDays, isDayKey, localDayKey } from '@/lib/history/days';
import { AHEAD_DAYS, keepRecords } from '@/lib/history/keep';
import type { BreakRecord } from '@/lib/session/state';
import { HOUR, local, MIN } from './helpers';

/**
 * The keep rule (lib/history/keep.ts) against sequences of clocks: right, ahead by anything from
 * a fortnight to years, behind by days or by years. Each record is dated by the clock of the
 * moment it is saved, as the engine does, and saved the way the engine saves it: appended to the
 * raw records, folded into the day totals.
 */

const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
const KEEP = { keepMs: 14 * DAY, cap: 5_000 };
/** Where the right clock starts: after 40 days of use, one record a day. */
const START = local(2026, 2, 1, 9);

type Kind = 'due' | 'completed' | 'natural' | 'snoozed' | 'skipped' | 'sat';
const COUNTED = ['due', 'completed', 'natural', 'snoozed', 'skipped'] as const;

/** A record of `kind` saved at `at`, numbered so that each can be told apart. */
type Numbered = BreakRecord & { n: number };
function recordOf(kind: Kind, at: number, n: number, span: number): Numbered {
  switch (kind) {
    case 'due':
    case 'skipped':
      return { type: kind, at, long: false, n };
    case 'completed':
      return { type: kind, at, long: false, durationMs: 2 * MIN, n };
    case 'natural':
      return { type: kind, at, long: false, durationMs: 6 * MIN, cause: 'idle', n };
    case 'snoozed':
      return { type: kind, at, n };
    case 'sat':
      return { type: kind, at, startedAt: at - span, satMs: Math.floor(span / 2), n };
  }
}

interface Step {
  /** Real time that passes before this save. */
  advance: number;
  /** How wrong the clock is at this save. */
  offset: number;
  kinds: Kind[];
  span: number;
}

const kinds = fc.array(
  fc.constantFrom<Kind>('due', 'completed', 'natural', 'snoozed', 'skipped', 'sat'),
  { minLength: 1, maxLength: 4 },
);
const span = fc.integer({ min: 0, max: 30 * HOUR });
const advance = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 3 * HOUR }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 * DAY }) },
);
const rightStep = fc.record({ advance, offset: fc.constant(0), kinds, span });
/** A clock set back a little: within the slack, so it is believed. */
const slowStep = fc.record({
  advance,
  offset: fc.integer({ min: -(AHEAD_DAYS - 1) * DAY, max: 0 }),
  kinds,
  span,
});
/** A clock that is plainly wrong: ahead by more than the slack, up to years. */
const wrongStep = fc.record({
  advance,
  offset: fc.integer({ min: (AHEAD_DAYS + 1) * DAY, max: 5 * YEAR }),
  kinds,
  span,
});

/**
 * Saves with the right clock (or one a little slow), with up to `maxWrong` saves under a plainly
 * wrong clock put in among them, and a last save with the right clock.
 */
function stepsWith(maxWrong: number): fc.Arbitrary<Step[]> {
  return fc
    .tuple(
      fc.array(fc.oneof({ weight: 4, arbitrary: rightStep }, slowStep), { maxLength: 50 }),
      fc.array(fc.tuple(fc.nat(), wrongStep), { maxLength: maxWrong }),
      fc.record({
        advance: fc.integer({ min: 0, max: HOUR }),
        offset: fc.constant(0),
        kinds,
        span,
      }),
    )
    .map(([right, wrong, last]) => {
      const steps: Step[] = [...right];
      for (const [at, step] of wrong) steps.splice(at % (steps.length + 1), 0, step);
      return [...steps, last];
    });
}

interface Run {
  history: HistoryData;
  records: BreakRecord[];
  made: Numbered[];
  /** The right time at the end. */
  now: number;
}

function run(steps: readonly Step[]): Run {
  let history = EMPTY_HISTORY;
  let records: BreakRecord[] = [];
  const made: Numbered[] = [];
  let real = START - 40 * DAY;
  // 40 days of use with the right clock.
  for (let day = 0; day < 40; day++, real += DAY) {
    const record = recordOf('snoozed', real, made.length, 0);
    made.push(record);
    records = keepRecords(records, [record], real, KEEP);
    history = foldRecords(history, [record], real);
  }
  for (const step of steps) {
    real += step.advance;
    const clock = real + step.offset;
    const saved = step.kinds.map((kind) => recordOf(kind, clock, made.length, step.span));
    // Numbered one by one, as their order in the batch.
    saved.forEach((record, i) => {
      record.n = made.length + i;
    });
    made.push(...saved);
    records = keepRecords(records, saved, clock, KEEP);
    history = foldRecords(history, saved, clock);
  }
  return { history, records, made, now: real };
}

const sum = (history: HistoryData, field: keyof DayTotals) =>
  Object.values(history.days).reduce((total, day) => total + day[field], 0);

describe('no record lost or doubled, whatever the clocks', () => {
  it('when a clock far ahead comes back: every record counts once, and none stays ahead', () => {
    fc.assert(
      // Fewer saves under the wrong clock than the quorum of days of use (7 for the records).
      fc.property(stepsWith(6), (steps) => {
        const { history, records, made, now } = run(steps);
        // The whole run spans well under a year: nothing is old enough to go.
        for (const field of COUNTED) {
          expect(sum(history, field), field).toBe(made.filter((r) => r.type === field).length);
        }
        const sits = made.flatMap((r) => (r.type === 'sat' ? [r.satMs] : []));
        expect(sum(history, 'satMs')).toBe(sits.reduce((a, b) => a + b, 0));
        const latest = addDays(localDayKey(now), AHEAD_DAYS);
        expect(Object.keys(history.days).filter((key) => key > latest)).toEqual([]);

        const numbers = (records as Numbered[]).map((r) => r.n);
        expect(new Set(numbers).size, 'doubled').toBe(numbers.length);
        const recent = made.filter((r) => r.at >= now - KEEP.keepMs).map((r) => r.n);
        expect(numbers).toEqual(expect.arrayContaining(recent));
        expect(records.every((r) => r.at <= now + AHEAD_DAYS * DAY)).toBe(true);
        // A record brought back from ahead keeps its kind, its sitting and its span.
        for (const r of records as Numbered[]) {
          const original = made[r.n];
          expect(r.type).toBe(original?.type);
          if (r.type === 'sat' && original?.type === 'sat') {
            expect([r.satMs, r.at - r.startedAt]).toEqual([
              original.satMs,
              original.at - original.startedAt,
            ]);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('under any clocks at all: never doubled, never out of shape', () => {
    const anyClock = fc.integer({ min: 0, max: local(9999, 12, 1) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyClock, kinds, span), { minLength: 1, maxLength: 40 }),
        (saves) => {
          let history = EMPTY_HISTORY;
          let records: BreakRecord[] = [];
          const made: Numbered[] = [];
          for (const [clock, batch, sitting] of saves) {
            const saved = batch.map((kind, i) => recordOf(kind, clock, made.length + i, sitting));
            made.push(...saved);
            records = keepRecords(records, saved, clock, KEEP);
            history = foldRecords(history, saved, clock);
          }
          for (const field of COUNTED) {
            expect(sum(history, field)).toBeLessThanOrEqual(
              made.filter((r) => r.type === field).length,
            );
          }
          for (const [key, day] of Object.entries(history.days)) {
            expect(isDayKey(key), key).toBe(true);
            for (const value of Object.values(day)) {
              expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
            }
          }
          const numbers = (records as Numbered[]).map((r) => r.n);
          expect(new Set(numbers).size).toBe(numbers.length);
          expect(numbers.every((n) => made[n] !== undefined)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  // Entries up to AHEAD_DAYS ahead are taken as today's (the clock may be the one that is behind);
  // beyond that, they are future-dated.
  it('future-dated entries never displace past ones', () => {
    const dayOf = (at: number) => localDayKey(at);
    fc.assert(
      fc.property(
        // Past entries over two years before now, future ones up to six years after it.
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 * YEAR }), kinds), { maxLength: 60 }),
        fc.array(fc.tuple(fc.integer({ min: (AHEAD_DAYS + 1) * DAY + 1, max: 6 * YEAR }), kinds), {
          maxLength: 60,
        }),
        (pastAt, futureAt) => {
          const now = START;
          let n = 0;
          const past = pastAt.flatMap(([ago, batch]) =>
            batch.map((kind) => recordOf(kind, now - ago, n++, 0)),
          );
          const future = futureAt.flatMap(([ahead, batch]) =>
            batch.map((kind) => recordOf(kind, now + ahead, n++, 0)),
          );
          const fold = (records: BreakRecord[]) => foldRecords(EMPTY_HISTORY, records, now);
          const without = fold(past);
          const withFuture = fold([...past, ...future]);
          const today = dayOf(now);
          // dueTaken aside: a break saved later credits the due break open before it.
          const counts = ({ dueTaken: _, ...rest }: DayTotals) => rest;
          for (const [key, day] of Object.entries(without.days)) {
            const kept = withFuture.days[key];
            expect(kept, key).toBeDefined();
            if (key !== today && kept) expect(counts(kept), key).toEqual(counts(day));
          }
          const keptPast = (records: BreakRecord[]) =>
            (keepRecords(records, [], now, KEEP) as Numbered[]).filter((r) => r.n < past.length);
          expect(keptPast([...past, ...future])).toEqual(expect.arrayContaining(keptPast(past)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
