import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOwed } from '@/lib/session/delivery';
import { parseEngineState } from '@/lib/session/persist';
import type { EngineState } from '@/lib/session/state';
import { MIN, Sim, T0 } from './harness';

/** The sit-stand desk's part of the stored engine state, read back (lib/session/persist.ts). */

const roundTrip = (state: EngineState, now: number) =>
  parseEngineState(JSON.parse(JSON.stringify(state)), now);

describe('the stored desk', () => {
  it('reads back what was stored: posture, counts, suggestion and snooze', () => {
    const sim = new Sim({ sitStand: true });
    sim.advance(10 * MIN);
    sim.send({ type: 'setPosture', posture: 'standing' });
    sim.advance(30 * MIN);
    expect(sim.state.desk?.prompt).not.toBeNull();
    expect(roundTrip(sim.state, sim.now)).toEqual(sim.state);
    sim.send({ type: 'snoozePosture' });
    expect(roundTrip(sim.state, sim.now)).toEqual(sim.state);
  });

  it('reads a state stored before the mode as sitting, nothing stood, nothing due', () => {
    const old = {
      version: 1,
      phase: {
        kind: 'sitting',
        session: { startedAt: T0, satMs: 5 * MIN, activeSince: T0 + 5 * MIN, awaySince: null },
      },
      lastSeen: T0 + 6 * MIN,
      presence: 'active',
      fullscreen: false,
      breaksSinceLong: 0,
      shownTips: [],
    };
    const state = parseEngineState(old, T0 + 6 * MIN);
    expect(state).toEqual(old);
    expect(state?.desk).toBeUndefined();
  });

  it('repairs what is out of range and keeps the rest', () => {
    const now = T0 + 60 * MIN;
    const session = {
      startedAt: T0,
      satMs: 20 * MIN,
      activeSince: T0 + 40 * MIN,
      awaySince: null,
      standing: true,
      // More than the 20 minutes left beside the sitting: brought back to them.
      stoodMs: 50 * MIN,
      stretchMs: 90 * MIN,
    };
    const stored = {
      version: 1,
      phase: { kind: 'sitting', session },
      lastSeen: now,
      presence: 'active',
      fullscreen: false,
      breaksSinceLong: 0,
      shownTips: [],
      desk: { posture: 'standing', prompt: { to: 'standing', dueAt: T0 }, snoozedUntil: 1e300 },
    };
    const state = parseEngineState(stored, now);
    expect(state?.phase).toEqual({
      kind: 'sitting',
      session: { ...session, stoodMs: 20 * MIN, stretchMs: 20 * MIN },
    });
    // A suggestion to the posture the user is already in is none; a snooze past its longest is cut.
    expect(state?.desk).toEqual({
      posture: 'standing',
      prompt: null,
      snoozedUntil: now + 60 * MIN,
    });
  });

  it('takes the session’s posture from the desk, and drops a desk it cannot read', () => {
    const now = T0 + 10 * MIN;
    const stored = (desk: unknown) => ({
      version: 1,
      phase: {
        kind: 'sitting',
        session: { startedAt: T0, satMs: 0, activeSince: T0, awaySince: null, standing: true },
      },
      lastSeen: now,
      presence: 'active',
      fullscreen: false,
      breaksSinceLong: 0,
      shownTips: [],
      desk,
    });
    const sitting = parseEngineState(stored({ posture: 'sitting', prompt: null }), now);
    expect(sitting?.phase).toMatchObject({ session: { satMs: 0 } });
    const session = (sitting?.phase as { session?: object } | undefined)?.session ?? {};
    expect('standing' in session).toBe(false);
    expect(sitting?.desk).toEqual({ posture: 'sitting', prompt: null, snoozedUntil: null });
    expect(parseEngineState(stored({ posture: 'lying' }), now)?.desk).toBeUndefined();
    expect(parseEngineState(stored('up'), now)?.desk).toBeUndefined();
  });

  it('reads any stored desk as no desk or a well-formed one', () => {
    const now = T0 + 10 * MIN;
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (desk, owedPosture) => {
        const stored = {
          version: 1,
          phase: {
            kind: 'sitting',
            session: { startedAt: T0, satMs: 0, activeSince: T0, awaySince: null },
          },
          lastSeen: now,
          desk,
          owed: { posture: owedPosture },
        };
        const state = parseEngineState(stored, now);
        const read = state?.desk;
        if (read) {
          expect(['sitting', 'standing']).toContain(read.posture);
          if (read.prompt) expect(read.prompt.to).not.toBe(read.posture);
          if (read.snoozedUntil !== null) expect(Number.isFinite(read.snoozedUntil)).toBe(true);
          expect(parseEngineState({ ...stored, desk: read }, now)?.desk).toEqual(read);
        }
        const owed = readOwed(stored)?.posture;
        if (owed) {
          expect(['sitting', 'standing']).toContain(owed.to);
          expect(Number.isInteger(owed.minutes)).toBe(true);
        }
      }),
    );
  });
});
