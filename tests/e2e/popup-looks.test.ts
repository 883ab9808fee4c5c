import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { horizontalOverflow } from './support/layout';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { sittingState } from './support/seed';

/**
 * The popup in every state, light and dark, in every language at its 380 px width: its controls
 * keep to their two rows (the main action, then the others side by side with Pause among them)
 * and no label overflows its button. Screenshots land in .output/screenshots to look at.
 */

const MIN = 60_000;
const POPUP = { width: 380, height: 600 };
const catalogs = readCatalogs();

/** A screenshot as tall as the popup's content (beyond 600 px too, so nothing goes unseen). */
async function shoot(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const height = await page.evaluate(() =>
      Math.ceil(document.body.getBoundingClientRect().height),
    );
    await page.setViewportSize({ width: POPUP.width, height: Math.max(height, 200) });
    await screenshot(page, `${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await page.setViewportSize(POPUP);
}

describe.each(LOCALES)('the popup’s look in %s', (locale) => {
  const words = catalogs[locale];
  const say = (key: string) => words[key] ?? key;
  let ext: LoadedExtension;
  let probe: Probe;
  const opened: Page[] = [];

  beforeAll(async () => {
    ext = await launchExtension({ lang: locale });
    probe = await Probe.open(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
    await probe.send({ type: 'resume' });
  });

  async function seed(dueInMs: number): Promise<void> {
    await probe.setEngineState(sittingState(Date.now(), dueInMs));
    await probe.send({ type: 'getStatus' });
  }

  async function openPopup(): Promise<Page> {
    const page = await ext.openPage('popup.html');
    opened.push(page);
    await page.setViewportSize(POPUP);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

  /**
   * The controls' buttons by row, top to bottom, each checked to hold its label (a long word
   * wraps in its button; it never runs out of it).
   */
  async function controlRows(page: Page): Promise<string[][]> {
    const group = page.getByRole('group', { name: say('popup_controls_legend'), exact: true });
    const rows = new Map<number, string[]>();
    for (const button of await group.getByRole('button').all()) {
      const box = await button.boundingBox();
      if (!box) throw new Error('a control has no box');
      const fits = await button.evaluate((b) => b.scrollWidth <= b.clientWidth);
      const name = (await button.textContent())?.trim() ?? '';
      expect(fits, `“${name}” fits its button`).toBe(true);
      const top = Math.round(box.y);
      rows.set(top, [...(rows.get(top) ?? []), name]);
    }
    return [...rows.entries()].sort(([a], [b]) => a - b).map(([, names]) => names);
  }

  it('at the start of a session and mid-way', async () => {
    await seed(DEFAULT_SETTINGS.sitMinutes * MIN);
    let page = await openPopup();
    await page.getByText(say('popup_sitting_headline'), { exact: true }).waitFor();
    expect(await controlRows(page)).toEqual([[say('popup_take_break')], [say('popup_pause')]]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, `popup-look-${locale}-sitting-start`);
    await page.close();

    await seed(12 * MIN);
    page = await openPopup();
    await page.getByText(say('popup_sitting_headline'), { exact: true }).waitFor();
    await shoot(page, `popup-look-${locale}-sitting-midway`);
  });

  it('fits Chrome’s 600 px without scrolling in every state, with every card', async () => {
    /** The popup's height as Chrome would size it: its content, at the 380 px width. */
    async function fits(name: string): Promise<void> {
      const page = await openPopup();
      await page.getByRole('group', { name: say('popup_controls_legend'), exact: true }).waitFor();
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      // Shot first, so a popup that does not fit can be seen.
      await shoot(page, `popup-look-${locale}-fit-${name}`);
      expect(height, `${locale} ${name}: ${height} px`).toBeLessThanOrEqual(POPUP.height);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    }
    const setFlare = (on: boolean) =>
      probe.page.evaluate(async (flareOn) => {
        const now = Date.now();
        if (flareOn) {
          await chrome.storage.local.set({
            flare: { on: true, since: now, until: now + 7 * 24 * 60 * 60_000 },
          });
        } else await chrome.storage.local.remove('flare');
      }, on);
    try {
      await seed(12 * MIN);
      await fits('default');
      await seed(0);
      await fits('due');
      await probe.setSettings({ painDiary: true });
      await seed(12 * MIN);
      await fits('diary');
      await probe.setSettings({ sitStand: true });
      await seed(12 * MIN);
      await fits('sit-stand');
      await probe.setSettings({});
      await setFlare(true);
      await seed(12 * MIN);
      await (await openPopup()).getByRole('button', { name: say('flare_end') }).waitFor();
      await fits('flare');
    } finally {
      await setFlare(false);
      await probe.setSettings({});
    }
  });

  it('with a break due: Snooze, Skip and Pause share one row', async () => {
    await seed(0);
    const page = await openPopup();
    await page.getByText(say('popup_due_headline'), { exact: true }).waitFor();
    const snooze = (words.popup_snooze ?? '').replace('$1', String(DEFAULT_SETTINGS.snoozeMinutes));
    expect(await controlRows(page)).toEqual([
      [say('popup_take_break')],
      [snooze, say('popup_skip'), say('popup_pause')],
    ]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, `popup-look-${locale}-due`);
  });

  it('on a break: Pause stays on the row', async () => {
    await seed(20 * MIN);
    const breakPage = ext.context.waitForEvent('page', {
      predicate: (p) => new URL(p.url()).pathname === '/break.html',
    });
    await probe.send({ type: 'startBreak' });
    opened.push(await breakPage);
    const page = await openPopup();
    await page.getByText(say('popup_on_break_headline'), { exact: true }).waitFor();
    expect(await controlRows(page)).toEqual([
      [say('popup_show_break')],
      [say('popup_end_break'), say('popup_pause')],
    ]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, `popup-look-${locale}-break`);
    await probe.send({ type: 'endBreak' });
  });

  it('paused, with the pause lengths open before', async () => {
    await seed(20 * MIN);
    const page = await openPopup();
    await page.getByRole('button', { name: say('popup_pause'), exact: true }).click();
    await page.getByRole('button', { name: say('popup_pause_manual'), exact: true }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, `popup-look-${locale}-pause-menu`);
    await page.getByRole('button', { name: say('popup_pause_manual'), exact: true }).click();
    await page.getByText(say('popup_paused_manual_headline'), { exact: true }).waitFor();
    expect(await controlRows(page)).toEqual([[say('popup_resume')]]);
    await shoot(page, `popup-look-${locale}-paused`);
  });

  it('with the red-flag check open, then an outcome', async () => {
    await seed(20 * MIN);
    const page = await openPopup();
    await page.getByRole('button', { name: say('popup_red_flags_title') }).click();
    await page.getByRole('button', { name: say('redflags_yes'), exact: true }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, `popup-look-${locale}-redflags`);
    // "No" to every question up to the outcome: the calmest one, and the longest page.
    const no = page.getByRole('button', { name: say('redflags_no'), exact: true });
    const outcome = page.getByRole('heading', { name: say('redflags_outcome_self_care_title') });
    while (!(await outcome.isVisible())) await no.click();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, `popup-look-${locale}-outcome`);
    await page.getByRole('button', { name: say('redflags_start_over') }).click();
    await page.getByRole('button', { name: say('redflags_yes'), exact: true }).click();
    await page.getByRole('heading', { name: say('redflags_outcome_emergency_title') }).waitFor();
    await shoot(page, `popup-look-${locale}-emergency`);
  });

  it('with the guidance open: the treatments as a short list', async () => {
    await seed(20 * MIN);
    const page = await openPopup();
    await page.getByRole('button', { name: say('popup_guidance_title') }).click();
    await page.getByText(say('guidance_treatments_title'), { exact: true }).click();
    const list = page.getByRole('list', { name: say('guidance_treatments_caption') });
    await list.waitFor();
    // One short row each: the whole list is a few hundred pixels, not thousands.
    const height = (await list.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
    expect(height).toBeLessThan(900);
    await list.getByText(say('guidance_treatment_muscle_relaxants_name'), { exact: true }).click();
    await list.getByRole('link').first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, `popup-look-${locale}-treatments`);
  });
});
