import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState, step } from '@/lib/session/machine';
import {
  CLOCK_SLACK_MS,
  LONGEST_OFF_HOURS_MS,
  OLDEST_MS,
  parseEngineState,
} from '@/lib/session/persist';
import { latestPauseEnd, PAUSE_CHOICES } from '@/lib/session/schedule';
import type { EngineEvent, EngineState, Phase, Session } from '@/lib/session/state';
import { describeStatus, nextWakeAt } from '@/lib/session/status';
import {
  LONGEST_BREAK_MS,
  LONGEST_SNOOZE_MS,
  MAX_BREAKS_SINCE_LONG,
  MAX_SNOOZES,
} from '@/lib/session/timing';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { MIN, T0, TIPS } from './harness';

const NOW = T0 + 45 * MIN;
const HOUR = 60 * MIN;
/** The largest time a Date can hold (year 275760). */
const LAST_DATE = 8.64e15;

const session: Session = {
  startedAt: NOW - 20 * MIN,
  satMs: 5 * MIN,
  activeSince: NOW - 10 * MIN,
  awaySince: null,
};

function stored(phase: unknown, patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    phase,
    lastSeen: NOW - 30_000,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 1,
    shownTips: ['a', 'b'],
    ...patch,
  };
}

const read = (value: unknown) => parseEngineState(value, NOW);

describe('reading the stored engine state against the clock', () => {
  it('keeps a valid state exactly as it was', () => {
    const value = stored({ kind: 'sitting', session });
    expect(read(value)).toEqual(value);
    const due = stored({
      kind: 'due',
      session,
      dueAt: NOW - MIN,
      notifiedAt: NOW - MIN,
      reminded: true,
      snoozes: 2,
    });
    expect(read(due)).toEqual(due);
  });

  it('leaves what the background owes the browser aside (the background reads it itself)', () => {
    const value = stored({ kind: 'sitting', session });
    expect(read({ ...value, owed: { breakPage: true } })).toEqual(value);
  });

  it('has nothing to read in a value that is not an engine state of this version', () => {
    for (const value of [undefined, null, 'engine', 42, [], {}, { version: 2, phase: {} }]) {
      expect(read(value)).toBeNull();
    }
  });

  it.each<[string, unknown, Phase]>([
    [
      'a snooze ending in the year 275760 ends within the longest snooze',
      { kind: 'snoozed', session, until: LAST_DATE, snoozes: 1 },
      { kind: 'snoozed', session, until: NOW + LONGEST_SNOOZE_MS, snoozes: 1 },
    ],
    [
      'a snooze with no readable end ends now',
      { kind: 'snoozed', session, until: 'soon', snoozes: 1 },
      { kind: 'snoozed', session, until: NOW, snoozes: 1 },
    ],
    [
      'a pause ending in the year 275760 ends no later than the longest pause',
      { kind: 'paused', since: NOW - HOUR, until: LAST_DATE },
      { kind: 'paused', since: NOW - HOUR, until: latestPauseEnd(NOW - HOUR) },
    ],
    [
      'a pause until resumed stays one',
      { kind: 'paused', since: NOW - HOUR, until: null },
      { kind: 'paused', since: NOW - HOUR, until: null },
    ],
    [
      'a pause begun in the far future begins now',
      { kind: 'paused', since: LAST_DATE, until: NOW + HOUR },
      { kind: 'paused', since: NOW, until: NOW + HOUR },
    ],
    [
      'a break ending in the year 275760 lasts at most the longest break',
      { kind: 'onBreak', startedAt: NOW - MIN, endsAt: LAST_DATE, long: false },
      { kind: 'onBreak', startedAt: NOW - MIN, endsAt: NOW - MIN + LONGEST_BREAK_MS, long: false },
    ],
    [
      'a break that ends before it starts ends when it starts',
      { kind: 'onBreak', startedAt: NOW - MIN, endsAt: 0, long: true },
      { kind: 'onBreak', startedAt: NOW - MIN, endsAt: NOW - MIN, long: true },
    ],
    [
      'a break begun in the far future gives a fresh session',
      { kind: 'onBreak', startedAt: LAST_DATE, endsAt: LAST_DATE, long: false },
      { kind: 'sitting', session: { startedAt: NOW, satMs: 0, activeSince: NOW, awaySince: null } },
    ],
    [
      'a due break seen in the far future is due now and shown again',
      {
        kind: 'due',
        session,
        dueAt: LAST_DATE,
        notifiedAt: LAST_DATE,
        reminded: 'yes',
        snoozes: 1e9,
      },
      {
        kind: 'due',
        session,
        dueAt: NOW,
        notifiedAt: null,
        reminded: false,
        snoozes: MAX_SNOOZES,
      },
    ],
    [
      'off hours ending in the year 275760 are worked out again',
      { kind: 'offHours', until: LAST_DATE },
      { kind: 'offHours', until: null },
    ],
    [
      'a session begun in the far future starts afresh',
      { kind: 'sitting', session: { ...session, startedAt: LAST_DATE } },
      { kind: 'sitting', session: { startedAt: NOW, satMs: 0, activeSince: NOW, awaySince: null } },
    ],
    [
      'a session more than a year old starts afresh',
      { kind: 'sitting', session: { ...session, startedAt: NOW - OLDEST_MS - 1 } },
      { kind: 'sitting', session: { startedAt: NOW, satMs: 0, activeSince: NOW, awaySince: null } },
    ],
    [
      'a session both present and away starts afresh',
      { kind: 'sitting', session: { ...session, awaySince: NOW - MIN } },
      { kind: 'sitting', session: { startedAt: NOW, satMs: 0, activeSince: NOW, awaySince: null } },
    ],
    [
      'sitting of 1e300 ms is no more than the time the session covers',
      { kind: 'sitting', session: { ...session, satMs: 1e300 } },
      { kind: 'sitting', session: { ...session, satMs: 10 * MIN } },
    ],
    [
      'negative or unreadable sitting is none',
      { kind: 'sitting', session: { ...session, satMs: -5 } },
      { kind: 'sitting', session: { ...session, satMs: 0 } },
    ],
    [
      'an unknown phase is a fresh session',
      { kind: 'nonsense' },
      { kind: 'sitting', session: { startedAt: NOW, satMs: 0, activeSince: NOW, awaySince: null } },
    ],
  ])('%s', (_name, phase, expected) => {
    const state = read(stored(phase));
    expect(state?.phase).toEqual(expected);
    // The other parts are kept.
    expect(state).toMatchObject({
      lastSeen: NOW - 30_000,
      breaksSinceLong: 1,
      shownTips: ['a', 'b'],
    });
  });

  it('repairs each top-level part on its own', () => {
    const state = read(
      stored(
        { kind: 'sitting', session },
        {
          lastSeen: LAST_DATE,
          presence: 'away',
          fullscreen: 'yes',
          breaksSinceLong: 1e300,
          shownTips: ['a', 3, 'a', null, 'c'],
        },
      ),
    );
    expect(state).toEqual({
      version: 1,
      phase: { kind: 'sitting', session },
      lastSeen: NOW,
      presence: 'active',
      fullscreen: false,
      breaksSinceLong: MAX_BREAKS_SINCE_LONG,
      shownTips: ['a', 'c'],
    });
  });

  it('trusts a last run up to two days ahead (a clock set back), not further', () => {
    const ahead = NOW + CLOCK_SLACK_MS;
    const later = { ...session, startedAt: ahead - HOUR, activeSince: ahead - 10 * MIN };
    expect(read(stored({ kind: 'sitting', session: later }, { lastSeen: ahead }))).toMatchObject({
      lastSeen: ahead,
      phase: { kind: 'sitting', session: later },
    });
    const tooFar = NOW + CLOCK_SLACK_MS + 1;
    expect(read(stored({ kind: 'sitting', session: later }, { lastSeen: tooFar }))).toMatchObject({
      lastSeen: NOW,
      phase: { kind: 'sitting', session: { startedAt: NOW, satMs: 0 } },
    });
  });

  it('leaves nothing absurd to show or schedule from the issue’s stuck states', () => {
    for (const phase of [
      { kind: 'sitting', session: { ...session, satMs: 1e300 } },
      { kind: 'snoozed', session, until: LAST_DATE, snoozes: 0 },
      { kind: 'paused', since: LAST_DATE, until: LAST_DATE },
      { kind: 'onBreak', startedAt: NOW - MIN, endsAt: LAST_DATE, long: false },
    ]) {
      const state = read(stored(phase, { lastSeen: LAST_DATE })) as EngineState;
      const status = describeStatus(state, NOW, DEFAULT_SETTINGS);
      for (const value of Object.values(status)) {
        // A moment within two days of now, or a length shorter than two days.
        if (typeof value === 'number') {
          expect(Math.min(Math.abs(value - NOW), Math.abs(value))).toBeLessThan(2 * 24 * HOUR);
        }
      }
      const next = step(
        state,
        { type: 'tick' },
        { now: NOW, settings: DEFAULT_SETTINGS, tipIds: TIPS },
      );
      const wake = nextWakeAt(next.state, NOW, DEFAULT_SETTINGS);
      expect(wake).not.toBeNull();
      expect((wake as number) - NOW).toBeLessThanOrEqual(26 * HOUR);
    }
  });
});

// ---- Properties ----

const event: fc.Arbitrary<(now: number) => EngineEvent> = fc.oneof(
  fc.constant(() => ({ type: 'tick' }) as const),
  fc
    .record({ presence: fc.constantFrom('active', 'idle', 'locked'), watching: fc.boolean() })
    .map((e) => () => ({ type: 'presence', ...e }) as const),
  fc.boolean().map((fullscreen) => () => ({ type: 'fullscreen', fullscreen }) as const),
  fc
    .constantFrom('startBreak', 'endBreak', 'skipBreak', 'snooze', 'resume')
    .map((type) => () => ({ type }) as EngineEvent),
  fc.constantFrom(...PAUSE_CHOICES).map((choice) => () => ({ type: 'pause', choice }) as const),
);

/** A state the engine itself saved at the end of a random day, and when it saved it. */
const engineState: fc.Arbitrary<{ state: EngineState; at: number }> = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 20 * MIN }), event), { maxLength: 30 })
  .map((steps) => {
    let at = T0;
    let state = initialState(at, DEFAULT_SETTINGS);
    for (const [wait, make] of steps) {
      at += wait;
      state = step(state, make(at), { now: at, settings: DEFAULT_SETTINGS, tipIds: TIPS }).state;
    }
    return { state, at };
  });

/** Values a hostile tester (or a bad disk) puts in storage. */
const hostile = fc.oneof(
  fc.constantFrom(
    LAST_DATE,
    -LAST_DATE,
    1e300,
    -1,
    0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    null,
    undefined,
    true,
    '12',
    '',
    [],
    {},
    { kind: 'due' },
  ),
  fc.integer(),
  fc.double(),
  fc.anything(),
);

/** Every path to a value inside a JSON-like object. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return [
    prefix,
    ...Object.entries(value).flatMap(([key, inner]) => paths(inner, [...prefix, key])),
  ];
}

function replaced(value: unknown, path: string[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path as [string, ...string[]];
  const copy = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  (copy as Record<string, unknown>)[head] = replaced(
    (value as Record<string, unknown>)[head],
    rest,
    by,
  );
  return copy;
}

/** A stored engine state with up to three of its parts replaced by hostile values. */
const corrupted = fc
  .tuple(engineState, fc.array(fc.tuple(fc.nat(), hostile), { minLength: 1, maxLength: 3 }))
  .map(([{ state, at }, hits]) => {
    let value: unknown = state;
    for (const [pick, by] of hits) {
      const all = paths(value);
      value = replaced(value, all[pick % all.length] as string[], by);
    }
    return { value, at };
  });

const isTime = (v: number, low: number, high: number) =>
  Number.isFinite(v) && v >= low && v <= high;

/** Everything the engine and the pages rely on in a state read at `now`. */
function expectValid(state: EngineState, now: number) {
  const earliest = now - OLDEST_MS;
  expect(isTime(state.lastSeen, earliest, now + CLOCK_SLACK_MS)).toBe(true);
  const latest = Math.max(now, state.lastSeen);
  const past = (v: number) => expect(isTime(v, earliest, latest), `${v} in range`).toBe(true);
  expect(['active', 'idle', 'locked']).toContain(state.presence);
  expect(typeof state.fullscreen).toBe('boolean');
  expect(Number.isInteger(state.breaksSinceLong)).toBe(true);
  expect(state.breaksSinceLong).toBeGreaterThanOrEqual(0);
  expect(state.breaksSinceLong).toBeLessThanOrEqual(MAX_BREAKS_SINCE_LONG);
  expect(new Set(state.shownTips).size).toBe(state.shownTips.length);
  for (const id of state.shownTips) expect(typeof id).toBe('string');
  const { phase } = state;
  if ('session' in phase) {
    const { startedAt, satMs, activeSince, awaySince } = phase.session;
    past(startedAt);
    expect((activeSince === null) !== (awaySince === null)).toBe(true);
    const mark = (activeSince ?? awaySince) as number;
    past(mark);
    expect(mark).toBeGreaterThanOrEqual(startedAt);
    expect(satMs).toBeGreaterThanOrEqual(0);
    expect(satMs).toBeLessThanOrEqual(mark - startedAt);
  }
  switch (phase.kind) {
    case 'sitting':
      break;
    case 'due':
      past(phase.dueAt);
      if (phase.notifiedAt !== null) past(phase.notifiedAt);
      expect(typeof phase.reminded).toBe('boolean');
      expect(Number.isInteger(phase.snoozes) && phase.snoozes <= MAX_SNOOZES).toBe(true);
      expect(phase.snoozes).toBeGreaterThanOrEqual(0);
      break;
    case 'snoozed':
      expect(isTime(phase.until, earliest, latest + LONGEST_SNOOZE_MS)).toBe(true);
      expect(Number.isInteger(phase.snoozes) && phase.snoozes <= MAX_SNOOZES).toBe(true);
      break;
    case 'onBreak':
      past(phase.startedAt);
      expect(isTime(phase.endsAt, phase.startedAt, phase.startedAt + LONGEST_BREAK_MS)).toBe(true);
      expect(typeof phase.long).toBe('boolean');
      break;
    case 'paused':
      past(phase.since);
      if (phase.until !== null) {
        expect(isTime(phase.until, earliest, latestPauseEnd(phase.since))).toBe(true);
      }
      break;
    case 'offHours':
      if (phase.until !== null) {
        expect(isTime(phase.until, earliest, latest + LONGEST_OFF_HOURS_MS)).toBe(true);
      }
      break;
    default:
      throw new Error(`unknown phase ${JSON.stringify(phase)}`);
  }
  // Plain data: what storage gives back is what was read.
  expect(JSON.parse(JSON.stringify(state))).toEqual(state);
}

describe('any stored value in, a valid state out', () => {
  it('gives a valid state, or none, for anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: T0, max: T0 + 400 * 24 * HOUR }), (v, now) => {
        const state = parseEngineState(v, now);
        if (state) expectValid(state, now);
      }),
      { numRuns: 300 },
    );
  });

  it('repairs a corrupted state into a valid one, read twice the same, keeping valid parts', () => {
    fc.assert(
      fc.property(
        corrupted,
        fc.integer({ min: -3 * 24 * HOUR, max: 30 * 24 * HOUR }),
        (c, later) => {
          const now = c.at + later;
          const state = parseEngineState(c.value, now);
          if (state === null) return;
          expectValid(state, now);
          expect(parseEngineState(state, now)).toEqual(state);
          // Every top-level part that was not touched, and is in range, is kept as it was.
          const value = c.value as Record<string, unknown>;
          if (typeof value.fullscreen === 'boolean')
            expect(state.fullscreen).toBe(value.fullscreen);
          if (value.presence === 'idle' || value.presence === 'locked') {
            expect(state.presence).toBe(value.presence);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps every state the engine saves, read any time after (or, clock set back, shortly before)', () => {
    fc.assert(
      fc.property(
        engineState,
        fc.integer({ min: -CLOCK_SLACK_MS, max: 300 * 24 * HOUR }),
        ({ state, at }, later) => {
          expect(parseEngineState(JSON.parse(JSON.stringify(state)), at + later)).toEqual(state);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never leaves the engine without a near wake-up, whatever was stored', () => {
    fc.assert(
      fc.property(corrupted, (c) => {
        const now = c.at;
        const state = parseEngineState(c.value, now) ?? initialState(now, DEFAULT_SETTINGS);
        const next = step(
          state,
          { type: 'tick' },
          { now, settings: DEFAULT_SETTINGS, tipIds: TIPS },
        );
        const wake = nextWakeAt(next.state, now, DEFAULT_SETTINGS);
        // Nothing waits longer than the longest pause; most things a heartbeat.
        if (wake !== null) expect(wake - now).toBeLessThanOrEqual(latestPauseEnd(now) - now);
        else {
          // Only someone away, or a pause until resumed, needs no alarm: the idle detector or
          // the user wakes the engine.
          const { phase } = next.state;
          const away = 'session' in phase && phase.session.activeSince === null;
          expect(away || (phase.kind === 'paused' && phase.until === null)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
