import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';

/** Screenshots land beside the Chromium suite's, for people to look at; not kept in git. */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../.output/screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
