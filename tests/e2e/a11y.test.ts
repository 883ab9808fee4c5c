import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RED_FLAG_QUESTIONS } from '@/lib/content/red-flags';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { axeViolations } from './support/axe';
import { failOnConsoleErrors } from './support/console-errors';
import { seedDiary } from './support/diary-seed';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { localDayKey, sittingState } from './support/seed';

const MIN = 60_000;
const SCHEMES = ['light', 'dark'] as const;

/** Checks the page as it stands in both colour schemes, reduced motion on. */
async function expectAccessible(page: Page): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    expect({ colorScheme, violations: await axeViolations(page) }).toEqual({
      colorScheme,
      violations: [],
    });
  }
}

describe('axe-core finds nothing to fix, in light and dark mode', () => {
  let ext: LoadedExtension;
  let probe: Probe;

  beforeAll(async () => {
    ext = await launchExtension();
    probe = await Probe.open(ext);
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('in the popup, with the red-flag check answered and the guidance open', async () => {
    const page = await ext.openPage('popup.html');
    await page.setViewportSize({ width: 380, height: 600 });
    await page.getByRole('timer').first().waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Until I resume' }).waitFor();
    await expectAccessible(page);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Back pain? Check warning signs' }).click();
    await page.getByRole('heading', { level: 3, name: 'Red-flag check' }).waitFor();
    await expectAccessible(page);
    // A later question, with Back and Start over.
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.getByText(`Question 2 of ${RED_FLAG_QUESTIONS.length}`, { exact: true }).waitFor();
    await expectAccessible(page);
    // Yes to the first (emergency) question decides the outcome at once.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByText(`Question 1 of ${RED_FLAG_QUESTIONS.length}`, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await page.getByRole('heading', { level: 4, name: 'Get emergency help now' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Look after your back' }).click();
    await page.getByText('Treatments a clinician may offer', { exact: true }).click();
    const treatments = page.getByRole('list', {
      name: 'What a doctor or physiotherapist may offer, and what guidelines advise',
    });
    await treatments.waitFor();
    // One treatment opened too: its use, evidence and sources.
    await treatments.getByText('Massage', { exact: true }).click();
    await treatments.getByText('New or recent low back pain', { exact: true }).waitFor();
    await expectAccessible(page);
    await page.close();
  });

  it('in the options page and the welcome page', async () => {
    for (const path of ['options.html', 'options.html?welcome']) {
      const page = await ext.openPage(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(page);
      await page.close();
    }
  });

  it('in the break page, during a break and on its end screen', async () => {
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/break.html'),
    });
    await probe.send({ type: 'startBreak' });
    const page = await opened;
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: /^Done/ }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page);
    await page.close();
  });

  it('in the history page, with days to chart', async () => {
    const totals = { due: 3, dueTaken: 2, completed: 2, natural: 1, snoozed: 1, skipped: 1 };
    await probe.setHistory({
      days: {
        [localDayKey(-1)]: { ...totals, satMs: 130 * MIN, longestSatMs: 52 * MIN },
        [localDayKey(-3)]: { ...totals, satMs: 95 * MIN, longestSatMs: 40 * MIN },
      },
      openDue: null,
    });
    const page = await ext.openPage('history.html');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('table').first().waitFor();
    await expectAccessible(page);
    await page.close();
  });

  it('in the pain diary: the popup check-in, the history section and the appointment page', async () => {
    await probe.setSettings({ ...DEFAULT_SETTINGS, painDiary: true });
    // Pain down a leg on three of the last days: the red-flag suggestion shows.
    await seedDiary(probe.page, [
      { offset: -1, pain: 5, bits: 4 },
      { offset: -2, pain: 4, bits: 5 },
      { offset: -3, pain: 6, bits: 4 },
    ]);
    const popup = await ext.openPage('popup.html');
    await popup.setViewportSize({ width: 380, height: 700 });
    // The diary is a row of the popup's help card that opens in place to today's check-in.
    await popup.getByRole('button', { name: 'Pain diary', exact: true }).click();
    await popup.getByRole('group', { name: 'How is your back today?' }).waitFor();
    await popup.getByRole('radio', { name: '3', exact: true }).check();
    await expectAccessible(popup);
    await popup.close();

    const page = await ext.openPage('history.html');
    const section = page.getByRole('region', { name: 'Pain diary' });
    await section.getByRole('table').waitFor();
    await expectAccessible(page);
    await section.getByRole('button', { name: 'Take the red-flag check' }).click();
    await section.getByRole('heading', { name: 'Red-flag check' }).waitFor();
    await expectAccessible(page);
    await page.close();

    const appointment = await ext.openPage('appointment.html');
    await appointment.getByRole('table').waitFor();
    await expectAccessible(appointment);
    await appointment.close();
    await probe.setSettings(DEFAULT_SETTINGS);
  });

  it('in the workstation check, on an item, coming back to one and on the to-do list', async () => {
    const page = await ext.openPage('workstation.html');
    const first = page.getByText(/^Item 1 of \d+$/);
    await first.waitFor();
    await expectAccessible(page);
    const total = Number((await first.textContent())?.match(/of (\d+)/)?.[1]);
    for (let at = 1; at <= total; at++) {
      await page.getByText(`Item ${at} of ${total}`, { exact: true }).waitFor();
      await page.getByRole('button', { name: at % 2 ? 'Needs fixing' : 'Already right' }).click();
      if (at === 2) {
        // Back to an answered item: its answer shows as the pressed button.
        await page.getByRole('button', { name: 'Back', exact: true }).click();
        await page.getByRole('button', { name: 'Already right', pressed: true }).waitFor();
        await expectAccessible(page);
        await page.getByRole('button', { name: 'Already right' }).click();
      }
    }
    await page.getByRole('heading', { level: 2, name: 'Your to-do list' }).waitFor();
    await page.getByRole('checkbox').first().check();
    await expectAccessible(page);
    await page.close();
  });

  it('in flare mode and with the user’s own exercises: popup, options form and list, break (issue 19)', async () => {
    const now = Date.now();
    await probe.page.evaluate((flare) => chrome.storage.local.set({ flare }), {
      on: true,
      since: now,
      until: now + 7 * 24 * 60 * MIN,
    });
    await probe.setSettings({ flareHeatCold: true });
    const popup = await ext.openPage('popup.html');
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.getByRole('button', { name: 'End flare mode' }).waitFor();
    await expectAccessible(popup);
    await popup.close();

    const options = await ext.openPage('options.html#my-exercises');
    await options.getByRole('button', { name: 'Add an exercise' }).click();
    const form = options.getByRole('form', { name: 'New exercise' });
    await form.getByRole('button', { name: 'Save exercise' }).click();
    await form.getByRole('alert').waitFor();
    await expectAccessible(options);
    await form.getByLabel('Name', { exact: true }).fill('Gentle rock');
    await form.getByLabel('Steps').fill('Sit tall.\nRock your pelvis gently.');
    await form.getByRole('radio', { name: 'Seated' }).check();
    await form.getByLabel('Suits a painful back (used in flare mode)').check();
    await form.getByRole('button', { name: 'Save exercise' }).click();
    await options.getByRole('button', { name: 'Delete Gentle rock' }).waitFor();
    await options.getByRole('radio', { name: 'Only mine' }).check();
    await expectAccessible(options);
    await options.close();

    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/break.html'),
    });
    await probe.send({ type: 'startBreak' });
    const page = await opened;
    await page.getByText('From your therapist', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Heat or cold' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.close();

    await probe.setSettings({});
    await probe.page.evaluate(async () => {
      const keys = Object.keys(await chrome.storage.sync.get(null));
      await chrome.storage.sync.remove(keys.filter((key) => key.startsWith('myExercises-')));
      await chrome.storage.local.remove('flare');
    });
    // As the tests after this one expect: sitting, with the worker done with these changes.
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
  });

  it('shows a focus ring on every control reached with Tab, on every page', async () => {
    for (const path of [
      'popup.html',
      'options.html',
      'history.html',
      'break.html',
      'workstation.html',
    ]) {
      const page = await ext.openPage(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Drawn with its controls (a page may show its heading before the rest comes in).
      await page.getByRole('button').first().waitFor();
      // Pages may put focus on their main button; start from the top instead.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const seen: { control: string; outline: string }[] = [];
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30);
          return {
            control: `${el.tagName.toLowerCase()} ${name ?? ''}`,
            outline: `${style.outlineStyle} ${style.outlineWidth}`,
          };
        });
        if (!focused || seen.some((s) => s.control === focused.control)) break;
        seen.push(focused);
      }
      expect(seen.length, `${path} has controls to reach`).toBeGreaterThan(0);
      expect(seen.filter((s) => s.outline !== 'solid 3px')).toEqual([]);
      await page.close();
    }
  });
});
