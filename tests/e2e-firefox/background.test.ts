import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NOTIFICATION_ID } from '@/entrypoints/background/notifications';
import type { EngineState } from '@/lib/session/state';
import { sittingState } from '../e2e/support/seed';
import { waitFor } from '../e2e/support/wait';
import { failOnConsoleErrors } from './support/console-errors';
import { FirefoxExtension } from './support/extension';
import { Probe, type ToolbarButton } from './support/probe';
import { screenshot } from './support/screenshot';

const SECOND = 1000;
const MIN = 60 * SECOND;

/** How long Firefox lets the event page idle before suspending it, here (its default is 30 s). */
const BACKGROUND_IDLE_MS = 1000;

describe('the background in Firefox', () => {
  let ext: FirefoxExtension;
  let probe: Probe;
  const opened: Page[] = [];

  /** Waits for the toolbar button to show `text`, and returns it with its tooltip and colour. */
  async function buttonShowing(text: string): Promise<ToolbarButton> {
    return waitFor(
      () => probe.toolbarButton(),
      (button) => button.text === text,
    );
  }

  async function waitForReminder(): Promise<Record<string, unknown>> {
    const shown = await waitFor(
      () => probe.notifications(),
      (all) => NOTIFICATION_ID in all,
    );
    return shown[NOTIFICATION_ID] as Record<string, unknown>;
  }

  async function stateWhere(ok: (state: EngineState) => boolean): Promise<EngineState> {
    return waitFor(() => probe.engineState(), ok);
  }

  beforeAll(async () => {
    ext = await FirefoxExtension.launch({ backgroundIdleMs: BACKGROUND_IDLE_MS });
    probe = new Probe(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  beforeEach(async () => {
    await ext.markUserActive();
    await probe.setSettings({});
    // A fresh session, seen held by the engine: what the last test left (a break due, say) is gone.
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
    await probe.page().evaluate((id) => browser.notifications.clear(id), NOTIFICATION_ID);
  });

  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
  });

  it('is an event page: suspended when idle, woken by its alarm to remind, and by a page', async () => {
    const manifest = await probe.page().evaluate(() => browser.runtime.getManifest());
    expect(manifest.background).toMatchObject({
      persistent: false,
      scripts: [ext.url('background.js')],
    });

    await probe.seedEngineState(sittingState(Date.now(), 8 * SECOND));
    // Firefox suspends it once idle, long before the break falls due.
    await waitFor(
      () => ext.backgroundRunning(),
      (running) => !running,
      6 * SECOND,
    );
    expect(await probe.notifications()).toEqual({});

    // Its alarm starts it again, and the reminder shows.
    await waitForReminder();
    expect((await probe.engineState()).phase.kind).toBe('due');
    expect((await buttonShowing('move')).title).toBe('Limber: time for a break');
    await waitFor(
      () => ext.backgroundRunning(),
      (running) => !running,
      6 * SECOND,
    );

    // A page's message starts it too, and gets the answer.
    const reply = (await probe.send({ type: 'getStatus' })) as { ok: boolean; state: EngineState };
    expect(reply.ok).toBe(true);
    expect(reply.state.phase.kind).toBe('due');
  });

  it('shows the reminder without buttons; clicking it starts the break', async () => {
    await probe.seedEngineState(sittingState(Date.now(), 2 * SECOND));
    const created = await waitForReminder();
    expect(created.title).toBe('Time for a 2-minute break');
    expect(created.message).toMatch(/^.+: .+$/);
    // Firefox notifications have no buttons (it refuses to create one that asks for them).
    expect(created.buttons ?? null).toBeNull();

    // As Firefox draws it (its own window, since there is no notification daemon here).
    expect(await ext.notificationOnScreen()).toEqual({
      title: created.title,
      text: created.message,
    });

    await ext.clickNotification();
    await stateWhere((s) => s.phase.kind === 'onBreak');
    const page = await ext.pageShowing('break.html');
    opened.push(page);
    await page.waitForSelector('aria/Break time[role="heading"]');
    expect(await probe.notifications()).toEqual({});
    expect((await buttonShowing('brk')).title).toMatch(/^Limber: on a break until /);

    // Closing the break page ends the break. The event page hears it at once through the
    // page's port, unless the page closed while the event page was suspended and the port not
    // yet made again (this file suspends it after 1 s idle); it then finds the page gone at its
    // next wake and ends the break where the page was last seen. Each look here wakes it, as any
    // use of Limber would.
    await page.close();
    opened.pop();
    await waitFor(
      async () => {
        await probe.send({ type: 'getStatus' });
        return probe.engineState();
      },
      (s) => s.phase.kind === 'sitting',
    );
    expect((await probe.records()).at(-1)?.type).toBe('completed');
  });

  it('snoozes from the popup, since the notification has no snooze button', async () => {
    await probe.seedEngineState(sittingState(Date.now(), SECOND));
    await waitForReminder();
    const popup = await ext.openPage('popup.html');
    opened.push(popup);
    await popup.setViewport({ width: 380, height: 600 });
    const snooze = await popup.waitForSelector('aria/Snooze 5 min[role="button"]');
    await screenshot(popup, 'firefox-popup-due');
    const clicked = Date.now();
    await snooze?.click();

    const state = await stateWhere((s) => s.phase.kind === 'snoozed');
    if (state.phase.kind !== 'snoozed') throw new Error('not snoozed');
    expect(state.phase.until).toBeGreaterThanOrEqual(clicked + 5 * MIN - SECOND);
    expect(state.phase.until).toBeLessThanOrEqual(Date.now() + 5 * MIN);
    await waitFor(
      () => probe.notifications(),
      (all) => Object.keys(all).length === 0,
    );
    await popup.waitForSelector('::-p-text(Break snoozed)');
    expect((await buttonShowing('5m')).title).toBe(
      'Limber: break snoozed, reminding you again in 5 min',
    );
  });

  it('keeps the toolbar button (browserAction) showing the state: minutes, paused', async () => {
    const manifest = await probe.page().evaluate(() => browser.runtime.getManifest());
    expect(manifest.browser_action?.default_popup).toMatch(/\/popup\.html$/);
    expect(await probe.page().evaluate(() => 'action' in browser)).toBe(false);

    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
    const sitting = await buttonShowing('20m');
    expect(sitting.title).toBe('Limber: next break in 20 min');

    await probe.send({ type: 'pause', choice: 'manual' });
    const paused = await buttonShowing('off');
    expect(paused.title).toBe('Limber: reminders paused until you turn them back on');
    // Each state in its own colour.
    expect(paused.color).toHaveLength(4);
    expect(paused.color).not.toEqual(sitting.color);

    await probe.send({ type: 'resume' });
    expect((await buttonShowing('30m')).color).toEqual(sitting.color);
  });

  it('stops counting while Firefox reports the user idle, and goes on when they are back', async () => {
    await probe.setSettings({ idleSeconds: 15 });
    await ext.markUserActive();
    const seeded = sittingState(Date.now(), 20 * MIN);
    await probe.seedEngineState(seeded);

    // Headless Firefox gets no real input: 15 s on, its idle detector reports the user away.
    const away = await waitFor(
      () => probe.engineState(),
      (s) => s.presence === 'idle',
      30 * SECOND,
    );
    if (away.phase.kind !== 'sitting') throw new Error(`not sitting: ${away.phase.kind}`);
    expect(away.phase.session.activeSince).toBeNull();
    // Dated back to the last input, 15 s before the detector spoke.
    expect(away.phase.session.awaySince).toBeLessThanOrEqual(Date.now() - 15 * SECOND);
    await waitFor(
      () => probe.toolbarButton(),
      (button) => button.title.startsWith('Limber: you seem to be away'),
    );

    // Back after less than a break's length: the count goes on, no natural break.
    await ext.markUserActive();
    const back = await waitFor(
      () => probe.engineState(),
      (s) => s.presence === 'active',
    );
    if (back.phase.kind !== 'sitting') throw new Error(`not sitting: ${back.phase.kind}`);
    expect(back.phase.session.startedAt).toBe(
      seeded.phase.kind === 'sitting' ? seeded.phase.session.startedAt : NaN,
    );
    expect(back.phase.session.activeSince).not.toBeNull();
    expect((await probe.records()).filter((r) => r.type === 'natural')).toEqual([]);
  });

  it('holds a reminder during fullscreen, read at each wake-up (Firefox has no window-bounds event)', async () => {
    // Firefox has no windows.onBoundsChanged, so the background cannot hear fullscreen start or
    // end. The fallback: it asks at every wake-up, which comes at least once a minute while a
    // reminder waits, so a held reminder shows within a minute of fullscreen ending.
    expect(await probe.page().evaluate(() => 'onBoundsChanged' in browser.windows)).toBe(false);
    type WindowState = 'fullscreen' | 'maximized' | 'normal' | 'minimized';
    const windowState = () =>
      probe.page().evaluate(async () => (await browser.windows.getAll())[0]?.state);
    const setWindowState = async (state: WindowState) => {
      await probe.page().evaluate(async (to) => {
        const [window] = await browser.windows.getAll();
        if (window?.id === undefined) throw new Error('no window');
        await browser.windows.update(window.id, { state: to });
      }, state);
      await waitFor(windowState, (now) => now === state);
    };

    const before = ((await windowState()) ?? 'normal') as WindowState;
    await setWindowState('fullscreen');
    try {
      await probe.seedEngineState(sittingState(Date.now(), 2 * SECOND));
      const held = await stateWhere((s) => s.phase.kind === 'due');
      expect(held.fullscreen).toBe(true);
      if (held.phase.kind !== 'due') throw new Error('not due');
      expect(held.phase.notifiedAt).toBeNull();
      expect(await probe.notifications()).toEqual({});
    } finally {
      await setWindowState(before);
    }

    // Nothing tells the background that fullscreen ended; its next wake-up is within a minute.
    const wake = await probe.alarmAt();
    expect(wake).not.toBeNull();
    expect(wake ?? 0).toBeLessThanOrEqual(Date.now() + MIN);
    expect((await probe.engineState()).fullscreen).toBe(true);
    // That wake-up, brought forward: it sees the window back to normal and shows the reminder.
    await probe.wakeAt(Date.now() + 300);
    await waitForReminder();
    expect((await probe.engineState()).fullscreen).toBe(false);
  });
});
