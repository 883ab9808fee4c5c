import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionKeys, RED_FLAG_QUESTIONS } from '@/lib/content/red-flags';
import { LOCALES, type Locale, placeholdersOf, substitute } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import { axeViolations } from './support/axe';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { horizontalOverflow } from './support/layout';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { sittingState } from './support/seed';
import { settled } from './support/visual-ready';

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

async function pageText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, with breaks between blocks
  return page.evaluate(() => document.body.innerText);
}

/** What a page in another language must not show, and must not do at its width. */
async function expectLocalized(page: Page, locale: Locale): Promise<void> {
  // What the page shows once it has read its data, not its loading line.
  await settled(page);
  const text = await pageText(page);
  expect(messagesShown(text, locale).length).toBeGreaterThan(5);
  if (locale !== 'en') expect(englishLeftIn(text, locale)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

describe.each(LOCALES)('Limber with the browser in %s', (locale) => {
  const words = catalogs[locale];
  let ext: LoadedExtension;
  let probe: Probe;

  beforeAll(async () => {
    ext = await launchExtension({ lang: locale });
    probe = await Probe.open(ext);
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('renders the popup in that language', async () => {
    const page = await ext.openPage('popup.html');
    await page.setViewportSize({ width: 380, height: 600 });
    await page.getByRole('timer').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await screenshot(page, `popup-${locale}`);

    // Open the red-flag check and the guidance: the longest text the popup shows.
    await page.getByRole('button', { name: words.popup_red_flags_title }).click();
    await page.getByRole('heading', { name: words.redflags_heading }).waitFor();
    // One question at a time, numbered in the language, with nothing left in English.
    const progress = substitute(words.redflags_progress ?? '', [
      '1',
      String(RED_FLAG_QUESTIONS.length),
    ]);
    await page.getByText(progress, { exact: true }).waitFor();
    const first = words[questionKeys(RED_FLAG_QUESTIONS[0]?.id ?? '').text] ?? '';
    expect(await page.getByRole('group', { name: first, exact: true }).count()).toBe(1);
    await expectLocalized(page, locale);
    await page.getByRole('button', { name: words.redflags_yes, exact: true }).click();
    await page.getByRole('heading', { name: words.redflags_outcome_emergency_title }).waitFor();
    await page.getByRole('button', { name: words.popup_guidance_title }).click();
    await page.getByText(words.guidance_treatments_title ?? '', { exact: true }).click();
    await page.getByRole('list', { name: words.guidance_treatments_caption }).waitFor();
    await screenshot(page, `popup-${locale}-expanded`);

    expect(messagesShown(await pageText(page), locale).length).toBeGreaterThan(15);
    await expectLocalized(page, locale);
    expect(await axeViolations(page)).toEqual([]);
    // The toolbar button's tooltip is the extension's name in that language.
    expect(await probe.badgeTitle()).toContain('Limber');
    await page.close();
  });

  it('renders the settings, history and break pages in that language', async () => {
    for (const path of ['options.html', 'history.html', 'break.html']) {
      const page = await ext.openPage(path);
      await page.setViewportSize({ width: 400, height: 700 });
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await expectLocalized(page, locale);
      await page.close();
    }
    // A break under way: the moves, their doses and the keyboard help.
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/break.html'),
    });
    await probe.send({ type: 'startBreak' });
    const page = await opened;
    await page.setViewportSize({ width: 400, height: 700 });
    await page.getByRole('button', { name: words.break_next }).waitFor();
    await expectLocalized(page, locale);
    // Without the move's entrance animation, so the picture shows the page as it settles.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await screenshot(page, `break-${locale}`);
    await probe.send({ type: 'endBreak' });
  });
});
