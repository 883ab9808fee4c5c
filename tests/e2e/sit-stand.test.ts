import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineState } from '@/lib/session/state';
import { axeViolations } from './support/axe';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { waitFor } from './support/wait';

const SECOND = 1000;
const MIN = 60 * SECOND;
/** The popup's size in Chrome: 380 px wide as designed, at most 600 px tall. */
const POPUP = { width: 380, height: 600 };

interface Captured {
  id: string;
  options: { title: string; message: string; buttons?: { title: string }[] };
}

/** Records what the worker asks Chrome to show, since a test cannot read a desktop notification. */
async function captureNotifications(ext: LoadedExtension): Promise<void> {
  const worker = await ext.serviceWorker();
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { captured: unknown[] };
    scope.captured = [];
    const create = chrome.notifications.create.bind(chrome.notifications) as (
      ...args: unknown[]
    ) => Promise<string>;
    (chrome.notifications as { create: unknown }).create = (id: string, options: unknown) => {
      scope.captured.push({ id, options });
      return create(id, options);
    };
  });
}

async function captured(ext: LoadedExtension): Promise<Captured[]> {
  const worker = await ext.serviceWorker();
  return worker.evaluate(() => (globalThis as unknown as { captured: Captured[] }).captured);
}

/** A screenshot the size Chrome would give the popup. */
async function shootPopup(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await page.setViewportSize({ width: POPUP.width, height: Math.min(height, POPUP.height) });
  await screenshot(page, name);
  await page.setViewportSize(POPUP);
}

/**
 * The worker's clock moved on: the present stretch (and the session) began `ms` earlier, as if
 * that much time had passed standing, the way engine.test.ts moves a session back in time.
 */
function movedBack(state: EngineState, ms: number): EngineState {
  const { phase } = state;
  if (phase.kind !== 'sitting' || phase.session.activeSince === null) {
    throw new Error(`expected a present sitting phase, got ${JSON.stringify(phase)}`);
  }
  const { session } = phase;
  const activeSince = phase.session.activeSince;
  return {
    ...state,
    phase: {
      ...phase,
      session: {
        ...session,
        startedAt: session.startedAt - ms,
        activeSince: activeSince - ms,
      },
    },
  };
}

describe('sit-stand desk mode in Chromium', () => {
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

  it('is turned on in the options, stood for from the popup, and suggests sitting down after the standing time', async () => {
    await probe.setSettings({});
    // The options page: the setting, its standing time off until it is on, and why, with its source.
    const options = await ext.openPage('options.html');
    const desk = options.getByRole('checkbox', { name: 'I have a sit-stand desk' });
    const standTime = options.getByRole('spinbutton', {
      name: /Standing time before sitting down/,
    });
    await desk.waitFor();
    expect(await standTime.isDisabled()).toBe(true);
    expect(
      await options
        .getByRole('group', { name: 'Sit-stand desk' })
        .getByRole('link', { name: 'Thorp et al., 2014' })
        .getAttribute('href'),
    ).toBe('https://oem.bmj.com/content/71/11/765');
    await desk.check();
    await waitFor(
      () => probe.settings(),
      (s) => (s as { sitStand?: boolean } | undefined)?.sitStand === true,
    );
    expect(await standTime.isDisabled()).toBe(false);
    expect(await standTime.inputValue()).toBe('30');
    await screenshot(options, 'sit-stand-options');
    await options.close();

    // The popup: the desk card, sitting; one click says "I'm standing".
    const popup = await ext.openPage('popup.html');
    await popup.setViewportSize(POPUP);
    const standing = popup.getByRole('button', { name: 'I’m standing' });
    await standing.waitFor();
    expect(await standing.getAttribute('aria-pressed')).toBe('false');
    await standing.click();
    await waitFor(
      () => standing.getAttribute('aria-pressed'),
      (pressed) => pressed === 'true',
    );
    expect((await probe.engineState()).desk?.posture).toBe('standing');
    await popup.getByText(/^Standing for /).waitFor();
    // The status says the posture: standing, not sitting.
    await popup.getByText('Standing', { exact: true }).waitFor();
    expect(await popup.getByText('Sitting', { exact: true }).count()).toBe(0);
    expect(
      await waitFor(
        () => probe.badgeTitle(),
        (title) => title.startsWith('Limber: standing 0 min'),
      ),
    ).toBe('Limber: standing 0 min; next movement break in 60 min');

    // The worker's clock moves on: 30 minutes of standing, all but 3 seconds.
    await captureNotifications(ext);
    await probe.seedEngineState(movedBack(await probe.engineState(), 30 * MIN - 3 * SECOND));
    const notes = await waitFor(
      () => captured(ext),
      (list) => list.some((n) => n.id === 'limber-posture-sitting'),
      20 * SECOND,
    );
    const sitDown = notes.find((n) => n.id === 'limber-posture-sitting');
    expect(sitDown?.options.title).toBe('Time to sit down');
    expect(sitDown?.options.message).toBe(
      'You have stood for 30 min. Lower the desk and sit; your movement breaks keep their own time.',
    );
    expect(sitDown?.options.buttons?.map((b) => b.title)).toEqual(['I’m sitting', 'Snooze 5 min']);
    // No break yet: standing still is not one, and the hour of movement is not up.
    expect(notes.some((n) => n.id === 'limber-break')).toBe(false);
    expect(await probe.notificationIds()).toContain('limber-posture-sitting');
    expect(await probe.badgeTitle()).toMatch(/^Limber: standing 30 min; next movement break in /);

    // The popup says so, with the switch; axe-clean in light and dark.
    await popup.reload();
    await popup.getByText('Time to sit down.').waitFor();
    expect(await popup.getByText(/^Standing for 30 min/).count()).toBe(1);
    expect(await axeViolations(popup)).toEqual([]);
    await shootPopup(popup, 'sit-stand-popup-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await shootPopup(popup, 'sit-stand-popup-dark');
    await popup.emulateMedia({ colorScheme: 'light' });

    // "I'm sitting" from the popup: the suggestion goes, sitting counts again.
    await popup.getByRole('button', { name: 'I’m sitting' }).click();
    await waitFor(
      () => probe.notificationIds(),
      (ids) => !ids.includes('limber-posture-sitting'),
    );
    expect((await probe.engineState()).desk).toMatchObject({ posture: 'sitting', prompt: null });
    await popup.close();

    // The history: today's standing beside sitting, in the chart's legend and the table.
    const history = await ext.openPage('history.html');
    const table = history.getByRole('table');
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    const stoodColumn = headers.indexOf('Minutes stood');
    expect(stoodColumn).toBeGreaterThan(headers.indexOf('Minutes sat'));
    const todayRow = table.getByRole('row', { name: /\(today\)/ });
    const cells = await todayRow.getByRole('cell').allTextContents();
    // Column 0 is the row's header, so the cells start one column later.
    expect(cells[stoodColumn - 1]).toBe('30');
    expect(await history.getByText('Minutes stood', { exact: true }).first().isVisible()).toBe(
      true,
    );
    expect(
      await history.getByRole('img', { name: /Minutes sat/ }).getAttribute('aria-labelledby'),
    ).toBeTruthy();
    await screenshot(history, 'sit-stand-history');
    await history.close();
  });
});
