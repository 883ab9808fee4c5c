import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogs } from '@/lib/i18n/files';
import { axeViolations } from './support/axe';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { horizontalOverflow } from './support/layout';
import { SCREENSHOT_DIR, screenshot } from './support/screenshot';
import { waitFor } from './support/wait';

const de = readCatalogs().de;

/** A German message by name; a missing one fails the test rather than matching nothing. */
function word(key: string): string {
  const message = de[key];
  if (!message) throw new Error(`no German message ${key}`);
  return message;
}

/** The window as the user sees it, not the whole page: for what sticks and what drops down. */
async function windowShot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * German has the longest words of Limber's languages: the settings' navigation, menu and
 * disabled reasons and the welcome must fit them at 400 and 1280 px, in light and dark.
 */
describe('the options and welcome pages in German', () => {
  let ext: LoadedExtension;

  beforeAll(async () => {
    ext = await launchExtension({ lang: 'de' });
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  for (const scheme of ['light', 'dark'] as const) {
    it(`lays out the settings at 1280 and 400 px in ${scheme} mode`, async () => {
      const page = await ext.openPage('options.html');
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1280, height: 900 });
      const nav = page.getByRole('navigation', { name: word('options_nav_label') });
      await nav.getByRole('link', { name: word('options_schedule_title') }).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      await windowShot(page, `options-de-1280-${scheme}-top`);
      await nav.getByRole('link', { name: word('settings_working_hours_label') }).click();
      await page.getByText(word('options_working_hours_off'), { exact: true }).waitFor();
      // Once the (smooth) scroll has brought the section up.
      const hours = page.getByRole('region', { name: word('settings_working_hours_label') });
      await waitFor(
        () => hours.evaluate((el) => Math.round(el.getBoundingClientRect().top)),
        (top) => top >= 0 && top < 100,
      );
      await windowShot(page, `options-de-1280-${scheme}-mid`);

      await page.setViewportSize({ width: 400, height: 800 });
      const menu = nav.getByRole('button', { name: new RegExp(`^${word('options_nav_menu')}`) });
      await menu.click();
      await nav.getByRole('link', { name: word('options_backup_title') }).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      await windowShot(page, `options-de-400-${scheme}-menu`);
      expect(await axeViolations(page)).toEqual([]);
      await nav.getByRole('link', { name: word('options_backup_title') }).click();
      const backup = page.getByRole('region', { name: word('options_backup_title') });
      await waitFor(
        () => backup.evaluate((el) => Math.round(el.getBoundingClientRect().top)),
        (top) => top >= 0 && top < 400,
      );
      await windowShot(page, `options-de-400-${scheme}-backup`);
      await page.close();
    });

    it(`lays out the welcome at 400 and 1280 px in ${scheme} mode`, async () => {
      const page = await ext.openPage('options.html?welcome');
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [400, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.getByRole('button', { name: word('options_welcome_done') }).waitFor();
        expect(await horizontalOverflow(page)).toBe(0);
        await screenshot(page, `welcome-de-${width}-${scheme}`);
      }
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
