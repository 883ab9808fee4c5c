import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATION_ID } from '@/entrypoints/background/notifications';
import { questionKeys, RED_FLAG_QUESTIONS } from '@/lib/content/red-flags';
import { LOCALES, type Locale, placeholdersOf, substitute } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import { sittingState } from '../e2e/support/seed';
import { waitFor } from '../e2e/support/wait';
import { failOnConsoleErrors } from './support/console-errors';
import { FirefoxExtension } from './support/extension';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';

const MIN = 60_000;
const catalogs = readCatalogs();

/** Whole messages (no placeholders) of `locale` that appear in the text. */
function messagesShown(text: string, locale: Locale): string[] {
  return Object.values(catalogs[locale]).filter(
    (message) =>
      placeholdersOf(message).length === 0 && message.length > 3 && text.includes(message),
  );
}

/**
 * English messages shown on a page that should be in another language: each one's translation
 * differs, and it is long enough (three words or more) not to be a shared name.
 */
function englishLeftIn(text: string, locale: Locale): string[] {
  return Object.entries(catalogs.en)
    .filter(([key, message]) => message !== catalogs[locale][key])
    .map(([, message]) => message)
    .filter((m) => placeholdersOf(m).length === 0 && m.split(' ').length >= 3)
    .filter((m) => text.includes(m));
}

async function expectLocalized(page: Page, locale: Locale): Promise<void> {
  // The browser's own tag for the language (Firefox's Spanish is es-ES).
  const lang = await page.evaluate(() => document.documentElement.lang);
  expect(lang.split('-')[0]).toBe(locale);
  // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, with breaks between blocks
  const text = await page.evaluate(() => document.body.innerText);
  expect(messagesShown(text, locale).length).toBeGreaterThan(5);
  if (locale !== 'en') expect(englishLeftIn(text, locale)).toEqual([]);
}

/**
 * Firefox picks an extension's language from its own (`intl.locale.requested`, which needs the
 * language pack: Debian's firefox-esr-l10n-*), when the extension starts. One Firefox serves
 * every language here: the pref is switched and the extension reloaded, as after a restart.
 */
describe('Limber in Firefox in each language', () => {
  let ext: FirefoxExtension;
  let probe: Probe;
  const opened: Page[] = [];

  async function open(path: string): Promise<Page> {
    const page = await ext.openPage(path);
    opened.push(page);
    await page.setViewport({ width: 400, height: 700 });
    return page;
  }

  beforeAll(async () => {
    ext = await FirefoxExtension.launch({ locale: 'en-US' });
    probe = new Probe(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
  });

  it.each(LOCALES)('in %s: the popup, pages, toolbar button and reminder', async (locale) => {
    const words = catalogs[locale];
    if (locale !== 'en') await ext.switchLanguage(locale);
    await ext.markUserActive();
    await probe.setSettings({});
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));

    const popup = await open('popup.html');
    await popup.waitForSelector('aria/[role="timer"]');
    await expectLocalized(popup, locale);
    // The red-flag check, numbered and asked in the language.
    await (
      await popup.waitForSelector(`aria/${words.popup_red_flags_title}[role="button"]`)
    )?.click();
    const total = String(RED_FLAG_QUESTIONS.length);
    await popup.waitForSelector(
      `::-p-text(${substitute(words.redflags_progress ?? '', ['1', total])})`,
    );
    const first = words[questionKeys(RED_FLAG_QUESTIONS[0]?.id ?? '').text] ?? '';
    await popup.waitForSelector(`aria/${first}[role="group"]`);
    await expectLocalized(popup, locale);
    await screenshot(popup, `firefox-popup-${locale}`);

    for (const path of ['options.html', 'history.html', 'break.html']) {
      const page = await open(path);
      await page.waitForSelector('aria/[role="heading"]');
      await expectLocalized(page, locale);
    }
    // The toolbar button's tooltip and the reminder, written by the event page.
    const sitting = substitute(words.badge_title_sitting ?? '', ['20']);
    await waitFor(
      async () => (await probe.toolbarButton()).title,
      (title) => title === sitting,
    );
    await probe.seedEngineState(sittingState(Date.now(), 1000));
    const shown = await waitFor(
      () => probe.notifications(),
      (all) => NOTIFICATION_ID in all,
    );
    expect(shown[NOTIFICATION_ID]?.title).toBe(substitute(words.notify_due_title ?? '', ['2']));
  });
});
