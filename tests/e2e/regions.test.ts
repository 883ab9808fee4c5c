import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RED_FLAG_QUESTIONS } from '@/lib/content/red-flags';
import type { Locale } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import { axeViolations } from './support/axe';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { horizontalOverflow } from './support/layout';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { waitFor } from './support/wait';

/**
 * The red-flag check names the emergency and urgent numbers of the user's country: the one
 * chosen in the options, else the one the browser's language tags name, else the general
 * "112 in Europe, 911 in North America".
 */

const catalogs = readCatalogs();
const TOTAL = RED_FLAG_QUESTIONS.length;
/** The first question whose "yes" means seeing a doctor today (the ones before are emergencies). */
const FIRST_SAME_DAY = RED_FLAG_QUESTIONS.findIndex((q) => q.urgency === 'today');
const POPUP = { width: 380, height: 600 };

type Words = Record<string, string>;

function word(words: Words, key: string): string {
  const text = words[key];
  if (text === undefined) throw new Error(`no message ${key}`);
  return text;
}

/** "Question 3 of 19", in the page's words. */
function progress(words: Words, index: number): string {
  return word(words, 'redflags_progress')
    .replace('$1', String(index + 1))
    .replace('$2', String(TOTAL));
}

async function openPopup(ext: LoadedExtension): Promise<Page> {
  const page = await ext.openPage('popup.html');
  await page.setViewportSize(POPUP);
  return page;
}

/** Opens the check in the popup, as it first shows: question 1 alone. */
async function openCheck(page: Page, words: Words): Promise<Locator> {
  await page.getByRole('button', { name: word(words, 'popup_red_flags_title') }).click();
  const check = page.getByRole('region', { name: word(words, 'redflags_heading') });
  await check.getByText(progress(words, 0), { exact: true }).waitFor();
  return check;
}

/** Answers the question on show, once it is the `index`th. */
async function answer(check: Locator, words: Words, index: number, yes: boolean): Promise<void> {
  await check.getByText(progress(words, index), { exact: true }).waitFor();
  const name = word(words, yes ? 'redflags_yes' : 'redflags_no');
  await check.getByRole('button', { name, exact: true }).click();
}

/** What the outcome tells the user to do, as the live region announces it ("Title. Action"). */
async function outcomeText(check: Locator, words: Words, urgency: 'emergency' | 'today') {
  const title = word(words, `redflags_outcome_${urgency}_title`);
  await check.getByRole('region', { name: title, exact: true }).waitFor();
  const announced = (await check.getByRole('status').textContent()) ?? '';
  expect(announced.startsWith(`${title}. `)).toBe(true);
  return announced;
}

/** Yes to the first question (numbness in the saddle area): an emergency, decided at once. */
async function emergencyAction(check: Locator, words: Words): Promise<string> {
  await answer(check, words, 0, true);
  return outcomeText(check, words, 'emergency');
}

/** Start over, No to every emergency question, then Yes to the first same-day one. */
async function sameDayAction(check: Locator, words: Words): Promise<string> {
  await check.getByRole('button', { name: word(words, 'redflags_start_over') }).click();
  for (let i = 0; i < FIRST_SAME_DAY; i++) await answer(check, words, i, false);
  await answer(check, words, FIRST_SAME_DAY, true);
  return outcomeText(check, words, 'today');
}

/** The stored setting, read through any of the extension's pages. */
async function storedRegion(page: Page): Promise<unknown> {
  return page.evaluate(
    async () =>
      ((await chrome.storage.sync.get('settings')).settings as { region?: unknown })?.region,
  );
}

describe('with the browser in American English', () => {
  const words = catalogs.en;
  let ext: LoadedExtension;
  let probe: Probe;

  beforeAll(async () => {
    ext = await launchExtension({ lang: 'en-US' });
    probe = await Probe.open(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('names 911, from the browser’s country, and nothing British', async () => {
    const page = await openPopup(ext);
    const check = await openCheck(page, words);
    const action = await emergencyAction(check, words);
    expect(action).toContain(word(words, 'redflags_route_us_emergency'));
    expect(action).toContain('Call 911');
    const all = (await check.textContent()) ?? '';
    for (const british of ['999', 'NHS 111', 'A&E']) expect(all).not.toContain(british);
    expect(await sameDayAction(check, words)).not.toContain('111');
    await page.close();
  });

  it('follows the country chosen in the options: 999 and NHS 111, then the general numbers', async () => {
    const options = await ext.openPage('options.html');
    const select = options.getByRole('combobox', { name: 'Country or region' });
    await select.waitFor();
    // The browser's choice comes first and says what it stands for.
    expect(await select.locator('option').first().textContent()).toBe(
      'From my browser (United States)',
    );
    await select.selectOption({ label: 'United Kingdom' });
    await waitFor(
      () => storedRegion(probe.page),
      (region) => region === 'GB',
    );
    // The page says so once the write has come back, a moment after storage holds it.
    await waitFor(
      () => options.getByRole('status').textContent(),
      (status) => status === 'Saved.',
    );

    let page = await openPopup(ext);
    let check = await openCheck(page, words);
    let action = await emergencyAction(check, words);
    expect(action).toContain(word(words, 'redflags_route_gb_emergency'));
    expect(action).toContain('Call 999');
    expect(action).not.toContain('911');
    const sameDay = await sameDayAction(check, words);
    expect(sameDay).toContain(word(words, 'redflags_route_gb_today'));
    expect(sameDay).toContain('NHS 111');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();

    await select.selectOption({ label: 'My country is not listed' });
    await waitFor(
      () => storedRegion(probe.page),
      (region) => region === 'ZZ',
    );
    page = await openPopup(ext);
    check = await openCheck(page, words);
    action = await emergencyAction(check, words);
    expect(action).toContain(word(words, 'redflags_route_unknown_emergency'));
    expect(action).toContain('your local emergency number (112 in Europe, 911 in North America)');
    expect(action).not.toContain('999');
    await page.close();

    // Back to "from my browser": 911 again.
    await select.selectOption('');
    await waitFor(
      () => storedRegion(probe.page),
      (region) => region === '',
    );
    page = await openPopup(ext);
    check = await openCheck(page, words);
    expect(await emergencyAction(check, words)).toContain('Call 911');
    await page.close();
    await options.close();
  });

  it('does not ask for the country on the welcome page: the browser gave a listed one', async () => {
    const welcome = await ext.openPage('options.html?welcome');
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Limber' }).waitFor();
    await welcome.getByLabel('Sitting time before a break').waitFor();
    expect(await welcome.getByRole('heading', { name: 'Your country' }).count()).toBe(0);
    // Named instead, with the way to change it in the settings (the welcome is not the settings).
    expect(await welcome.getByRole('combobox', { name: 'Country or region' }).count()).toBe(0);
    const numbers = welcome.getByRole('region', { name: 'Emergency numbers' });
    expect(await numbers.textContent()).toContain('the country your browser gives: United States.');
    await numbers.getByRole('link', { name: 'Choose another country in the settings' }).click();
    const health = welcome.getByRole('region', { name: 'Health check' });
    await waitFor(
      () => health.evaluate((el) => el === document.activeElement),
      (focused) => focused,
    );
    expect(
      await health
        .getByRole('combobox', { name: 'Country or region' })
        .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent),
    ).toContain('United States');
    await welcome.close();
  });
});

describe('with the browser in German', () => {
  const locale: Locale = 'de';
  const words = catalogs[locale];
  let ext: LoadedExtension;

  beforeAll(async () => {
    ext = await launchExtension({ lang: locale });
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('names 112, in German, with no country from the browser', async () => {
    const page = await openPopup(ext);
    // Chromium started with --lang=de (and the page locale de) reports navigator.languages
    // ["de"] and i18n.getUILanguage() "de": a language with no country. The country stays
    // unknown rather than guessed, so the check names the general numbers, 112 first.
    const tags = await page.evaluate(() => [...navigator.languages, chrome.i18n.getUILanguage()]);
    expect(tags).toEqual(['de', 'de']);
    const check = await openCheck(page, words);
    const action = await emergencyAction(check, words);
    expect(action).toContain(word(words, 'redflags_route_unknown_emergency'));
    expect(action).toContain('112');
    expect(action).toContain(word(words, 'redflags_outcome_emergency_title'));
    expect(action).not.toContain(catalogs.en.redflags_route_unknown_emergency);
    await page.close();
  });

  it('asks for the country on the welcome page, and the check follows the answer', async () => {
    const welcome = await waitFor(
      async () => ext.context.pages().find((p) => p.url().endsWith('/options.html?welcome')),
      (page) => page !== undefined,
    );
    if (!welcome) throw new Error('no welcome page');
    await welcome.setViewportSize({ width: 400, height: 900 });
    const section = welcome.getByRole('region', {
      name: word(words, 'options_welcome_region_title'),
    });
    await section.waitFor();
    const select = section.getByRole('combobox', { name: word(words, 'settings_region_label') });
    expect(await select.locator('option').first().textContent()).toBe(
      'Vom Browser (nicht bekannt)',
    );
    // The same setting is on the page once.
    expect(
      await welcome.getByRole('combobox', { name: word(words, 'settings_region_label') }).count(),
    ).toBe(1);
    expect(await horizontalOverflow(welcome)).toBeLessThanOrEqual(0);
    expect(await axeViolations(welcome)).toEqual([]);
    await screenshot(welcome, 'options-welcome-region-de');

    await select.selectOption({ label: 'Deutschland' });
    await waitFor(
      () => storedRegion(welcome),
      (region) => region === 'DE',
    );
    const page = await openPopup(ext);
    const check = await openCheck(page, words);
    const action = await emergencyAction(check, words);
    expect(action).toContain(word(words, 'redflags_route_de_emergency'));
    expect(action).toContain('112');
    const sameDay = await sameDayAction(check, words);
    expect(sameDay).toContain('116 117');
    await page.close();
  });
});
