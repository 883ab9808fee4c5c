import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deskOf, postureDueAt, stoodMs } from '@/lib/session/desk';
import { initialState, step } from '@/lib/session/machine';
import { PAUSE_CHOICES } from '@/lib/session/schedule';
import type { EngineEvent, EngineState } from '@/lib/session/state';
import { satMs } from '@/lib/session/timing';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { MIN, T0, TIPS } from './harness';

const event: fc.Arbitrary<EngineEvent> = fc.oneof(
  fc.constant({ type: 'tick' } as const),
  fc.record({
    type: fc.constant('presence' as const),
    presence: fc.constantFrom('active', 'idle', 'locked'),
    watching: fc.boolean(),
  }),
  fc.record({ type: fc.constant('fullscreen' as const), fullscreen: fc.boolean() }),
  fc.constantFrom<EngineEvent>(
    { type: 'startBreak' },
    { type: 'endBreak' },
    { type: 'skipBreak' },
    { type: 'snooze' },
    { type: 'resume' },
  ),
  fc.constantFrom(...PAUSE_CHOICES).map((choice) => ({ type: 'pause' as const, choice })),
  // Sit-stand desk mode (issue 20): the user's word on their posture, and the suggestion's snooze.
  fc.constantFrom<EngineEvent>(
    { type: 'setPosture', posture: 'standing' },
    { type: 'setPosture', posture: 'sitting' },
    { type: 'snoozePosture' },
  ),
);

/** Time passes mostly in small steps, sometimes a long silence, rarely backwards. */
const delay = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 * MIN }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 12 * 60 * MIN }) },
  { weight: 1, arbitrary: fc.integer({ min: -30 * MIN, max: 0 }) },
);

const settings: fc.Arbitrary<Settings> = fc.record({
  ...Object.fromEntries(Object.entries(DEFAULT_SETTINGS).map(([k, v]) => [k, fc.constant(v)])),
  sitMinutes: fc.integer({ min: 5, max: 60 }),
  breakMinutes: fc.integer({ min: 1, max: 10 }),
  longBreakEvery: fc.integer({ min: 0, max: 4 }),
  maxSnoozes: fc.integer({ min: 0, max: 3 }),
  reRemind: fc.boolean(),
  holdDuringFullscreen: fc.boolean(),
  sitStand: fc.boolean(),
  standMinutes: fc.integer({ min: 10, max: 60 }),
  workingHours: fc.record({
    enabled: fc.boolean(),
    days: fc.uniqueArray(fc.constantFrom(0, 1, 2, 3, 4, 5, 6), { minLength: 1 }),
    start: fc.integer({ min: 0, max: 12 * 60 }),
    end: fc.integer({ min: 12 * 60 + 1, max: 24 * 60 }),
  }),
}) as fc.Arbitrary<Settings>;

/** The reminder a notification belongs to: one session's due moment after so many snoozes. */
function reminderKey(state: EngineState): string | null {
  const { phase } = state;
  return phase.kind === 'due' ? `${phase.session.startedAt}:${phase.snoozes}` : null;
}

describe('engine invariants over random days', () => {
  it('holds its promises for any sequence of events and times', () => {
    fc.assert(
      fc.property(settings, fc.array(fc.tuple(delay, event), { maxLength: 60 }), (s, steps) => {
        let now = T0;
        let state = initialState(now, s);
        const shown = new Map<string, number>();
        for (const [wait, ev] of steps) {
          now += wait;
          const result = step(state, ev, { now, settings: s, tipIds: TIPS });
          state = result.state;
          const notes = result.effects.filter((e) => e.type === 'notify');
          for (const note of notes) {
            // Never two reminders of one kind for the same due moment.
            const key = `${reminderKey(state)}:${note.notification.kind}`;
            shown.set(key, (shown.get(key) ?? 0) + 1);
            expect(shown.get(key)).toBe(1);
            // Never while paused, outside working hours or held by fullscreen.
            expect(state.phase.kind).toBe('due');
            expect(s.holdDuringFullscreen && state.fullscreen).toBe(false);
          }
          expect(notes.length).toBeLessThanOrEqual(1);
          // The next wake-up is never in the past.
          const alarm = result.effects.find((e) => e.type === 'setAlarm');
          expect(alarm?.type === 'setAlarm' && alarm.at !== null && alarm.at <= now).toBe(false);
          // Counted sitting and standing are never negative and never more than the wall time
          // together: nothing counted twice.
          if ('session' in state.phase) {
            const sat = satMs(state.phase.session, now);
            const stood = stoodMs(state.phase.session, now);
            expect(sat).toBeGreaterThanOrEqual(0);
            expect(stood).toBeGreaterThanOrEqual(0);
            expect(sat + stood).toBeLessThanOrEqual(
              Math.max(0, now - state.phase.session.startedAt),
            );
          }
          for (const r of result.effects) {
            if (r.type === 'record' && 'durationMs' in r.record) {
              expect(r.record.durationMs).toBeGreaterThanOrEqual(0);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

/** Which suggestion a posture notification belongs to: one stretch's due moment. */
function promptKey(state: EngineState): string {
  const prompt = deskOf(state).prompt;
  const session = 'session' in state.phase ? state.phase.session.startedAt : null;
  return `${session}:${prompt?.to}:${prompt?.dueAt}`;
}

describe('sit-stand desk invariants over random days', () => {
  it('suggests each change once, never lost, and counts no minute twice', () => {
    fc.assert(
      fc.property(settings, fc.array(fc.tuple(delay, event), { maxLength: 60 }), (s, steps) => {
        let now = T0;
        let state = initialState(now, s);
        let forward = 0;
        let recorded = 0;
        const shown = new Set<string>();
        for (const [wait, ev] of steps) {
          now += wait;
          forward += Math.max(0, wait);
          const result = step(state, ev, { now, settings: s, tipIds: TIPS });
          state = result.state;
          const desk = deskOf(state);
          for (const effect of result.effects) {
            if (effect.type === 'record' && effect.record.type === 'sat') {
              recorded += effect.record.satMs + (effect.record.stoodMs ?? 0);
            }
            if (effect.type !== 'notifyPosture') continue;
            // Only with the desk, to the other posture, at the desk, not held, no break due.
            expect(s.sitStand).toBe(true);
            expect(effect.notification.to).not.toBe(desk.posture);
            expect(state.phase.kind).toBe('sitting');
            expect(s.holdDuringFullscreen && state.fullscreen).toBe(false);
            const key = promptKey(state);
            expect(shown.has(key)).toBe(false);
            shown.add(key);
          }
          expect(result.effects.filter((e) => e.type === 'notifyPosture').length).toBeLessThan(2);
          const { phase } = state;
          if (!s.sitStand) expect(state.desk).toBeUndefined();
          if (phase.kind !== 'sitting') expect(desk.prompt).toBeNull();
          if (phase.kind === 'sitting' && 'session' in phase) {
            const { session } = phase;
            // The session counts in the desk's posture.
            expect(session.standing === true).toBe(desk.posture === 'standing');
            const present = session.activeSince !== null;
            const held = s.holdDuringFullscreen && state.fullscreen;
            // No suggestion lost: one whose time came is out, or waits only for the user or the film.
            if (desk.prompt === null) {
              const due = postureDueAt(session, desk, s);
              expect(due === null || due > now).toBe(true);
            } else if (present && !held) {
              expect(desk.prompt.notifiedAt).not.toBeNull();
            }
          }
          // Every counted minute of sitting or standing happened, once: what was recorded and
          // what the running session holds never exceed the time that passed.
          const running =
            'session' in phase ? satMs(phase.session, now) + stoodMs(phase.session, now) : 0;
          expect(recorded + running).toBeLessThanOrEqual(forward);
        }
      }),
      { numRuns: 400 },
    );
  });
});
