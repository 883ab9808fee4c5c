import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLARE_MIN_SIT_MINUTES, flareSchedule, scheduleSettings } from '@/lib/flare/schedule';
import { endFlare, FLARE_OFF, flareActive, parseFlare, startFlare } from '@/lib/flare/state';
import {
  DEFAULT_SETTINGS,
  NUMBER_BOUNDS,
  parseSettings,
  type Settings,
} from '@/lib/settings/schema';
import { MIN, notifications, Sim, T0 } from '../session/harness';

const DAY = 24 * 60 * MIN;

describe('flare state', () => {
  it('lasts the chosen calendar days, then ends by itself', () => {
    const flare = startFlare(T0, 7);
    expect(flare).toEqual({ on: true, since: T0, until: new Date(2026, 2, 9, 9).getTime() });
    expect(flareActive(flare, T0)).toBe(true);
    expect(flareActive(flare, flare.until - 1)).toBe(true);
    expect(flareActive(flare, flare.until)).toBe(false);
    expect(parseFlare(flare, flare.until)).toEqual({ ...flare, on: false });
  });

  it('keeps its length across a daylight-saving change (London, 29 March 2026)', () => {
    const start = new Date(2026, 2, 27, 10).getTime();
    expect(startFlare(start, 3).until).toBe(new Date(2026, 2, 30, 10).getTime());
    expect(startFlare(start, 3).until - start).toBe(3 * DAY - 60 * MIN);
  });

  it('ends by hand', () => {
    const flare = startFlare(T0, 7);
    const ended = endFlare(flare, T0 + DAY);
    expect(ended).toEqual({ on: false, since: T0, until: T0 + DAY });
    expect(flareActive(ended, T0 + DAY)).toBe(false);
    expect(endFlare(FLARE_OFF, T0)).toBe(FLARE_OFF);
  });

  it('reads anything stored as a valid state, or off', () => {
    for (const bad of [
      null,
      'on',
      [],
      { on: 'yes', since: 1, until: 2 },
      { on: true, since: 5, until: 1 },
      { on: true, since: 0, until: 30 * DAY },
      { on: true, since: -1, until: 2 },
    ]) {
      expect(parseFlare(bad, T0)).toEqual(FLARE_OFF);
    }
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 2 ** 42 }), (value, now) => {
        const flare = parseFlare(value, now);
        expect(flare.until).toBeGreaterThanOrEqual(flare.since);
        if (flare.on) expect(now).toBeLessThan(flare.until);
      }),
    );
  });
});

describe('the flare schedule', () => {
  it('halves the sitting time (at least 15 minutes) and the breaks (at least 1 minute)', () => {
    expect(FLARE_MIN_SIT_MINUTES).toBe(15);
    expect(flareSchedule(DEFAULT_SETTINGS)).toEqual({
      ...DEFAULT_SETTINGS,
      sitMinutes: 15,
      breakMinutes: 1,
      longBreakMinutes: 3,
    });
    const hourly = { ...DEFAULT_SETTINGS, sitMinutes: 60, breakMinutes: 5, longBreakMinutes: 10 };
    expect(flareSchedule(hourly)).toMatchObject({
      sitMinutes: 30,
      breakMinutes: 3,
      longBreakMinutes: 5,
    });
    // Never sits longer than the user's own schedule.
    expect(flareSchedule({ ...DEFAULT_SETTINGS, sitMinutes: 10 }).sitMinutes).toBe(10);
  });

  it('for any valid settings: valid, never longer sitting, never longer breaks', () => {
    const settings = fc.record(
      Object.fromEntries(
        Object.entries(NUMBER_BOUNDS).map(([k, { min, max }]) => [k, fc.integer({ min, max })]),
      ),
    );
    fc.assert(
      fc.property(settings, (numbers) => {
        const own = parseSettings({ ...DEFAULT_SETTINGS, ...numbers }).settings;
        const fixed: Settings = {
          ...own,
          longBreakMinutes: Math.max(own.longBreakMinutes, own.breakMinutes),
        };
        const flare = flareSchedule(fixed);
        expect(parseSettings(flare).problems).toEqual([]);
        expect(flare.sitMinutes).toBeLessThanOrEqual(fixed.sitMinutes);
        expect(flare.sitMinutes).toBeGreaterThanOrEqual(Math.min(15, fixed.sitMinutes));
        expect(flare.breakMinutes).toBeLessThanOrEqual(fixed.breakMinutes);
        expect(flare.longBreakMinutes).toBeGreaterThanOrEqual(flare.breakMinutes);
      }),
    );
  });

  it('is what the engine runs on only while a flare is in force', () => {
    const flare = startFlare(T0, 2);
    expect(scheduleSettings(DEFAULT_SETTINGS, flare, T0).sitMinutes).toBe(15);
    expect(scheduleSettings(DEFAULT_SETTINGS, flare, flare.until)).toBe(DEFAULT_SETTINGS);
    expect(scheduleSettings(DEFAULT_SETTINGS, null, T0)).toBe(DEFAULT_SETTINGS);
    expect(scheduleSettings(DEFAULT_SETTINGS, endFlare(flare, T0 + MIN), T0 + MIN)).toBe(
      DEFAULT_SETTINGS,
    );
  });

  it('brings the engine’s break after 15 minutes, a 1-minute one, through its settings alone', () => {
    const sim = new Sim(scheduleSettings(DEFAULT_SETTINGS, startFlare(T0, 7), T0));
    expect(notifications(sim.advance(15 * MIN - 1))).toEqual([]);
    const fired = notifications(sim.advance(1));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({ kind: 'due', breakMinutes: 1 });
    expect(sim.state.phase).toMatchObject({ kind: 'due', dueAt: T0 + 15 * MIN });
    // Without a flare, the same engine waits the user's 30 minutes.
    const plain = new Sim(scheduleSettings(DEFAULT_SETTINGS, FLARE_OFF, T0));
    expect(notifications(plain.advance(29 * MIN))).toEqual([]);
  });
});
