import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXERCISES, exerciseName } from '@/lib/content/exercises';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { sittingState } from './support/seed';
import { waitFor } from './support/wait';

const MIN = 60_000;

/** The moves flare mode may bring, and those it must never, by their English names. */
const GENTLE = new Set(EXERCISES.filter((e) => e.flare).map(exerciseName));
const NOT_GENTLE = new Set(EXERCISES.filter((e) => !e.flare).map(exerciseName));

describe('flare mode in Chromium', () => {
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
    await probe.page.evaluate(() => chrome.storage.local.remove('flare'));
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
  });

  async function openPopup(): Promise<Page> {
    const page = await ext.openPage('popup.html');
    await page.setViewportSize({ width: 380, height: 600 });
    await page.getByRole('timer').first().waitFor();
    return page;
  }

  /** Every icon the worker gives the toolbar from now on (a fresh worker's too, once seen). */
  async function watchIcons(): Promise<() => Promise<string[]>> {
    const worker = await ext.serviceWorker();
    await worker.evaluate(() => {
      const g = globalThis as unknown as { limberIcons?: string[] };
      if (g.limberIcons) return;
      g.limberIcons = [];
      const action = chrome.action;
      const set = action.setIcon.bind(action);
      action.setIcon = ((details: Parameters<typeof action.setIcon>[0]) => {
        g.limberIcons?.push(JSON.stringify(details.path));
        return set(details);
      }) as typeof action.setIcon;
    });
    return () =>
      worker.evaluate(
        () => (globalThis as unknown as { limberIcons?: string[] }).limberIcons ?? [],
      );
  }

  it('turns on from the popup: the toolbar shows it, breaks are gentle and shorter, and it ends by hand', async () => {
    const icons = await watchIcons();
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'My back hurts now' }).click();
    await popup.getByRole('heading', { name: 'Flare mode on' }).waitFor();
    expect(
      await popup.getByText(/^Until .+: shorter, gentler breaks more often\.$/).isVisible(),
    ).toBe(true);
    // Stored for the worker, for the user's 7 days.
    const stored = (await probe.page.evaluate(
      async () => (await chrome.storage.local.get('flare')).flare,
    )) as { on: boolean; since: number; until: number };
    expect(stored.on).toBe(true);
    expect(Math.round((stored.until - stored.since) / (24 * 60 * MIN))).toBe(7);

    // The toolbar: its tooltip, its colour and its flare icon, from the worker.
    const title = await waitFor(
      () => probe.badgeTitle(),
      (text) => /Flare mode on until/.test(text),
    );
    expect(title).toMatch(/^Limber: next break in \d+ min\. Flare mode on until /);
    const color = await probe.page.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    expect(color).toEqual([159, 31, 99, 255]);
    await waitFor(icons, (paths) => paths.some((p) => p.includes('flare-16.png')));
    // The flare schedule: 30 minutes' sitting becomes 15, of which 10 were sat already.
    expect(Number((await probe.badgeText()).replace('m', ''))).toBeLessThanOrEqual(15);
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      await screenshot(popup, `flare-popup-${colorScheme}`);
    }

    // A break now: gentle moves only, each with how to ease off, in kinder words; half as long.
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/break.html'),
    });
    await probe.send({ type: 'startBreak' });
    const page = await opened;
    await page.bringToFront();
    await page
      .getByRole('heading', { level: 1, name: "A gentle move when you're ready" })
      .waitFor();
    const state = await probe.engineState();
    if (state.phase.kind !== 'onBreak') throw new Error(`not on a break: ${state.phase.kind}`);
    expect(state.phase.endsAt - state.phase.startedAt).toBe(MIN);
    const count = Number(
      (await page.getByText(/^Move 1 of \d+$/).textContent())?.match(/of (\d+)/)?.[1],
    );
    expect(count).toBeGreaterThan(0);
    for (let i = 1; i <= count; i++) {
      await page.getByText(`Move ${i} of ${count}`, { exact: true }).waitFor();
      const name =
        (await page.getByRole('article').getByRole('heading', { level: 2 }).textContent()) ?? '';
      expect(GENTLE.has(name), name).toBe(true);
      expect(NOT_GENTLE.has(name), name).toBe(false);
      expect(
        await page
          .getByRole('article')
          .getByText(/^Easing off: /)
          .isVisible(),
      ).toBe(true);
      if (i === 1) {
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await screenshot(page, `flare-break-${colorScheme}`);
        }
      }
      if (i < count) {
        await page.getByRole('button', { name: 'Pause' }).click();
        await page.getByRole('button', { name: 'Next' }).click();
      }
    }
    expect(await page.getByText(/Keeping gently active helps a sore back/).isVisible()).toBe(true);
    // Heat or cold only when asked for.
    expect(await page.getByRole('heading', { name: 'Heat or cold' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.close();

    // Ended by hand: the popup offers it again and the toolbar no longer says it.
    await popup.reload();
    await popup.getByRole('button', { name: 'End flare mode' }).click();
    await popup.getByRole('button', { name: 'My back hurts now' }).waitFor();
    await waitFor(
      () => probe.badgeTitle(),
      (text) => !/Flare/.test(text),
    );
    await waitFor(icons, (paths) => paths.at(-1)?.includes('"16":"/icon/16.png"') === true);
    await popup.close();
  });

  it('shows heat or cold on the break page when the user asked for it', async () => {
    await probe.setSettings({ flareHeatCold: true });
    const now = Date.now();
    await probe.page.evaluate((flare) => chrome.storage.local.set({ flare }), {
      on: true,
      since: now,
      until: now + 3 * 24 * 60 * MIN,
    });
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/break.html'),
    });
    await probe.send({ type: 'startBreak' });
    const page = await opened;
    await page.getByRole('heading', { name: 'Heat or cold' }).waitFor();
    expect(
      await page
        .getByText(/about 15 to 20 minutes, never on numb skin and never while asleep/)
        .isVisible(),
    ).toBe(true);
    expect(
      await page.getByRole('link', { name: 'Source: American College of Physicians' }).count(),
    ).toBe(1);
    await screenshot(page, 'flare-break-heat-cold');
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.close();
  });
});
