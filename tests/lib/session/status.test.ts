import { describe, expect, it } from 'vitest';
import type { EngineState, Phase } from '@/lib/session/state';
import { badgeFor } from '@/lib/session/status';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { MIN, T0 } from './harness';

const at = (hours: number, minutes: number) => new Date(2026, 2, 2, hours, minutes).getTime();

function stateIn(phase: Phase): EngineState {
  return {
    version: 1,
    phase,
    lastSeen: T0,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
  };
}

const session = (present: boolean) => ({
  startedAt: T0,
  satMs: 0,
  activeSince: present ? T0 : null,
  awaySince: present ? null : T0,
});

const PHASES: Record<string, Phase> = {
  sitting: { kind: 'sitting', session: session(true) },
  away: { kind: 'sitting', session: session(false) },
  due: {
    kind: 'due',
    session: session(true),
    dueAt: T0,
    notifiedAt: T0,
    reminded: false,
    snoozes: 0,
  },
  snoozed: { kind: 'snoozed', session: session(true), until: T0 + 5 * MIN, snoozes: 1 },
  onBreak: { kind: 'onBreak', startedAt: T0, endsAt: at(9, 2), long: false },
  paused: { kind: 'paused', since: T0, until: null },
  pausedUntil: { kind: 'paused', since: T0, until: at(10, 0) },
  offHours: { kind: 'offHours', until: null },
  offHoursUntil: { kind: 'offHours', until: at(17, 0) },
};

const badge = (name: string, settings: Partial<Settings> = {}, now = T0) =>
  badgeFor(stateIn(PHASES[name] as Phase), now, { ...DEFAULT_SETTINGS, ...settings });

describe('the toolbar badge, as the engine says it', () => {
  it('gives the minutes left or the moment a break, pause or time off ends, and no words', () => {
    expect(badge('sitting')).toEqual({ kind: 'sitting', minutes: 30 });
    expect(badge('away')).toEqual({ kind: 'away', minutes: 30 });
    expect(badge('due')).toEqual({ kind: 'due' });
    expect(badge('snoozed')).toEqual({ kind: 'snoozed', minutes: 5 });
    expect(badge('onBreak')).toEqual({ kind: 'onBreak', until: at(9, 2) });
    expect(badge('paused')).toEqual({ kind: 'paused', until: null });
    expect(badge('pausedUntil')).toEqual({ kind: 'paused', until: at(10, 0) });
    expect(badge('offHours')).toEqual({ kind: 'offHours', until: null });
    expect(badge('offHoursUntil')).toEqual({ kind: 'offHours', until: at(17, 0) });
  });

  it('rounds minutes up, so the last minute reads 1 and never 0', () => {
    expect(badge('sitting', {}, T0 + 29 * MIN + 1)).toEqual({ kind: 'sitting', minutes: 1 });
    expect(badge('sitting', {}, T0 + 30 * MIN - 1)).toEqual({ kind: 'sitting', minutes: 1 });
    expect(badge('sitting', {}, T0 + 29 * MIN)).toEqual({ kind: 'sitting', minutes: 1 });
    expect(badge('sitting', {}, T0 + 28 * MIN + 1)).toEqual({ kind: 'sitting', minutes: 2 });
    expect(badge('snoozed', {}, T0 + 5 * MIN - 1)).toEqual({ kind: 'snoozed', minutes: 1 });
    // Away, the count is on hold: what is left of the interval, whatever the clock says.
    expect(badge('away', { sitMinutes: 45 }, T0 + 10 * MIN)).toEqual({ kind: 'away', minutes: 45 });
  });
});
