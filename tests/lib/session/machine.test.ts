import { describe, expect, it } from 'vitest';
import { PAUSE_CHOICES, pauseUntil } from '@/lib/session/schedule';
import { describeStatus } from '@/lib/session/status';
import { MIN, notifications, records, Sim, T0, TIPS } from './harness';

describe('sitting and the due reminder', () => {
  it('starts sitting at once, with the first break due after the sitting interval', () => {
    const sim = new Sim();
    expect(sim.state.phase.kind).toBe('sitting');
    const status = describeStatus(sim.state, sim.now, sim.settings);
    expect(status).toMatchObject({ kind: 'sitting', present: true, dueAt: T0 + 30 * MIN });
  });

  it('fires exactly one reminder when the sitting interval is reached, not a moment before', () => {
    const sim = new Sim();
    expect(notifications(sim.advance(30 * MIN - 1))).toEqual([]);
    const fired = notifications(sim.advance(1));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ kind: 'due', long: false, breakMinutes: 2, canSnooze: true });
    expect(TIPS).toContain(fired[0]?.tipId);
    expect(sim.state.phase).toMatchObject({ kind: 'due', dueAt: T0 + 30 * MIN });
    expect(records(sim.effects)).toContainEqual({ type: 'due', at: T0 + 30 * MIN, long: false });
  });

  it('keeps the alarm within a heartbeat while sitting, on the badge minute changes', () => {
    const sim = new Sim();
    expect(sim.alarm()).toBe(T0 + MIN);
    sim.now = T0 + 20_000;
    sim.send({ type: 'tick' });
    // 29 min 40 s left: the badge shows 30m until 29 min are left.
    expect(sim.alarm()).toBe(T0 + MIN);
  });

  it('reminds once more after five ignored minutes, silently, and then never again', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    const again = notifications(sim.advance(5 * MIN));
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ kind: 'reminder', silent: true });
    expect(notifications(sim.advance(120 * MIN))).toEqual([]);
  });

  it('does not re-remind when that is turned off', () => {
    const sim = new Sim({ reRemind: false });
    sim.advance(30 * MIN);
    expect(notifications(sim.advance(60 * MIN))).toEqual([]);
  });

  it('makes every second break a long one, with its own length', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    sim.send({ type: 'startBreak' });
    expect(sim.state.phase).toMatchObject({ kind: 'onBreak', long: false });
    sim.advance(2 * MIN);
    expect(sim.state.phase.kind).toBe('sitting');
    const second = notifications(sim.advance(30 * MIN));
    expect(second[0]).toMatchObject({ long: true, breakMinutes: 5 });
  });

  it('never makes a break long when long breaks are off', () => {
    const sim = new Sim({ longBreakEvery: 0 });
    for (let i = 0; i < 3; i++) {
      expect(notifications(sim.advance(30 * MIN))[0]).toMatchObject({ long: false });
      sim.send({ type: 'startBreak' });
      sim.advance(2 * MIN);
    }
  });

  it('rotates tips without a repeat until every tip was shown', () => {
    const sim = new Sim({ sitMinutes: 5, longBreakEvery: 0, reRemind: false });
    const seen: (string | null)[] = [];
    for (let i = 0; i < TIPS.length * 2; i++) {
      seen.push(notifications(sim.advance(5 * MIN))[0]?.tipId ?? null);
      sim.send({ type: 'skipBreak' });
    }
    expect(new Set(seen.slice(0, TIPS.length)).size).toBe(TIPS.length);
    expect(new Set(seen.slice(TIPS.length)).size).toBe(TIPS.length);
  });
});

describe('time away', () => {
  it('dates an absence from the last input, not from when the idle detector spoke', () => {
    const sim = new Sim();
    sim.advance(10 * MIN);
    // The detector speaks two minutes after the last input: the user left at minute 8.
    sim.send({ type: 'presence', presence: 'idle', watching: false });
    expect(describeStatus(sim.state, sim.now, sim.settings)).toMatchObject({
      present: false,
      satMs: 8 * MIN,
    });
    sim.advance(1 * MIN);
    sim.send({ type: 'presence', presence: 'active', watching: false });
    // Away from minute 8 to minute 11: longer than a 2-minute break.
    expect(records(sim.effects)).toContainEqual(
      expect.objectContaining({ type: 'natural', durationMs: 3 * MIN }),
    );
  });

  it('resumes the count after an absence shorter than a break, without a natural break', () => {
    const sim = new Sim({ idleSeconds: 30 });
    sim.advance(10 * MIN);
    sim.send({ type: 'presence', presence: 'idle', watching: false });
    sim.advance(MIN);
    sim.send({ type: 'presence', presence: 'active', watching: false });
    expect(records(sim.effects).filter((r) => r.type === 'natural')).toEqual([]);
    const status = describeStatus(sim.state, sim.now, sim.settings);
    // Sat 9.5 min before leaving, 1.5 min away: due after 20.5 more minutes.
    expect(status).toMatchObject({
      kind: 'sitting',
      satMs: 9.5 * MIN,
      dueAt: sim.now + 20.5 * MIN,
    });
  });

  it('counts an absence as long as a break as a natural break and starts a new session', () => {
    const sim = new Sim();
    sim.advance(20 * MIN);
    sim.send({ type: 'presence', presence: 'locked', watching: false });
    sim.advance(3 * MIN);
    sim.send({ type: 'presence', presence: 'active', watching: false });
    expect(records(sim.effects)).toContainEqual({
      type: 'natural',
      at: T0 + 23 * MIN,
      long: false,
      durationMs: 3 * MIN,
      cause: 'idle',
    });
    expect(records(sim.effects)).toContainEqual({
      type: 'sat',
      at: T0 + 20 * MIN,
      startedAt: T0,
      satMs: 20 * MIN,
    });
    expect(describeStatus(sim.state, sim.now, sim.settings)).toMatchObject({
      dueAt: sim.now + 30 * MIN,
      nextIsLong: true,
    });
  });

  it('counts an absence as long as a long break as a long natural break', () => {
    const sim = new Sim();
    sim.advance(20 * MIN);
    sim.send({ type: 'presence', presence: 'locked', watching: false });
    sim.advance(6 * MIN);
    sim.send({ type: 'presence', presence: 'active', watching: false });
    expect(records(sim.effects).find((r) => r.type === 'natural')).toMatchObject({ long: true });
    expect(sim.state.breaksSinceLong).toBe(0);
  });

  it('keeps counting while a tab plays sound: watching is sitting', () => {
    const sim = new Sim();
    sim.advance(10 * MIN);
    sim.send({ type: 'presence', presence: 'idle', watching: true });
    expect(notifications(sim.advance(20 * MIN))).toHaveLength(1);
  });

  it('holds no reminder for someone away and shows it when they come back briefly', () => {
    const sim = new Sim({ idleSeconds: 15 });
    sim.advance(29 * MIN + 30_000);
    sim.send({ type: 'presence', presence: 'idle', watching: false });
    expect(notifications(sim.advance(MIN))).toEqual([]);
    sim.send({ type: 'presence', presence: 'active', watching: false });
    // Left at 29:15 (the detector speaks 15 s late), back at 30:30: 45 s of sitting left.
    expect(notifications(sim.advance(45_000 - 1))).toEqual([]);
    expect(notifications(sim.advance(1))).toHaveLength(1);
  });

  it('clears a due reminder when the user walks away for a break', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    sim.send({ type: 'presence', presence: 'locked', watching: false });
    sim.advance(2 * MIN);
    const effects = sim.send({ type: 'presence', presence: 'active', watching: false });
    expect(effects).toContainEqual({ type: 'clearNotification' });
    expect(sim.state.phase.kind).toBe('sitting');
  });
});

describe('sleep, closed browser and clock jumps', () => {
  it('starts a fresh session after a sleep as long as a break, with no burst of reminders', () => {
    const sim = new Sim();
    sim.advance(25 * MIN);
    sim.sleep(60 * MIN);
    const effects = sim.send({ type: 'tick' });
    expect(notifications(effects)).toEqual([]);
    expect(records(effects)).toContainEqual(
      expect.objectContaining({ type: 'natural', cause: 'gap', durationMs: 60 * MIN }),
    );
    expect(describeStatus(sim.state, sim.now, sim.settings)).toMatchObject({
      dueAt: sim.now + 30 * MIN,
    });
    expect(notifications(sim.advance(30 * MIN))).toHaveLength(1);
  });

  it('treats a silence shorter than a break plus a heartbeat as ordinary sitting', () => {
    const sim = new Sim();
    sim.advance(10 * MIN);
    sim.sleep(2 * MIN + 59_000);
    sim.send({ type: 'tick' });
    expect(records(sim.effects).filter((r) => r.type === 'natural')).toEqual([]);
  });

  it('starts over when the clock is set back, never scheduling in the past', () => {
    const sim = new Sim();
    sim.advance(20 * MIN);
    sim.now = T0 - 60 * MIN;
    sim.send({ type: 'tick' });
    const alarm = sim.alarm();
    expect(alarm).not.toBeNull();
    expect(alarm as number).toBeGreaterThan(sim.now);
    expect(describeStatus(sim.state, sim.now, sim.settings)).toMatchObject({
      satMs: 0,
      dueAt: sim.now + 30 * MIN,
    });
  });

  it('does not notify after waking into a long-past snooze', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    sim.send({ type: 'snooze' });
    sim.sleep(8 * 60 * MIN);
    expect(notifications(sim.send({ type: 'tick' }))).toEqual([]);
    expect(sim.state.phase.kind).toBe('sitting');
  });
});

describe('snooze', () => {
  it('reminds again after the snooze length', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    sim.send({ type: 'snooze' });
    expect(sim.state.phase).toMatchObject({ kind: 'snoozed', until: sim.now + 5 * MIN });
    expect(notifications(sim.advance(5 * MIN - 1))).toEqual([]);
    expect(notifications(sim.advance(1))[0]).toMatchObject({ kind: 'due', canSnooze: true });
  });

  it('offers only the break after the cap on snoozes in a row, and ignores further snoozes', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    sim.send({ type: 'snooze' });
    sim.advance(5 * MIN);
    sim.send({ type: 'snooze' });
    const third = notifications(sim.advance(5 * MIN));
    expect(third[0]).toMatchObject({ canSnooze: false });
    sim.send({ type: 'snooze' });
    expect(sim.state.phase.kind).toBe('due');
    expect(records(sim.effects).filter((r) => r.type === 'snoozed')).toHaveLength(2);
  });

  it('resets the snooze count after a break', () => {
    const sim = new Sim({ maxSnoozes: 1, longBreakEvery: 0 });
    sim.advance(30 * MIN);
    sim.send({ type: 'snooze' });
    sim.advance(5 * MIN);
    sim.send({ type: 'startBreak' });
    sim.advance(2 * MIN);
    expect(notifications(sim.advance(30 * MIN))[0]).toMatchObject({ canSnooze: true });
  });
});

describe('breaks taken and skipped', () => {
  it('opens the break page, ends the break on time and starts a new session', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    const started = sim.send({ type: 'startBreak' });
    expect(started).toContainEqual({ type: 'openBreakPage' });
    expect(started).toContainEqual({ type: 'clearNotification' });
    expect(sim.state.phase).toMatchObject({ kind: 'onBreak', endsAt: sim.now + 2 * MIN });
    sim.advance(2 * MIN);
    expect(records(sim.effects)).toContainEqual({
      type: 'completed',
      at: T0 + 32 * MIN,
      long: false,
      durationMs: 2 * MIN,
    });
    expect(sim.state.phase.kind).toBe('sitting');
  });

  it('records a break finished early with the time actually spent', () => {
    const sim = new Sim();
    sim.send({ type: 'startBreak' });
    sim.advance(45_000);
    sim.send({ type: 'endBreak' });
    expect(records(sim.effects)).toContainEqual(
      expect.objectContaining({ type: 'completed', durationMs: 45_000 }),
    );
  });

  it('ends a break whose page closed unheard where the page was last seen, not when heard of', () => {
    const sim = new Sim();
    sim.send({ type: 'startBreak' });
    const startedAt = sim.now;
    sim.advance(90_000);
    const effects = sim.send({ type: 'endBreak', at: startedAt + 40_000 });
    expect(records(effects)).toEqual([
      { type: 'completed', at: startedAt + 40_000, long: false, durationMs: 40_000 },
    ]);
    expect(sim.state.phase).toMatchObject({ kind: 'sitting', session: { startedAt: sim.now } });
  });

  it('ignores an end dated before the break began: that page showed an earlier break', () => {
    const sim = new Sim();
    sim.send({ type: 'startBreak' });
    const startedAt = sim.now;
    sim.advance(20_000);
    const effects = sim.send({ type: 'endBreak', at: startedAt - 5_000 });
    expect(records(effects).filter((r) => r.type === 'completed')).toEqual([]);
    expect(sim.state.phase).toMatchObject({ kind: 'onBreak', startedAt });
    // Its own end, when it comes, counts as usual.
    const own = sim.send({ type: 'endBreak', at: startedAt + 15_000 });
    expect(records(own)).toContainEqual(
      expect.objectContaining({ type: 'completed', durationMs: 15_000 }),
    );
  });

  it('keeps a reported end within the break: never after it ended or ahead', () => {
    for (const [at, counted] of [
      [0, 0],
      [10 * MIN, 2 * MIN],
      [Number.POSITIVE_INFINITY, 2 * MIN],
    ] as const) {
      const sim = new Sim();
      sim.send({ type: 'startBreak' });
      const startedAt = sim.now;
      // Heard of 30 s after the break's planned end: on the end's alarm, a little late.
      sim.sleep(2 * MIN + 30_000);
      const effects = sim.send({ type: 'endBreak', at: startedAt + at });
      const completed = records(effects).filter((r) => r.type === 'completed');
      expect(completed, `at ${at}`).toHaveLength(1);
      expect(completed[0], `at ${at}`).toMatchObject({ durationMs: counted });
    }
    const early = new Sim();
    early.send({ type: 'startBreak' });
    early.advance(20_000);
    // A moment ahead of the engine's own clock counts only up to now.
    const effects = early.send({ type: 'endBreak', at: early.now + 60_000 });
    expect(records(effects)).toContainEqual(
      expect.objectContaining({ type: 'completed', durationMs: 20_000 }),
    );
  });

  it('focuses the open break page rather than starting a second break', () => {
    const sim = new Sim();
    sim.send({ type: 'startBreak' });
    const again = sim.send({ type: 'startBreak' });
    expect(again).toContainEqual({ type: 'openBreakPage' });
    expect(records(again)).toEqual([]);
  });

  it('records a skip and restarts the sitting interval', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    sim.send({ type: 'skipBreak' });
    expect(records(sim.effects)).toContainEqual({
      type: 'skipped',
      at: T0 + 30 * MIN,
      long: false,
    });
    expect(describeStatus(sim.state, sim.now, sim.settings)).toMatchObject({
      dueAt: T0 + 60 * MIN,
    });
  });

  it('ignores a skip or snooze when no break is due', () => {
    const sim = new Sim();
    sim.advance(5 * MIN);
    expect(records(sim.send({ type: 'skipBreak' }))).toEqual([]);
    expect(records(sim.send({ type: 'snooze' }))).toEqual([]);
    expect(sim.state.phase.kind).toBe('sitting');
  });
});

describe('do not disturb during fullscreen', () => {
  it('holds the reminder while fullscreen and delivers it when fullscreen ends', () => {
    const sim = new Sim();
    sim.advance(20 * MIN);
    sim.send({ type: 'fullscreen', fullscreen: true });
    expect(notifications(sim.advance(20 * MIN))).toEqual([]);
    expect(sim.state.phase).toMatchObject({ kind: 'due', notifiedAt: null });
    const delivered = notifications(sim.send({ type: 'fullscreen', fullscreen: false }));
    expect(delivered).toHaveLength(1);
  });

  it('also holds the re-reminder while fullscreen', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    sim.send({ type: 'fullscreen', fullscreen: true });
    expect(notifications(sim.advance(30 * MIN))).toEqual([]);
  });

  it('reminds during fullscreen when holding is turned off', () => {
    const sim = new Sim({ holdDuringFullscreen: false });
    sim.send({ type: 'fullscreen', fullscreen: true });
    expect(notifications(sim.advance(30 * MIN))).toHaveLength(1);
  });
});

describe('pause', () => {
  it('stops reminders while paused and ends the pause on time with a fresh session', () => {
    const sim = new Sim();
    sim.advance(25 * MIN);
    sim.send({ type: 'pause', choice: '30m' });
    expect(sim.state.phase).toMatchObject({ kind: 'paused', until: T0 + 55 * MIN });
    expect(sim.alarm()).toBe(T0 + 55 * MIN);
    expect(notifications(sim.advance(30 * MIN - 1))).toEqual([]);
    expect(sim.state.phase.kind).toBe('paused');
    sim.advance(1);
    expect(describeStatus(sim.state, sim.now, sim.settings)).toMatchObject({
      kind: 'sitting',
      dueAt: T0 + 85 * MIN,
    });
  });

  it('stays paused until resumed when paused with no end', () => {
    const sim = new Sim();
    sim.send({ type: 'pause', choice: 'manual' });
    expect(sim.state.phase).toMatchObject({ kind: 'paused', until: null });
    expect(sim.alarm()).toBeNull();
    sim.advance(600 * MIN);
    expect(sim.state.phase.kind).toBe('paused');
    sim.send({ type: 'resume' });
    expect(describeStatus(sim.state, sim.now, sim.settings)).toMatchObject({
      kind: 'sitting',
      dueAt: sim.now + 30 * MIN,
    });
  });

  it('clears a showing reminder when paused', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    expect(sim.state.phase.kind).toBe('due');
    expect(sim.send({ type: 'pause', choice: '1h' })).toContainEqual({
      type: 'clearNotification',
    });
  });

  it('dates every pause choice from its own clock, never from the sender’s', () => {
    for (const choice of PAUSE_CHOICES) {
      const sim = new Sim();
      sim.advance(7 * MIN + 123);
      sim.send({ type: 'pause', choice });
      expect(sim.state.phase, choice).toEqual({
        kind: 'paused',
        since: sim.now,
        until: pauseUntil(choice, sim.now),
      });
      // It always ends after it starts, or not by itself at all.
      const { phase } = sim.state;
      if (phase.kind === 'paused' && phase.until !== null) {
        expect(phase.until, choice).toBeGreaterThan(sim.now);
      }
    }
    expect(new Sim().send({ type: 'pause', choice: 'tomorrow' })).toContainEqual({
      type: 'setAlarm',
      at: new Date(2026, 2, 3).getTime(),
    });
  });
});

describe('working hours', () => {
  const hours = { enabled: true, days: [1, 2, 3, 4, 5] as (0 | 1 | 2 | 3 | 4 | 5 | 6)[] };

  it('stops counting at the end of the working day and starts afresh the next morning', () => {
    const start = new Date(2026, 2, 2, 17, 10).getTime();
    const sim = new Sim({ workingHours: { ...hours, start: 9 * 60, end: 17 * 60 + 30 } }, start);
    expect(notifications(sim.advance(20 * MIN))).toEqual([]);
    expect(sim.state.phase).toMatchObject({
      kind: 'offHours',
      until: new Date(2026, 2, 3, 9, 0).getTime(),
    });
    sim.advanceTo(new Date(2026, 2, 3, 9, 0).getTime());
    expect(describeStatus(sim.state, sim.now, sim.settings)).toMatchObject({
      kind: 'sitting',
      dueAt: new Date(2026, 2, 3, 9, 30).getTime(),
    });
  });

  it('skips the weekend: Friday evening waits for Monday morning', () => {
    const friday = new Date(2026, 2, 6, 18, 0).getTime();
    const sim = new Sim({ workingHours: { ...hours, start: 9 * 60, end: 17 * 60 } }, friday);
    expect(sim.state.phase).toMatchObject({
      kind: 'offHours',
      until: new Date(2026, 2, 9, 9, 0).getTime(),
    });
    expect(notifications(sim.advance(2 * 24 * 60 * MIN))).toEqual([]);
  });

  it('handles a working day that ends at midnight', () => {
    const late = new Date(2026, 2, 2, 23, 50).getTime();
    const sim = new Sim({ workingHours: { ...hours, start: 18 * 60, end: 24 * 60 } }, late);
    expect(sim.state.phase.kind).toBe('sitting');
    sim.advance(10 * MIN);
    expect(sim.state.phase).toMatchObject({
      kind: 'offHours',
      until: new Date(2026, 2, 3, 18, 0).getTime(),
    });
  });

  it('starts on time on the day the clocks go forward', () => {
    // 2026-03-29 is the spring-forward Sunday in Europe/London.
    const saturday = new Date(2026, 2, 28, 20, 0).getTime();
    const sim = new Sim(
      { workingHours: { enabled: true, days: [0], start: 9 * 60, end: 17 * 60 } },
      saturday,
    );
    expect(sim.state.phase).toMatchObject({
      kind: 'offHours',
      until: new Date(2026, 2, 29, 9, 0).getTime(),
    });
    expect(new Date(2026, 2, 29, 9, 0).getTime() - saturday).toBe(12 * 60 * MIN);
  });

  it('reacts at once when working hours are turned on outside them', () => {
    const evening = new Date(2026, 2, 2, 20, 0).getTime();
    const sim = new Sim({}, evening);
    sim.advance(10 * MIN);
    sim.setSettings({ workingHours: { ...hours, start: 9 * 60, end: 17 * 60 } });
    expect(sim.state.phase.kind).toBe('offHours');
    sim.setSettings({ workingHours: { ...hours, enabled: false, start: 9 * 60, end: 17 * 60 } });
    expect(sim.state.phase.kind).toBe('sitting');
  });
});

describe('settings changed mid-session', () => {
  it('applies a shorter interval at once, counting the sitting already done', () => {
    const sim = new Sim();
    sim.advance(25 * MIN);
    expect(notifications(sim.setSettings({ sitMinutes: 20 }))).toHaveLength(1);
  });

  it('applies a longer interval at once', () => {
    const sim = new Sim();
    sim.advance(25 * MIN);
    sim.setSettings({ sitMinutes: 45 });
    expect(notifications(sim.advance(19 * MIN))).toEqual([]);
    expect(notifications(sim.advance(1 * MIN))).toHaveLength(1);
  });

  it('tells the badge where things stand, in data: the shell puts it into words', () => {
    // Whether the badge shows text is the shell's to apply (entrypoints/background/badge.ts).
    const sim = new Sim();
    sim.advance(25 * MIN);
    expect(sim.setSettings({ showBadge: false })).toContainEqual({
      type: 'setBadge',
      badge: { kind: 'sitting', minutes: 5 },
    });
    expect(sim.send({ type: 'pause', choice: 'manual' })).toContainEqual({
      type: 'setBadge',
      badge: { kind: 'paused', until: null },
    });
  });
});
