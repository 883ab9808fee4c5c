import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { renderBadge } from '@/entrypoints/background/badge';
import { ALARM_NAME } from '@/entrypoints/background/effects';
import { reminderText } from '@/entrypoints/background/notifications';
import { type Tip, tipById } from '@/lib/content/tips';
import { LOCALES } from '@/lib/i18n/catalog';
import { toolbarIcon } from '@/lib/icons';
import type { ReminderNotification } from '@/lib/session/state';
import { useTestLocale } from '../../support/i18n';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = new Date(2026, 2, 2, 9, 0).getTime();

const note = (patch: Partial<ReminderNotification> = {}): ReminderNotification => ({
  kind: 'due',
  long: false,
  breakMinutes: 2,
  tipId: null,
  canSnooze: true,
  stay: true,
  silent: false,
  ...patch,
});

describe('the toolbar in flare mode', () => {
  const until = new Date(2026, 2, 9, 9, 0).getTime();

  it('draws the flare icon in the flare colour while the user sits, and says until when', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../../components/base.css'), 'utf8');
    const flareToken = css.slice(0, css.indexOf('@media')).match(/--state-flare:\s*(#[0-9a-f]{6})/);
    const badge = renderBadge({ kind: 'sitting', minutes: 15 }, true, until);
    expect(badge).toEqual({
      text: '15m',
      color: flareToken?.[1],
      title: 'Limber: next break in 15 min. Flare mode on until Mon, Mar 9',
      icon: toolbarIcon('flare'),
    });
  });

  it('keeps the icon of a break due, on or paused, and still names flare mode', () => {
    const due = renderBadge({ kind: 'due' }, true, until);
    expect(due.icon).toEqual(toolbarIcon('due'));
    expect(due.color).toBe(renderBadge({ kind: 'due' }, true).color);
    expect(due.title).toMatch(/^Limber: time for a break\. Flare mode on until /);
    const away = renderBadge({ kind: 'away', minutes: 10 }, true, until);
    expect(away.icon).toEqual(toolbarIcon('flare'));
    expect(away.color).toBe(renderBadge({ kind: 'away', minutes: 10 }, true).color);
    expect(renderBadge({ kind: 'paused', until: null }, true, until).icon).toEqual(
      toolbarIcon('paused'),
    );
  });

  it('is as before with no flare', () => {
    expect(renderBadge({ kind: 'sitting', minutes: 15 }, true, null)).toEqual(
      renderBadge({ kind: 'sitting', minutes: 15 }, true),
    );
  });
});

describe('the reminder in flare mode', () => {
  const tip = tipById('look-far-away') as Tip;

  it('asks kindly, with no tip, and keeps its buttons', () => {
    const text = reminderText(note(), tip, 5, { heatCold: false });
    expect(text).toEqual({
      title: "A gentle move when you're ready (2 min)",
      message: 'Stand up slowly, walk a few steps or change position, as far as is comfortable.',
      contextMessage: undefined,
      buttons: reminderText(note(), tip, 5).buttons,
    });
    expect(reminderText(note({ kind: 'reminder' }), tip, 5, { heatCold: false }).title).toBe(
      text.title,
    );
  });

  it('mentions heat or cold, safely and with its sources, when asked', () => {
    const text = reminderText(note(), undefined, 5, { heatCold: true });
    expect(text.message).toBe(
      'Heat or cold may ease it: wrapped, about 15-20 min, never on numb skin or asleep.',
    );
    expect(text.contextMessage).toBe('Source: ACP, NHS');
  });

  it.each(LOCALES)('fits a notification in %s, with the same figures', (locale) => {
    useTestLocale(locale);
    const heat = reminderText(note(), undefined, 5, { heatCold: true });
    const plain = reminderText(note(), undefined, 5, { heatCold: false });
    for (const text of [heat, plain]) {
      expect(text.title.length).toBeLessThanOrEqual(64);
      expect(text.title).toContain('2');
      // A notification shows about two lines, 100-110 characters.
      expect(text.message.length).toBeLessThanOrEqual(110);
    }
    expect(heat.message.match(/\d+/g)).toEqual(['15', '20']);
  });
});

describe('the worker in flare mode', () => {
  const noEvent = { addListener: () => undefined };

  async function settle() {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  }

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    Object.assign(fakeBrowser.idle, {
      queryState: async () => 'active',
      setDetectionInterval: () => undefined,
      onStateChanged: noEvent,
    });
    Object.assign(fakeBrowser, { commands: { onCommand: noEvent } });
    Object.assign(fakeBrowser.runtime, { onConnect: noEvent });
    background.main();
    await settle();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the engine on the flare schedule once flare mode is stored, and back after it ends', async () => {
    const text = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const title = vi.spyOn(fakeBrowser.action, 'setTitle');
    const color = vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor');
    // Default settings: 30 minutes' sitting. Flare mode halves it.
    await fakeBrowser.storage.local.set({ flare: { on: true, since: T0, until: T0 + 7 * DAY } });
    await settle();
    expect(text).toHaveBeenLastCalledWith({ text: '15m' });
    expect(color).toHaveBeenLastCalledWith({ color: '#9f1f63' });
    expect(String(title.mock.lastCall?.[0].title)).toMatch(/Flare mode on until/);

    // Ended by hand: the user's own schedule again.
    vi.setSystemTime(T0 + MIN);
    await fakeBrowser.storage.local.set({ flare: { on: false, since: T0, until: T0 + MIN } });
    await settle();
    expect(text).toHaveBeenLastCalledWith({ text: '29m' });
    expect(String(title.mock.lastCall?.[0].title)).not.toMatch(/Flare/);
  });

  it('never sets its alarm past the flare’s end, so the schedule goes back on time', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    const until = T0 + 30_000;
    await fakeBrowser.storage.local.set({ flare: { on: true, since: T0 - DAY, until } });
    await settle();
    expect(create).toHaveBeenLastCalledWith(ALARM_NAME, { when: until });
    // A pause with no end would sleep; the flare's end still wakes the worker.
    create.mockClear();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'pause', choice: 'manual' },
      { id: fakeBrowser.runtime.id },
      () => undefined,
    );
    await settle();
    const whens = create.mock.calls.map(([, info]) => info.when);
    expect(whens.length).toBeGreaterThan(0);
    expect(Math.max(...(whens as number[]))).toBeLessThanOrEqual(until);
  });
});
