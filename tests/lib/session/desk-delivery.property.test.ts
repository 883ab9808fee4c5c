import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delivered, readOwed, settleDeliveries } from '@/lib/session/delivery';
import { initialState, stepAll } from '@/lib/session/machine';
import { parseEngineState } from '@/lib/session/persist';
import type { EngineEvent, EngineState, PostureNotification } from '@/lib/session/state';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { MIN, T0, TIPS } from './harness';

/**
 * The suggestion to stand or sit survives a worker stopped anywhere between saving its state and
 * acting on it: the background's own order (save, act, then drop what was owed), with storage
 * as JSON read back through the checks, and the worker stopped at random before it acted.
 */

const event: fc.Arbitrary<EngineEvent> = fc.constantFrom<EngineEvent>(
  { type: 'tick' },
  { type: 'setPosture', posture: 'standing' },
  { type: 'setPosture', posture: 'sitting' },
  { type: 'snoozePosture' },
  { type: 'presence', presence: 'idle', watching: false },
  { type: 'presence', presence: 'active', watching: false },
  { type: 'fullscreen', fullscreen: true },
  { type: 'fullscreen', fullscreen: false },
  { type: 'skipBreak' },
);

const settings: fc.Arbitrary<Settings> = fc
  .record({
    sitMinutes: fc.integer({ min: 5, max: 45 }),
    standMinutes: fc.integer({ min: 10, max: 45 }),
    maxSnoozes: fc.integer({ min: 0, max: 2 }),
    holdDuringFullscreen: fc.boolean(),
  })
  .map((s) => ({ ...DEFAULT_SETTINGS, ...s, sitStand: true }));

/** What the state says should be on screen: the suggestion shown, else none. */
function shouldShow(state: EngineState): boolean {
  return state.desk?.prompt != null && state.desk.prompt.notifiedAt !== null;
}

describe('the sit-stand suggestion across worker stops', () => {
  it('is on screen exactly when the state says so after every full wake, and never shown twice', () => {
    fc.assert(
      fc.property(
        settings,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 8 * MIN }), event, fc.boolean()), {
          maxLength: 50,
        }),
        (s, steps) => {
          let now = T0;
          let stored: unknown = JSON.parse(JSON.stringify(initialState(now, s)));
          let screen: PostureNotification | null = null;
          for (const [wait, ev, stops] of steps) {
            now += wait;
            const start = parseEngineState(stored, now) as EngineState;
            const owed = readOwed(stored);
            const loaded = owed ? { ...start, owed } : start;
            const result = stepAll(loaded, [ev], { now, settings: s, tipIds: TIPS });
            const { state, effects } = settleDeliveries(result.state, result.effects);
            stored = JSON.parse(JSON.stringify(state));
            // Stopped after the save: nothing reaches the screen, the debt stays stored.
            if (stops) continue;
            for (const effect of effects) {
              if (effect.type === 'notifyPosture') {
                // A suggestion on screen is never put there again.
                expect(screen).toBeNull();
                screen = effect.notification;
              } else if (effect.type === 'clearPostureNotification') {
                screen = null;
              }
            }
            stored = JSON.parse(JSON.stringify(delivered(state)));
            expect(screen !== null).toBe(shouldShow(state));
            if (screen) expect(screen.to).toBe(state.desk?.prompt?.to);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
