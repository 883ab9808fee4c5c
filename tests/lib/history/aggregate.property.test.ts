import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DayTotals,
  EMPTY_HISTORY,
  foldRecords,
  type HistoryData,
} from '@/lib/history/aggregate';
import { localDayKey } from '@/lib/history/days';
import { initialState, step } from '@/lib/session/machine';
import type { BreakRecord, EngineEvent } from '@/lib/session/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { HOUR, local, MIN } from './helpers';

/** Midnights and both clock-change nights of 2026, where day attribution can go wrong. */
const EDGES = [
  local(2026, 3, 29, 0),
  local(2026, 3, 29, 1, 30),
  local(2026, 3, 30, 0),
  local(2026, 10, 25, 0),
  local(2026, 10, 25, 1, 30),
  local(2026, 10, 26, 0),
  local(2026, 7, 1, 0),
];
const FIRST = local(2026, 3, 20);
const LAST = local(2026, 11, 5);

const time = fc.oneof(
  fc.integer({ min: FIRST, max: LAST }),
  fc
    .tuple(fc.constantFrom(...EDGES), fc.integer({ min: -3 * HOUR, max: 3 * HOUR }))
    .map(([edge, offset]) => edge + offset),
);

const record: fc.Arbitrary<BreakRecord> = fc.oneof(
  fc.record({ type: fc.constant('due' as const), at: time, long: fc.boolean() }),
  fc.record({ type: fc.constant('started' as const), at: time, long: fc.boolean() }),
  fc.record({
    type: fc.constant('completed' as const),
    at: time,
    long: fc.boolean(),
    durationMs: fc.integer({ min: 0, max: 10 * MIN }),
  }),
  fc.record({
    type: fc.constant('natural' as const),
    at: time,
    long: fc.boolean(),
    durationMs: fc.integer({ min: 0, max: 10 * HOUR }),
    cause: fc.constantFrom('idle' as const, 'locked' as const, 'gap' as const),
  }),
  fc.record({ type: fc.constant('snoozed' as const), at: time }),
  fc.record({ type: fc.constant('skipped' as const), at: time, long: fc.boolean() }),
  fc
    .tuple(time, fc.integer({ min: 0, max: 30 * HOUR }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([at, span, present]): BreakRecord => {
      return { type: 'sat', at, startedAt: at - span, satMs: Math.floor(span * present) };
    }),
);

const COUNTED = {
  due: 'due',
  completed: 'completed',
  natural: 'natural',
  snoozed: 'snoozed',
  skipped: 'skipped',
} as const satisfies Partial<Record<BreakRecord['type'], keyof DayTotals>>;

/** What the totals must say, counted straight from the raw records. */
function expectAddsUp(history: HistoryData, records: readonly BreakRecord[]) {
  const days = Object.entries(history.days);
  for (const [type, field] of Object.entries(COUNTED)) {
    for (const [day, totals] of days) {
      const raw = records.filter((r) => r.type === type && localDayKey(r.at) === day).length;
      expect(totals[field], `${field} on ${day}`).toBe(raw);
    }
    const all = records.filter((r) => r.type === type).length;
    expect(
      days.reduce((sum, [, t]) => sum + t[field], 0),
      `all ${field}`,
    ).toBe(all);
  }
  const sits = records.flatMap((r) => (r.type === 'sat' ? [r] : []));
  expect(days.reduce((sum, [, t]) => sum + t.satMs, 0)).toBe(
    sits.reduce((sum, r) => sum + r.satMs, 0),
  );
  for (const [day, totals] of days) {
    const ended = sits.filter((r) => localDayKey(r.at) === day).map((r) => r.satMs);
    expect(totals.longestSatMs, `longest on ${day}`).toBe(Math.max(0, ...ended));
    expect(totals.dueTaken).toBeLessThanOrEqual(totals.due);
    expect(totals.satMs).toBeGreaterThanOrEqual(0);
  }
  const taken = days.reduce((sum, [, t]) => sum + t.dueTaken, 0);
  const breaks = records.filter((r) => r.type === 'completed' || r.type === 'natural').length;
  expect(taken).toBeLessThanOrEqual(breaks);
}

describe('the per-day totals always add up to the raw records', () => {
  it('for any records, folded at once or in any batches', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 80 }),
        fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 10 }),
        (records, cuts) => {
          const whole = foldRecords(EMPTY_HISTORY, records, LAST);
          expectAddsUp(whole, records);
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), records.length];
          let batched = EMPTY_HISTORY;
          for (let i = 1; i < bounds.length; i++) {
            const batch = records.slice(bounds[i - 1], bounds[i]);
            batched = foldRecords(batched, batch, LAST);
          }
          expect(batched).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('for the records the real engine writes, step by step across the spring clock change', () => {
    const event: fc.Arbitrary<EngineEvent> = fc.oneof(
      { weight: 4, arbitrary: fc.constant({ type: 'tick' } as const) },
      fc.record({
        type: fc.constant('presence' as const),
        presence: fc.constantFrom('active' as const, 'idle' as const, 'locked' as const),
        watching: fc.constant(false),
      }),
      fc.constantFrom<EngineEvent>(
        { type: 'startBreak' },
        { type: 'endBreak' },
        { type: 'skipBreak' },
        { type: 'snooze' },
        { type: 'resume' },
        { type: 'pause', choice: 'manual' },
      ),
    );
    const wait = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 20 * MIN }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 8 * HOUR }) },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(wait, event), { maxLength: 120 }), (steps) => {
        const settings = DEFAULT_SETTINGS;
        let now = local(2026, 3, 28, 20);
        let state = initialState(now, settings);
        let history = EMPTY_HISTORY;
        const all: BreakRecord[] = [];
        for (const [ms, ev] of steps) {
          now += ms;
          const result = step(state, ev, { now, settings, tipIds: [] });
          state = result.state;
          const records = result.effects.flatMap((e) => (e.type === 'record' ? [e.record] : []));
          history = foldRecords(history, records, now);
          all.push(...records);
        }
        expectAddsUp(history, all);
      }),
      { numRuns: 200 },
    );
  });
});
