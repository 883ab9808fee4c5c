import { describe, expect, it } from 'vitest';
import { describeDesk, moveIntervalMs } from '@/lib/session/desk';
import type { Effect, PostureNotification } from '@/lib/session/state';
import { badgeFor, describeStatus } from '@/lib/session/status';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { MIN, notifications, records, Sim, T0 } from './harness';

/** Sit-stand desk mode on a simulated clock (lib/session/desk.ts, desk-steps.ts). */

const DESK = { sitStand: true } as const;

function postureNotes(effects: Effect[]): PostureNotification[] {
  return effects.flatMap((e) => (e.type === 'notifyPosture' ? [e.notification] : []));
}

const clears = (effects: Effect[]) =>
  effects.filter((e) => e.type === 'clearPostureNotification').length;

describe('the movement interval with a sit-stand desk', () => {
  it.each([
    // sitting, standing, desk: minutes of presence between movement breaks
    [30, 30, false, 30],
    [30, 30, true, 60],
    [20, 10, true, 30],
    [45, 30, true, 60],
    [30, 120, true, 60],
    [90, 30, true, 90],
    [240, 120, true, 240],
  ])('sitting %i, standing %i, desk %s: every %i min', (sit, stand, sitStand, every) => {
    const settings = { ...DEFAULT_SETTINGS, sitMinutes: sit, standMinutes: stand, sitStand };
    expect(moveIntervalMs(settings)).toBe(every * MIN);
  });
});

describe('sit-stand desk mode', () => {
  it('suggests standing after the sitting time, once, with no break yet', () => {
    const sim = new Sim(DESK);
    expect(postureNotes(sim.advance(30 * MIN - 1))).toEqual([]);
    const at30 = sim.advance(1);
    expect(postureNotes(at30)).toEqual([
      { to: 'standing', minutes: 30, canSnooze: true, stay: true, silent: false },
    ]);
    expect(notifications(at30)).toEqual([]);
    expect(sim.state.phase.kind).toBe('sitting');
    expect(sim.state.desk?.prompt).toEqual({
      to: 'standing',
      dueAt: T0 + 30 * MIN,
      notifiedAt: T0 + 30 * MIN,
    });
    // Not again while it waits for an answer.
    expect(postureNotes(sim.advance(10 * MIN))).toEqual([]);
  });

  it('stops the count of sitting while standing, and suggests sitting after the standing time', () => {
    const sim = new Sim(DESK);
    sim.advance(10 * MIN);
    sim.send({ type: 'setPosture', posture: 'standing' });
    expect(sim.state.desk).toEqual({ posture: 'standing', prompt: null, snoozedUntil: null });
    sim.advance(29 * MIN);
    expect(describeStatus(sim.state, sim.now, sim.settings)).toMatchObject({ satMs: 10 * MIN });
    expect(describeDesk(sim.state, sim.now, sim.settings)).toEqual({
      posture: 'standing',
      postureMs: 29 * MIN,
      stoodMs: 29 * MIN,
      suggested: null,
    });
    const at40 = sim.advance(MIN);
    expect(postureNotes(at40)).toEqual([
      { to: 'sitting', minutes: 30, canSnooze: true, stay: true, silent: false },
    ]);
    expect(notifications(at40)).toEqual([]);
    expect(describeDesk(sim.state, sim.now, sim.settings)?.suggested).toBe('sitting');
    expect(clears(sim.send({ type: 'setPosture', posture: 'sitting' }))).toBe(1);
    // 40 minutes of presence: the movement break falls due at an hour, sitting or standing.
    expect(notifications(sim.advance(20 * MIN))).toHaveLength(1);
    expect(sim.state.phase).toMatchObject({ kind: 'due', dueAt: T0 + 60 * MIN });
    expect(describeStatus(sim.state, sim.now, sim.settings)).toMatchObject({ satMs: 30 * MIN });
  });

  it('keeps movement breaks on their own schedule: standing still is no break', () => {
    const sim = new Sim(DESK);
    sim.send({ type: 'setPosture', posture: 'standing' });
    const hour = sim.advance(60 * MIN);
    // Stood 30 min: the suggestion to sit; at 60 min the break, which takes the suggestion's place.
    expect(postureNotes(hour)).toEqual([expect.objectContaining({ to: 'sitting', minutes: 30 })]);
    expect(notifications(hour)).toEqual([expect.objectContaining({ kind: 'due' })]);
    expect(clears(hour)).toBe(1);
    expect(sim.state.desk?.prompt).toBeNull();
    sim.send({ type: 'skipBreak' });
    expect(records(sim.effects)).toContainEqual({
      type: 'sat',
      at: T0 + 60 * MIN,
      startedAt: T0,
      satMs: 0,
      stoodMs: 60 * MIN,
    });
    // The desk stays up after the break: still standing, with a fresh count.
    expect(sim.state.phase).toMatchObject({ kind: 'sitting', session: { standing: true } });
    expect(describeDesk(sim.state, sim.now, sim.settings)).toMatchObject({ postureMs: 0 });
  });

  it('takes time away as a break while standing, as while sitting', () => {
    const sim = new Sim(DESK);
    sim.advance(10 * MIN);
    sim.send({ type: 'setPosture', posture: 'standing' });
    sim.advance(5 * MIN);
    sim.send({ type: 'presence', presence: 'locked', watching: false });
    sim.advance(3 * MIN);
    const back = sim.send({ type: 'presence', presence: 'active', watching: false });
    expect(records(back)).toEqual([
      { type: 'sat', at: T0 + 15 * MIN, startedAt: T0, satMs: 10 * MIN, stoodMs: 5 * MIN },
      { type: 'natural', at: T0 + 18 * MIN, long: false, durationMs: 3 * MIN, cause: 'idle' },
    ]);
    expect(sim.state.desk?.posture).toBe('standing');
  });

  it('holds the count while away for less than a break, in the posture the user left in', () => {
    const sim = new Sim(DESK);
    sim.send({ type: 'setPosture', posture: 'standing' });
    sim.advance(10 * MIN);
    sim.send({ type: 'presence', presence: 'locked', watching: false });
    sim.advance(MIN);
    sim.send({ type: 'presence', presence: 'active', watching: false });
    sim.advance(5 * MIN);
    expect(describeDesk(sim.state, sim.now, sim.settings)).toMatchObject({
      postureMs: 15 * MIN,
      stoodMs: 15 * MIN,
    });
    expect(describeStatus(sim.state, sim.now, sim.settings)).toMatchObject({ satMs: 0 });
  });

  it('snoozes the suggestion for the snooze length, then shows it once more', () => {
    const sim = new Sim(DESK);
    sim.advance(30 * MIN);
    const snoozed = sim.send({ type: 'snoozePosture' });
    expect(clears(snoozed)).toBe(1);
    expect(sim.state.desk).toMatchObject({ prompt: null, snoozedUntil: T0 + 35 * MIN });
    expect(postureNotes(sim.advance(5 * MIN - 1))).toEqual([]);
    expect(postureNotes(sim.advance(1))).toEqual([expect.objectContaining({ minutes: 35 })]);
    expect(postureNotes(sim.advance(20 * MIN))).toEqual([]);
  });

  it('offers no snooze, and takes none, when snoozes are off', () => {
    const sim = new Sim({ ...DESK, maxSnoozes: 0 });
    expect(postureNotes(sim.advance(30 * MIN))[0]?.canSnooze).toBe(false);
    expect(
      sim.send({ type: 'snoozePosture' }).some((e) => e.type === 'clearPostureNotification'),
    ).toBe(false);
    expect(sim.state.desk?.prompt).not.toBeNull();
  });

  it('holds the suggestion during fullscreen and while away, and shows it after', () => {
    const sim = new Sim(DESK);
    sim.send({ type: 'fullscreen', fullscreen: true });
    expect(postureNotes(sim.advance(40 * MIN))).toEqual([]);
    expect(sim.state.desk?.prompt).toMatchObject({ notifiedAt: null });
    expect(postureNotes(sim.send({ type: 'fullscreen', fullscreen: false }))).toHaveLength(1);
  });

  it('ignores the posture without a sit-stand desk, and sits the user down when it is turned off', () => {
    const off = new Sim();
    off.send({ type: 'setPosture', posture: 'standing' });
    expect(off.state.desk).toBeUndefined();
    expect(describeDesk(off.state, off.now, off.settings)).toBeNull();

    const sim = new Sim(DESK);
    sim.send({ type: 'setPosture', posture: 'standing' });
    sim.advance(30 * MIN);
    expect(sim.state.desk?.prompt).not.toBeNull();
    const turnedOff = sim.setSettings({ sitStand: false });
    expect(clears(turnedOff)).toBe(1);
    expect(sim.state.desk).toBeUndefined();
    expect(sim.state.phase).toMatchObject({ kind: 'sitting', session: { stoodMs: 30 * MIN } });
    expect('standing' in (sim.state.phase as { session: object }).session).toBe(false);
    // Sitting counts again, and alone decides the break: 30 min of it.
    expect(notifications(sim.advance(30 * MIN - 1))).toEqual([]);
    expect(notifications(sim.advance(1))).toHaveLength(1);
  });

  it('says the mode on the badge: standing, and for how long', () => {
    const sim = new Sim(DESK);
    sim.send({ type: 'setPosture', posture: 'standing' });
    sim.advance(12 * MIN + 30_000);
    expect(badgeFor(sim.state, sim.now, sim.settings)).toEqual({
      kind: 'sitting',
      minutes: 48,
      standing: 12,
    });
    sim.send({ type: 'setPosture', posture: 'sitting' });
    expect(badgeFor(sim.state, sim.now, sim.settings)).toEqual({ kind: 'sitting', minutes: 48 });
  });

  it('wakes exactly when the suggestion falls due', () => {
    const sim = new Sim({ ...DESK, standMinutes: 10 });
    sim.advance(5 * MIN + 20_000);
    sim.send({ type: 'setPosture', posture: 'standing' });
    sim.advance(9 * MIN + 50_000);
    expect(sim.alarm()).toBe(T0 + 15 * MIN + 20_000);
  });

  it('keeps the posture through a pause, with a fresh count after it', () => {
    const sim = new Sim(DESK);
    sim.send({ type: 'setPosture', posture: 'standing' });
    sim.advance(29 * MIN);
    sim.send({ type: 'pause', choice: '30m' });
    sim.send({ type: 'setPosture', posture: 'sitting' });
    sim.advance(30 * MIN);
    expect(sim.state.phase).toMatchObject({
      kind: 'sitting',
      session: { startedAt: T0 + 59 * MIN },
    });
    expect(sim.state.desk?.posture).toBe('sitting');
    expect(postureNotes(sim.advance(29 * MIN))).toEqual([]);
  });
});
