import type { Page } from 'playwright-core';

/** One seeded day: `offset` days from today (-1 is yesterday), in the browser's own zone. */
export interface SeedDay {
  offset: number;
  pain: number;
  /** Tag bits as lib/diary/compact.ts stores them: 1 stiff, 2 spasm, 4 leg, 8 night. */
  bits?: number;
}

/**
 * Writes diary days straight into sync storage in the stored form (one key per month, days as
 * [pain, tag bits, updatedAt]), merged with what each month already holds, dated an hour ago so
 * any answer given in the test is newer.
 */
export async function seedDiary(page: Page, days: readonly SeedDay[]): Promise<void> {
  await page.evaluate(async (seed) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const now = new Date();
    const months: Record<string, Record<string, [number, number, number]>> = {};
    for (const { offset, pain, bits } of seed) {
      const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, 12);
      const key = `diary-${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
      if (!months[key]) {
        const stored = (await chrome.storage.sync.get(key))[key];
        months[key] = { ...(stored ?? {}) };
      }
      months[key][pad(d.getDate())] = [pain, bits ?? 0, Date.now() - 3_600_000];
    }
    await chrome.storage.sync.set(months);
  }, days);
}

/** Today's key and a day `offset` days away, as the browser's zone has them. */
export async function browserDayKey(page: Page, offset: number): Promise<string> {
  return page.evaluate((o) => {
    const now = new Date();
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + o, 12);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, offset);
}
