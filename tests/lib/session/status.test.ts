import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/catalog';
import type { EngineState, Phase } from '@/lib/session/state';
import { badgeFor } from '@/lib/session/status';
import { DEFAULT_SETTINGS, NUMBER_BOUNDS, type Settings } from '@/lib/settings/schema';
import { useTestLocale } from '../../support/i18n';
import { MIN, T0 } from './harness';

// Chrome shows about four characters on the toolbar badge before it cuts them off.
const BADGE_MAX = 4;

const at = (hours: number, minutes: number) => new Date(2026, 2, 2, hours, minutes).getTime();
const clock = (time: number) =>
  new Date(time).toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit' });

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

const badge = (name: string, settings: Partial<Settings> = {}) =>
  badgeFor(stateIn(PHASES[name] as Phase), T0, { ...DEFAULT_SETTINGS, ...settings });

describe('the toolbar badge', () => {
  it('shows a short word or the minutes left, with a tooltip that says it in full', () => {
    expect(badge('sitting')).toMatchObject({
      text: '30m',
      title: 'Limber: next break in 30 min',
    });
    expect(badge('away')).toMatchObject({
      text: '30m',
      title: 'Limber: you seem to be away; 30 min of sitting left before a break',
    });
    expect(badge('due')).toMatchObject({ text: 'move', title: 'Limber: time for a break' });
    expect(badge('snoozed')).toMatchObject({
      text: '5m',
      title: 'Limber: break snoozed, reminding you again in 5 min',
    });
    expect(badge('onBreak')).toMatchObject({
      text: 'brk',
      title: `Limber: on a break until ${clock(at(9, 2))}`,
    });
    expect(badge('paused')).toMatchObject({
      text: 'off',
      title: 'Limber: reminders paused until you turn them back on',
    });
    expect(badge('pausedUntil').title).toBe(`Limber: reminders paused until ${clock(at(10, 0))}`);
    expect(badge('offHours')).toMatchObject({
      text: '',
      title: 'Limber: outside your working hours',
    });
    expect(badge('offHoursUntil').title).toBe(
      `Limber: outside your working hours; back at ${clock(at(17, 0))}`,
    );
  });

  it('writes times the way the browser’s language does', () => {
    useTestLocale('de');
    expect(badge('pausedUntil').title).toBe('Limber: Erinnerungen pausiert bis 10:00');
    expect(badge('due').text).toBe('los!');
  });

  it.each(LOCALES)('fits the badge in %s, even at the longest settings', (locale) => {
    useTestLocale(locale);
    // The most minutes a badge can show: a whole sitting stretch (a snooze is shorter).
    const longest = { sitMinutes: NUMBER_BOUNDS.sitMinutes.max };
    for (const name of Object.keys(PHASES)) {
      const { text, title } = badge(name, longest);
      expect(text.length, `${name}: ${text}`).toBeLessThanOrEqual(BADGE_MAX);
      expect(title, name).toMatch(/^Limber/);
      expect(title, name).not.toMatch(/badge_/);
    }
    expect(badge('sitting', longest).text).toMatch(/^240/);
  });
});
