import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBadge } from '@/entrypoints/background/badge';
import { LOCALES } from '@/lib/i18n/catalog';
import { toolbarIcon } from '@/lib/icons';
import type { BadgeModel } from '@/lib/session/state';
import { NUMBER_BOUNDS } from '@/lib/settings/schema';
import { formatClock } from '@/lib/time/format';
import { useTestLocale } from '../../support/i18n';

// Chrome shows about four characters on the toolbar badge before it cuts them off.
const BADGE_MAX = 4;

const at = (hours: number, minutes: number) => new Date(2026, 2, 2, hours, minutes).getTime();

const MODELS: Record<string, BadgeModel> = {
  sitting: { kind: 'sitting', minutes: 30 },
  away: { kind: 'away', minutes: 30 },
  due: { kind: 'due' },
  snoozed: { kind: 'snoozed', minutes: 5 },
  onBreak: { kind: 'onBreak', until: at(9, 2) },
  paused: { kind: 'paused', until: null },
  pausedUntil: { kind: 'paused', until: at(10, 0) },
  offHours: { kind: 'offHours', until: null },
  offHoursUntil: { kind: 'offHours', until: at(17, 0) },
};

const badge = (name: string, showBadge = true) =>
  renderBadge(MODELS[name] as BadgeModel, showBadge);

describe('the toolbar badge, in words and colours', () => {
  it('shows a short word or the minutes left, with a tooltip that says it in full', () => {
    expect(badge('sitting')).toEqual({
      text: '30m',
      color: '#0f766e',
      title: 'Limber: next break in 30 min',
      icon: toolbarIcon('sitting'),
    });
    expect(badge('away')).toEqual({
      text: '30m',
      color: '#5b6573',
      title: 'Limber: you seem to be away; 30 min of sitting left before a break',
      icon: toolbarIcon('sitting'),
    });
    expect(badge('due')).toEqual({
      text: 'move',
      color: '#a04a07',
      title: 'Limber: time for a break',
      icon: toolbarIcon('due'),
    });
    expect(badge('snoozed')).toEqual({
      text: '5m',
      color: '#a04a07',
      title: 'Limber: break snoozed, reminding you again in 5 min',
      icon: toolbarIcon('due'),
    });
    expect(badge('onBreak')).toEqual({
      text: 'brk',
      color: '#1d4ed8',
      title: 'Limber: on a break until 9:02\u00a0AM',
      icon: toolbarIcon('break'),
    });
    expect(badge('paused')).toEqual({
      text: 'off',
      color: '#5b6573',
      title: 'Limber: reminders paused until you turn them back on',
      icon: toolbarIcon('paused'),
    });
    expect(badge('pausedUntil').title).toBe('Limber: reminders paused until 10:00\u00a0AM');
    expect(badge('offHours')).toEqual({
      text: '',
      color: '#5b6573',
      title: 'Limber: outside your working hours',
      icon: toolbarIcon('paused'),
    });
    expect(badge('offHoursUntil').title).toBe(
      'Limber: outside your working hours; back at 5:00\u00a0PM',
    );
  });

  it('takes its colours from the light theme’s state tokens (components/base.css)', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../../components/base.css'), 'utf8');
    const light = css.slice(0, css.indexOf('@media'));
    const token = (name: string) =>
      light.match(new RegExp(`--state-${name}:\\s*(#[0-9a-f]{6})`))?.[1];
    expect(badge('sitting').color).toBe(token('sitting'));
    expect(badge('due').color).toBe(token('due'));
    expect(badge('snoozed').color).toBe(token('due'));
    expect(badge('onBreak').color).toBe(token('break'));
    expect(badge('paused').color).toBe(token('paused'));
    expect(badge('away').color).toBe(token('paused'));
    expect(badge('offHours').color).toBe(token('paused'));
  });

  it('shows each state’s toolbar icon, from the set the build renders', () => {
    expect(badge('sitting').icon).toEqual({ 16: '/icon/16.png', 32: '/icon/32.png' });
    expect(badge('due').icon).toEqual({ 16: '/icon/due-16.png', 32: '/icon/due-32.png' });
    expect(badge('onBreak').icon['32']).toBe('/icon/break-32.png');
    expect(badge('paused').icon['16']).toBe('/icon/paused-16.png');
    // The icon says the state even with the badge's text turned off.
    expect(badge('due', false).icon).toEqual(badge('due').icon);
  });

  it('writes times as every page does (lib/time/format.ts)', () => {
    for (const [name, until] of [
      ['onBreak', at(9, 2)],
      ['pausedUntil', at(10, 0)],
      ['offHoursUntil', at(17, 0)],
    ] as const) {
      expect(badge(name).title).toContain(formatClock(until));
    }
  });

  it('writes times the way the browser’s language does', () => {
    useTestLocale('de');
    expect(badge('pausedUntil').title).toBe('Limber: Erinnerungen pausiert bis 10:00');
    expect(badge('due').text).toBe('los!');
  });

  it('hides the text when the badge is turned off, but still shows a pause', () => {
    for (const name of Object.keys(MODELS)) {
      const off = badge(name, false);
      const on = badge(name);
      expect(off.text, name).toBe(name.startsWith('paused') ? 'off' : '');
      // The tooltip and colour say it all the same.
      expect(off.title, name).toBe(on.title);
      expect(off.color, name).toBe(on.color);
    }
  });

  it.each(LOCALES)('fits the badge in %s, even at the longest settings', (locale) => {
    useTestLocale(locale);
    // The most minutes a badge can show: a whole sitting stretch (a snooze is shorter).
    const longest = NUMBER_BOUNDS.sitMinutes.max;
    for (const [name, model] of Object.entries(MODELS)) {
      const { text, title } = renderBadge(
        'minutes' in model ? { ...model, minutes: longest } : model,
        true,
      );
      expect(text.length, `${name}: ${text}`).toBeLessThanOrEqual(BADGE_MAX);
      expect(title, name).toMatch(/^Limber/);
      expect(title, name).not.toMatch(/badge_/);
    }
    expect(renderBadge({ kind: 'sitting', minutes: longest }, true).text).toMatch(/^240/);
  });
});
