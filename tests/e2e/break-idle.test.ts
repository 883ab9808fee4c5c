import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISES } from '@/lib/content/exercises';
import { readCatalogs } from '@/lib/i18n/files';
import { axeViolations } from './support/axe';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { horizontalOverflow } from './support/layout';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { sittingState } from './support/seed';

const MIN = 60_000;
const SCHEMES = ['light', 'dark'] as const;
const SIZES: readonly { width: number; height: number }[] = [
  { width: 1280, height: 800 },
  { width: 400, height: 700 },
];

/** axe finds nothing to fix in the page as it stands, light and dark. */
async function expectAccessible(page: Page): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    expect({ colorScheme, violations: await axeViolations(page) }).toEqual({
      colorScheme,
      violations: [],
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Screenshots of the page as it stands, at each size and in each colour scheme. */
async function shoot(page: Page, name: string, sizes = SIZES): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    for (const size of sizes) {
      await page.setViewportSize(size);
      await screenshot(page, `${name}-${size.width}-${colorScheme}`);
      // Nothing may stick out sideways, at any size.
      expect(await horizontalOverflow(page), `${name} at ${size.width}`).toBeLessThanOrEqual(0);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('the break page with no break running, in Chromium', () => {
  let ext: LoadedExtension;
  let probe: Probe;
  let page: Page;

  /** The library's moves, by the names of their cards. */
  const libraryMoves = () =>
    page
      .getByRole('region', { name: 'Exercise library' })
      .getByRole('article')
      .getByRole('heading', { level: 3 })
      .allTextContents();

  beforeAll(async () => {
    ext = await launchExtension();
    probe = await Probe.open(ext);
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
    page = await ext.openPage('break.html');
    await page.getByRole('heading', { level: 1, name: 'No break running' }).waitFor();
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('previews the moves of a break now, each with its picture', async () => {
    const preview = page.getByRole('region', { name: "Today's moves" });
    expect(await preview.textContent()).toMatch(/A break now lasts 2 minutes|longer one: 5/);
    const moves = preview.getByRole('listitem');
    expect(await moves.count()).toBeGreaterThan(0);
    expect(await preview.getByRole('img').count()).toBe(await moves.count());
    await shoot(page, 'break-idle');
    await expectAccessible(page);
  });

  it('filters the library by body area and position', async () => {
    expect(await libraryMoves()).toHaveLength(EXERCISES.length);
    const areas = page.getByRole('group', { name: 'Body area' });
    await areas.getByRole('radio', { name: 'Neck' }).check();
    await expect.poll(libraryMoves).toEqual(['Ear to shoulder', 'Head turn', 'Chin to chest']);
    expect(await page.getByText(`3 of ${EXERCISES.length} moves`).isVisible()).toBe(true);

    // From the keyboard: Space chooses the focused chip, as with any radio.
    await areas.getByRole('radio', { name: 'Lower back' }).focus();
    await page.keyboard.press('Space');
    const positions = page.getByRole('group', { name: 'Position' });
    await positions.getByRole('radio', { name: 'Standing' }).check();
    await expect.poll(libraryMoves).toEqual(['Standing back bend', 'Desk lean']);
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'break-idle-filtered');

    await areas.getByRole('radio', { name: 'Eyes' }).check();
    await page.getByText('No move matches both filters.', { exact: false }).waitFor();
    expect(await libraryMoves()).toEqual([]);
    await areas.getByRole('radio', { name: 'All areas' }).check();
    await positions.getByRole('radio', { name: 'Any position' }).check();
    await expect.poll(async () => (await libraryMoves()).length).toBe(EXERCISES.length);
  });

  it('opens a move to its steps, caution and source', async () => {
    const words = readCatalogs().en;
    const card = page.getByRole('article', { name: 'Seated hamstring stretch' });
    const toggle = card.getByRole('button', { name: 'Steps and cautions' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await card.getByRole('listitem').count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const steps = await card.getByRole('listitem').allTextContents();
    expect(steps[0]).toBe(words.exercises_seated_hamstring_step_1);
    expect(steps).toHaveLength(EXERCISES.find((e) => e.id === 'seated-hamstring')?.stepCount ?? 0);
    expect(await card.getByText(/^Caution:/).isVisible()).toBe(true);
    expect(await card.getByText(words.exercises_seated_hamstring_caution ?? '').isVisible()).toBe(
      true,
    );
    const source = card.getByRole('link', { name: /^Source: / });
    expect(await source.getAttribute('href')).toMatch(/^https:\/\//);
    // Filtered down to one area, with a move open.
    await page
      .getByRole('group', { name: 'Body area' })
      .getByRole('radio', { name: 'Hips and legs' })
      .check();
    await expectAccessible(page);
    await card.scrollIntoViewIfNeeded();
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'break-idle-open-1280-light');
    await page.setViewportSize({ width: 400, height: 700 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'break-idle-open-400-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await toggle.click();
    expect(await card.getByRole('listitem').count()).toBe(0);
  });

  it('starts a break now, in place, and shows it and its end in the tokens’ colours', async () => {
    await page.getByRole('button', { name: 'Start a break now' }).click();
    await page.getByRole('heading', { level: 1, name: /Break time|Longer break/ }).waitFor();
    expect((await probe.engineState()).phase.kind).toBe('onBreak');
    await page.getByText(/^Move 1 of \d+$/).waitFor();
    await shoot(page, 'break-during');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { level: 1, name: 'Break done' }).waitFor();
    await expectAccessible(page);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/of movement counted\.$/);
    expect((await probe.engineState()).phase.kind).toBe('sitting');
    await shoot(page, 'break-end');
  });
});

describe('the break page in German', () => {
  const words = readCatalogs().de;
  let ext: LoadedExtension;
  let probe: Probe;

  beforeAll(async () => {
    ext = await launchExtension({ lang: 'de' });
    probe = await Probe.open(ext);
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('looks right with no break, during one and at its end', async () => {
    const page = await ext.openPage('break.html');
    await page.getByRole('heading', { level: 1, name: words.break_none_heading }).waitFor();
    await page
      .getByRole('group', { name: words.break_library_area })
      .getByRole('radio', { name: words.exercises_category_neck })
      .check();
    await page.getByText(`3 von ${EXERCISES.length} Übungen`).waitFor();
    await shoot(page, 'break-idle-de');
    await page.getByRole('button', { name: words.break_start_now }).click();
    await page.getByRole('button', { name: words.break_next }).waitFor();
    await shoot(page, 'break-during-de');
    await page.getByRole('button', { name: words.break_done, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: words.break_ended_done }).waitFor();
    await shoot(page, 'break-end-de', SIZES.slice(1));
    expect((await probe.engineState()).phase.kind).toBe('sitting');
  });
});
