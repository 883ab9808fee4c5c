import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import type { Status } from '@/lib/session/status';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { statusView } from '@/lib/status-view';
import { formatMoment } from '@/lib/time/format';
import { useTestLocale } from '../support/i18n';

const SEC = 1000;
const MIN = 60 * SEC;
const NOW = new Date(2025, 5, 10, 14, 0).getTime();
const settings: Settings = { ...DEFAULT_SETTINGS, sitMinutes: 30, breakMinutes: 2 };

describe('statusView', () => {
  it('sitting: counts down to the break, with the ring filled by the sitting so far', () => {
    const status: Status = {
      kind: 'sitting',
      present: true,
      dueAt: NOW + 12 * MIN,
      remainingMs: 12 * MIN,
      satMs: 18 * MIN,
      nextIsLong: false,
    };
    const view = statusView(status, NOW, settings);
    expect(view).toMatchObject({
      headline: 'Sitting',
      tone: 'sitting',
      center: '12:00',
      timerLabel: 'Time to your next break',
      spoken: 'Next break in 12 minutes.',
    });
    expect(view.progress).toBeCloseTo(0.6);
    expect(view.detail).toBe(`Next: a 2-minute break at ${formatMoment(NOW + 12 * MIN, NOW)}.`);
  });

  it('sitting: names the longer break when it is next', () => {
    const status: Status = {
      kind: 'sitting',
      present: true,
      dueAt: NOW + MIN,
      remainingMs: MIN,
      satMs: 29 * MIN,
      nextIsLong: true,
    };
    expect(statusView(status, NOW, settings).detail).toMatch(/^Next: a 5-minute longer break at /);
  });

  it('sitting but away: says the count is on hold', () => {
    const status: Status = {
      kind: 'sitting',
      present: false,
      dueAt: null,
      remainingMs: 20 * MIN,
      satMs: 10 * MIN,
      nextIsLong: false,
    };
    const view = statusView(status, NOW, settings);
    expect(view.headline).toBe('You seem to be away');
    expect(view).toMatchObject({ tone: 'away', center: '20:00' });
    expect(view.detail).toBe(
      'The count is on hold until you are back, with 20 minutes of sitting left.',
    );
  });

  it('due: says it is time, with no countdown', () => {
    const status: Status = {
      kind: 'due',
      since: NOW - MIN,
      satMs: 31 * MIN,
      canSnooze: true,
      nextIsLong: false,
    };
    expect(statusView(status, NOW, settings)).toMatchObject({
      headline: 'Time for a break',
      tone: 'due',
      progress: 1,
      center: 'Now',
      timerLabel: null,
      spoken: 'A break is due now.',
    });
  });

  it('snoozed: counts down to the next reminder, filling up as it nears', () => {
    const until = NOW + 3 * MIN;
    const status: Status = { kind: 'snoozed', until, satMs: 32 * MIN, nextIsLong: false };
    const view = statusView(status, NOW, settings);
    expect(view).toMatchObject({ headline: 'Break snoozed', center: '3:00', tone: 'due' });
    expect(view.progress).toBeCloseTo(2 / 5);
    expect(view.detail).toBe(`Reminding you again at ${formatMoment(until, NOW)}.`);
  });

  it('on a break: counts down to its end, the ring filling as it passes', () => {
    const status: Status = {
      kind: 'onBreak',
      startedAt: NOW - 30 * SEC,
      endsAt: NOW + 90 * SEC,
      long: false,
    };
    const view = statusView(status, NOW, settings);
    expect(view).toMatchObject({ headline: 'On a break', center: '1:30', tone: 'break' });
    expect(view.progress).toBeCloseTo(0.25);
    expect(statusView({ ...status, long: true } as Status, NOW, settings).headline).toBe(
      'On a longer break',
    );
  });

  it('paused for a while: says until when, and counts down', () => {
    const until = NOW + 30 * MIN;
    const view = statusView({ kind: 'paused', until }, NOW, settings);
    expect(view.headline).toBe(`Paused until ${formatMoment(until, NOW)}`);
    expect(view).toMatchObject({ center: '30:00', tone: 'paused', progress: 0 });
    expect(view.timerLabel).toBe('Time until reminders resume');
  });

  it('paused until tomorrow: says midnight', () => {
    const midnight = new Date(2025, 5, 11).getTime();
    expect(statusView({ kind: 'paused', until: midnight }, NOW, settings).headline).toBe(
      'Paused until midnight',
    );
  });

  it('paused until resumed: no countdown', () => {
    expect(statusView({ kind: 'paused', until: null }, NOW, settings)).toMatchObject({
      headline: 'Paused until you resume',
      timerLabel: null,
      center: 'Off',
      tone: 'paused',
    });
  });

  it('outside working hours: says when reminders come back', () => {
    const until = new Date(2025, 5, 11, 9, 0).getTime();
    const view = statusView({ kind: 'offHours', until }, NOW, settings);
    expect(view.headline).toBe('Outside working hours');
    // Not a pause the user chose: its own tone, so it shows its own icon.
    expect(view.tone).toBe('off');
    expect(view.detail).toBe(`No reminders until ${formatMoment(until, NOW)}.`);
    expect(view.detail).toMatch(/tomorrow at/);
    expect(view.timerLabel).toBeNull();
  });

  it('keeps the ring between empty and full whatever the figures', () => {
    const odd: Status = {
      kind: 'onBreak',
      startedAt: NOW + MIN,
      endsAt: NOW + MIN,
      long: false,
    };
    const progress = statusView(odd, NOW, settings).progress;
    expect(progress).toBeGreaterThanOrEqual(0);
    expect(progress).toBeLessThanOrEqual(1);
  });
});

describe('statusView in other languages', () => {
  const sitting: Status = {
    kind: 'sitting',
    present: true,
    dueAt: NOW + 12 * MIN,
    remainingMs: 12 * MIN,
    satMs: 18 * MIN,
    nextIsLong: false,
  };

  it('speaks German, with the moment in German too', () => {
    useTestLocale('de');
    const view = statusView(sitting, NOW, settings);
    expect(view).toMatchObject({
      headline: 'Sie sitzen',
      timerLabel: 'Zeit bis zur nächsten Pause',
      caption: 'bis zur Pause',
      spoken: 'Zeit bis zur nächsten Pause: 12 Minuten.',
    });
    expect(view.detail).toBe(`Nächste Pause (2 Minuten): ${formatMoment(NOW + 12 * MIN, NOW)}.`);
  });

  it('counts a one-minute break in the singular', () => {
    const due: Status = { kind: 'due', since: NOW, satMs: 0, canSnooze: true, nextIsLong: false };
    const short = { ...settings, breakMinutes: 1 };
    useTestLocale('de');
    expect(statusView(due, NOW, short).detail).toMatch(/^Eine Pause von 1 Minute: /);
    expect(statusView(due, NOW, settings).detail).toMatch(/^Eine Pause von 2 Minuten: /);
    useTestLocale('fr');
    expect(statusView(due, NOW, short).detail).toMatch(/^Une pause de 1 minute\u00a0: /);
  });

  it('speaks French when paused until midnight', () => {
    useTestLocale('fr');
    const midnight = new Date(2025, 5, 11).getTime();
    expect(statusView({ kind: 'paused', until: midnight }, NOW, settings)).toMatchObject({
      headline: 'En pause jusqu’à minuit',
      center: '10:00:00',
      caption: 'en pause',
    });
  });
});

describe('words inside the progress ring fit it in every language', () => {
  const catalogs = readCatalogs();
  // Measured in the popup's font: about 8 letters of the big word and 16 of the caption fit
  // across the 124 px ring, as wide as its longest countdown, "1:59:30".
  it.each(LOCALES)('%s', (locale) => {
    const messages = catalogs[locale];
    const words = ['popup_due_center', 'popup_center_off'].map((key) => messages[key] ?? key);
    const captions = Object.keys(messages)
      .filter((key) => key.startsWith('popup_') && key.endsWith('_caption'))
      .map((key) => messages[key] ?? key);
    expect(captions.length).toBeGreaterThan(5);
    for (const word of words) expect(word.length, word).toBeLessThanOrEqual(8);
    for (const caption of captions) expect(caption.length, caption).toBeLessThanOrEqual(16);
  });
});
