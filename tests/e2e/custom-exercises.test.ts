import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { SCREENSHOT_DIR, screenshot } from './support/screenshot';
import { sittingState } from './support/seed';
import { waitFor } from './support/wait';

const MIN = 60_000;

describe('the user’s own exercises in Chromium', () => {
  let ext: LoadedExtension;
  let probe: Probe;

  beforeAll(async () => {
    ext = await launchExtension();
    probe = await Probe.open(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  beforeEach(async () => {
    await probe.setSettings({});
    await probe.page.evaluate(async () => {
      const keys = Object.keys(await chrome.storage.sync.get(null));
      await chrome.storage.sync.remove(keys.filter((key) => key.startsWith('myExercises-')));
      await chrome.storage.local.remove('flare');
    });
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
  });

  async function openSection(): Promise<Page> {
    const page = await ext.openPage('options.html#my-exercises');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('heading', { level: 2, name: 'My exercises' }).waitFor();
    await page.getByRole('button', { name: 'Add an exercise' }).waitFor();
    return page;
  }

  /** The section alone: the whole settings page is too tall to look at. */
  const shootSection = (page: Page, name: string) =>
    page
      .getByRole('region', { name: 'My exercises' })
      .screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });

  const storedNames = () =>
    probe.page.evaluate(async () => {
      const pages = await chrome.storage.sync.get(null);
      return Object.keys(pages)
        .filter((key) => key.startsWith('myExercises-'))
        .sort()
        .flatMap((key) => (pages[key] as { name: string }[]).map((e) => e.name));
    });

  it('adds one (refusing a bad entry with clear errors), reorders, keeps it, and meets it in an "only mine" break', async () => {
    const page = await openSection();
    await page.getByRole('button', { name: 'Add an exercise' }).click();
    const form = page.getByRole('form', { name: 'New exercise' });
    // A bad entry: no name, no steps, no position, a hold out of range.
    await form.getByLabel('Hold for (seconds)').fill('500');
    await form.getByRole('button', { name: 'Save exercise' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toBe(
      'The exercise was not saved: please check the fields marked below.',
    );
    const name = form.getByLabel('Name', { exact: true });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByText('Give the exercise a name.').isVisible()).toBe(true);
    expect(await form.getByText('Add at least one step.').isVisible()).toBe(true);
    expect(
      await form.getByText('Hold for a whole number of seconds, from 5 to 120.').isVisible(),
    ).toBe(true);
    expect(await form.getByText('Choose standing, seated or on the floor.').isVisible()).toBe(true);
    // Read with its field.
    const described = await name.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toBe(
      'Give the exercise a name.',
    );
    await shootSection(page, 'custom-exercises-errors');
    expect(await storedNames()).toEqual([]);

    // Fixed: nothing typed was lost (the hold is still 500 until corrected).
    expect(await form.getByLabel('Hold for (seconds)').inputValue()).toBe('500');
    await name.fill('Pelvic tilt');
    await form
      .getByLabel('Steps')
      .fill(
        'Stand with your back against a wall.\nFlatten your lower back to the wall, then let go.',
      );
    await form.getByLabel('Hold for (seconds)').fill('10');
    await form.getByLabel('How many times').fill('3');
    await form.getByRole('radio', { name: 'Standing' }).check();
    await form.getByLabel('Picture').selectOption({ label: 'Slouch to tall' });
    await form.getByLabel('Note from your therapist').fill('Small movements; no pain.');
    await form.getByRole('button', { name: 'Save exercise' }).click();
    await page.getByText('Pelvic tilt', { exact: true }).waitFor();
    await waitFor(storedNames, (names) => names.join() === 'Pelvic tilt');

    // A second one, then moved to the top.
    await page.getByRole('button', { name: 'Add an exercise' }).click();
    const second = page.getByRole('form', { name: 'New exercise' });
    await second.getByLabel('Name', { exact: true }).fill('Heel raises');
    await second.getByLabel('Steps').fill('Hold the desk.\nRise onto your toes and lower slowly.');
    await second.getByRole('radio', { name: 'Repeat' }).check();
    await second.getByLabel('Repetitions').fill('10');
    await second.getByRole('radio', { name: 'Standing' }).check();
    await second.getByRole('button', { name: 'Save exercise' }).click();
    await waitFor(storedNames, (names) => names.join() === 'Pelvic tilt,Heel raises');
    const moveUp = page.getByRole('button', { name: 'Move up: Heel raises' });
    await moveUp.click();
    await waitFor(storedNames, (names) => names.join() === 'Heel raises,Pelvic tilt');
    // The focus stays with the moved exercise.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toBe('Move down: Heel raises');
    const list = page.getByRole('list', { name: 'Your exercises, in order' });
    expect(await list.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Heel raises'),
      expect.stringContaining('Pelvic tilt'),
    ]);

    // Only mine, then a reload: all kept.
    await page.getByRole('radio', { name: 'Only mine' }).check();
    await waitFor(
      () => probe.settings() as Promise<{ customExerciseMode?: string } | undefined>,
      (s) => s?.customExerciseMode === 'only',
    );
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await shootSection(page, `custom-exercises-list-${colorScheme}`);
    }
    await page.reload();
    await page.getByRole('list', { name: 'Your exercises, in order' }).waitFor();
    expect(
      await page
        .getByRole('list', { name: 'Your exercises, in order' })
        .getByRole('listitem')
        .count(),
    ).toBe(2);
    expect(await page.getByRole('radio', { name: 'Only mine' }).isChecked()).toBe(true);

    // A break: the user's own moves, from their therapist, with the note and no Limber source.
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/break.html'),
    });
    await probe.send({ type: 'startBreak' });
    const breakPage = await opened;
    await breakPage.bringToFront();
    const card = breakPage.getByRole('article');
    await card.getByText('From your therapist', { exact: true }).waitFor();
    const first = await card.getByRole('heading', { level: 2 }).textContent();
    expect(['Heel raises', 'Pelvic tilt']).toContain(first);
    expect(await card.getByRole('link', { name: /^Source/ }).count()).toBe(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await breakPage.emulateMedia({ colorScheme });
      await screenshot(breakPage, `custom-exercises-break-${colorScheme}`);
    }
    // Through the moves to the tilt: its picture, its note.
    while ((await card.getByRole('heading', { level: 2 }).textContent()) !== 'Pelvic tilt') {
      await breakPage.getByRole('button', { name: 'Pause' }).click();
      await breakPage.getByRole('button', { name: 'Next' }).click();
    }
    expect(await card.getByText('Small movements; no pain.').isVisible()).toBe(true);
    expect(await card.getByRole('img').count()).toBe(1);
    expect(await card.getByText('Hold 10 seconds, three times').isVisible()).toBe(true);
    await breakPage.getByRole('button', { name: 'Skip' }).click();
    await breakPage.close();

    // Deleted, asked first.
    await page.getByRole('button', { name: 'Delete Heel raises' }).click();
    await page.getByText('Delete Heel raises? This cannot be undone.').waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await waitFor(storedNames, (names) => names.join() === 'Pelvic tilt');
    await page.close();
  });
});
