import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState, step } from '@/lib/session/machine';
import { rewind } from '@/lib/session/rewind';
import { latestPauseEnd, nextWorkingBoundary, PAUSE_CHOICES } from '@/lib/session/schedule';
import type { EngineEvent, EngineState } from '@/lib/session/state';
import { nextWakeAt } from '@/lib/session/status';
import { breakLengthMs, dueAt, HEARTBEAT_MS, REMIND_AGAIN_MS } from '@/lib/session/timing';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { MIN, Sim, T0, TIPS } from './harness';

const HOUR = 60 * MIN;

/** Sets the clock back by `ms` and lets the engine run once, as the next alarm would. */
function setBack(sim: Sim, ms: number) {
  sim.now -= ms;
  return sim.send({ type: 'tick' });
}

describe('a clock set back keeps no deadline in the future it came from', () => {
  it('a 5-minute snooze still ends 5 minutes later, not 125', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    sim.send({ type: 'snooze' });
    setBack(sim, 2 * HOUR);
    expect(sim.state.phase).toMatchObject({ kind: 'snoozed', until: sim.now + 5 * MIN });
    expect(sim.alarm()).toBeLessThanOrEqual(sim.now + 5 * MIN);
  });

  it('a snooze keeps what it had left when the clock went back', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    sim.send({ type: 'snooze' });
    sim.advance(3 * MIN);
    setBack(sim, 2 * HOUR);
    expect(sim.state.phase).toMatchObject({ kind: 'snoozed', until: sim.now + 2 * MIN });
  });

  it('a 30-minute pause ends in 30 minutes, not 150', () => {
    const sim = new Sim();
    sim.advance(10 * MIN);
    sim.send({ type: 'pause', choice: '30m' });
    setBack(sim, 2 * HOUR);
    expect(sim.state.phase).toMatchObject({
      kind: 'paused',
      since: sim.now,
      until: sim.now + 30 * MIN,
    });
    expect(sim.alarm()).toBe(sim.now + 30 * MIN);
  });

  it('a due break re-reminds when it would have, not two hours later', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    const notifiedAt = sim.now;
    sim.advance(MIN);
    setBack(sim, 2 * HOUR);
    expect(sim.state.phase).toMatchObject({
      kind: 'due',
      notifiedAt: sim.now - MIN,
      dueAt: sim.now - MIN,
    });
    // The re-reminder comes 5 minutes after the first, as it would have without the jump.
    const effects = sim.advance(4 * MIN);
    expect(effects.filter((e) => e.type === 'notify')).toEqual([
      expect.objectContaining({ notification: expect.objectContaining({ kind: 'reminder' }) }),
    ]);
    expect(notifiedAt).toBe(T0 + 30 * MIN);
  });

  it('a break keeps the time it had left', () => {
    const sim = new Sim();
    sim.advance(10 * MIN);
    sim.send({ type: 'startBreak' });
    sim.advance(30_000);
    sim.send({ type: 'tick' });
    setBack(sim, 2 * HOUR);
    expect(sim.state.phase).toMatchObject({
      kind: 'onBreak',
      startedAt: sim.now - 30_000,
      endsAt: sim.now + 90_000,
    });
  });

  it('a sitting session starts afresh, as the README promises', () => {
    const sim = new Sim();
    sim.advance(20 * MIN);
    setBack(sim, 2 * HOUR);
    expect(sim.state.phase).toMatchObject({
      kind: 'sitting',
      session: { startedAt: sim.now, satMs: 0, activeSince: sim.now },
    });
  });

  it('working hours are worked out again from the new time', () => {
    const hours = { ...DEFAULT_SETTINGS.workingHours, enabled: true };
    // Monday 18:00: off hours until Tuesday 09:00.
    const sim = new Sim({ workingHours: hours }, T0 + 9 * HOUR);
    expect(sim.state.phase.kind).toBe('offHours');
    setBack(sim, 12 * HOUR);
    // Monday 06:00: off hours until 09:00 the same day.
    expect(sim.state.phase).toEqual({ kind: 'offHours', until: T0 });
  });

  it('clamps a stored deadline beyond its longest length, whatever put it there', () => {
    const settings = DEFAULT_SETTINGS;
    const base = initialState(T0, settings);
    const now = T0 - HOUR;
    const snoozed = rewind(
      {
        ...base,
        phase: { kind: 'snoozed', session: freshAt(T0), until: T0 + 10 * HOUR, snoozes: 1 },
      },
      now,
      settings,
    );
    expect(snoozed.phase).toMatchObject({ until: now + 5 * MIN });
    const paused = rewind(
      { ...base, phase: { kind: 'paused', since: T0, until: T0 + 1000 * HOUR } },
      now,
      settings,
    );
    expect(paused.phase).toMatchObject({ since: now, until: latestPauseEnd(now) });
    const onBreak = rewind(
      { ...base, phase: { kind: 'onBreak', startedAt: T0, endsAt: T0 + 99 * HOUR, long: true } },
      now,
      settings,
    );
    expect(onBreak.phase).toMatchObject({ startedAt: now, endsAt: now + 5 * MIN });
  });
});

function freshAt(at: number) {
  return { startedAt: at, satMs: 0, activeSince: at, awaySince: null };
}

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

const delay = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 * MIN }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 12 * HOUR }) },
);

/** Any backwards jump, from a millisecond to a month. */
const jump = fc.oneof(
  fc.integer({ min: 1, max: 10 * MIN }),
  fc.integer({ min: 1, max: 3 * HOUR }),
  fc.integer({ min: 1, max: 30 * 24 * HOUR }),
);

const settings: fc.Arbitrary<Settings> = fc
  .record({
    sitMinutes: fc.integer({ min: 5, max: 60 }),
    breakMinutes: fc.integer({ min: 1, max: 10 }),
    longBreakEvery: fc.integer({ min: 0, max: 4 }),
    longBreakMinutes: fc.integer({ min: 1, max: 60 }),
    snoozeMinutes: fc.integer({ min: 1, max: 60 }),
    reRemind: fc.boolean(),
    workingHours: fc.record({
      enabled: fc.boolean(),
      days: fc.uniqueArray(fc.constantFrom(0, 1, 2, 3, 4, 5, 6), { minLength: 1 }),
      start: fc.integer({ min: 0, max: 12 * 60 }),
      end: fc.integer({ min: 12 * 60 + 1, max: 24 * 60 }),
    }),
  })
  .map((s) => ({ ...DEFAULT_SETTINGS, ...s }) as Settings);

/** The furthest each kind of deadline can legitimately lie from `now`. */
function checkDeadlines(state: EngineState, now: number, s: Settings) {
  const { phase } = state;
  const longest: number[] = [HEARTBEAT_MS, REMIND_AGAIN_MS];
  if ('session' in phase) {
    const { session } = phase;
    for (const at of [session.startedAt, session.activeSince, session.awaySince]) {
      if (at !== null) expect(at).toBeLessThanOrEqual(now);
    }
    const due = dueAt(session, s);
    if (due !== null) expect(due - now).toBeLessThanOrEqual(s.sitMinutes * MIN);
    longest.push(s.sitMinutes * MIN);
  }
  switch (phase.kind) {
    case 'due':
      expect(phase.dueAt).toBeLessThanOrEqual(now);
      if (phase.notifiedAt !== null) expect(phase.notifiedAt).toBeLessThanOrEqual(now);
      break;
    case 'snoozed':
      expect(phase.until - now).toBeLessThanOrEqual(s.snoozeMinutes * MIN);
      longest.push(s.snoozeMinutes * MIN);
      break;
    case 'onBreak':
      expect(phase.startedAt).toBeLessThanOrEqual(now);
      expect(phase.endsAt - now).toBeLessThanOrEqual(breakLengthMs(phase.long, s));
      longest.push(breakLengthMs(phase.long, s));
      break;
    case 'paused':
      expect(phase.since).toBeLessThanOrEqual(now);
      if (phase.until !== null) expect(phase.until).toBeLessThanOrEqual(latestPauseEnd(now));
      longest.push(latestPauseEnd(now) - now);
      break;
    case 'offHours':
      expect(phase.until).toBe(nextWorkingBoundary(now, s.workingHours));
      break;
  }
  const boundary = nextWorkingBoundary(now, s.workingHours);
  if (boundary !== null) longest.push(boundary - now);
  const wake = nextWakeAt(state, now, s);
  if (wake !== null) {
    expect(wake).toBeGreaterThan(now);
    expect(wake - now).toBeLessThanOrEqual(Math.max(...longest));
  }
}

describe('after any backwards jump', () => {
  it('no deadline is further from now than its longest legitimate length', () => {
    fc.assert(
      fc.property(
        settings,
        fc.array(fc.tuple(delay, event), { maxLength: 40 }),
        jump,
        fc.boolean(),
        (s, steps, back, thenEvent) => {
          let now = T0;
          let state = initialState(now, s);
          for (const [wait, make] of steps) {
            now += wait;
            state = step(state, make(now), { now, settings: s, tipIds: TIPS }).state;
          }
          now -= back;
          const result = step(state, thenEvent ? { type: 'snooze' } : { type: 'tick' }, {
            now,
            settings: s,
            tipIds: TIPS,
          });
          expect(result.state.lastSeen).toBe(now);
          checkDeadlines(result.state, now, s);
          const alarm = result.effects.find((e) => e.type === 'setAlarm');
          expect(alarm?.type === 'setAlarm' && alarm.at).toBe(nextWakeAt(result.state, now, s));
        },
      ),
      { numRuns: 300 },
    );
  });
});
