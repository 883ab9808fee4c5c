import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXERCISE_CATEGORIES } from '@/lib/content/categories';
import type { BreakRecord, EngineState } from '@/lib/session/state';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { stopWorker } from './support/faults';
import { horizontalOverflow } from './support/layout';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { sittingState } from './support/seed';
import { waitFor } from './support/wait';
import { WorkerStarts } from './support/worker-starts';

const SECOND = 1000;
const MIN = 60 * SECOND;

describe('the guided break page in Chromium', () => {
  let ext: LoadedExtension;
  let probe: Probe;
  let testStart: number;

  const breakPages = () => ext.context.pages().filter((p) => p.url().endsWith('/break.html'));

  /** Asks for a break as the popup and notification do, and returns the page it opens. */
  async function startBreak(): Promise<Page> {
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/break.html'),
    });
    await probe.send({ type: 'startBreak' });
    const page = await opened;
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    return page;
  }

  async function recordsSinceStart(): Promise<BreakRecord[]> {
    return (await probe.records()).filter((r) => r.at >= testStart);
  }

  const moveLabel = (page: Page) => page.getByText(/^Move \d+ of \d+$/).textContent();
  const moveName = (page: Page) => page.getByRole('heading', { level: 2 }).textContent();
  /** The page renders just after an event: poll rather than read once. */
  const expectMove = (page: Page, label: string) => expect.poll(() => moveLabel(page)).toBe(label);

  beforeAll(async () => {
    ext = await launchExtension();
    probe = await Probe.open(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  beforeEach(async () => {
    for (const page of breakPages()) await page.close();
    await probe.setSettings({});
    // Seeded until the background is seen holding it: closing the last test's break page ends
    // that break in the background a moment later, and must not land after the seed.
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
    testStart = Date.now();
  });

  it('opens on "start break" and shows an illustrated move with its steps, dose and source', async () => {
    const page = await startBreak();
    await page.bringToFront();
    expect(await page.getByRole('heading', { level: 1, name: 'Break time' }).isVisible()).toBe(
      true,
    );
    expect(await moveLabel(page)).toMatch(/^Move 1 of [12]$/);
    const picture = page
      .getByRole('img')
      .filter({ hasNot: page.locator('header') })
      .last();
    expect((await picture.getAttribute('aria-labelledby'))?.length).toBeGreaterThan(0);
    const card = page.getByRole('article');
    expect(await card.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    expect(await card.getByRole('term').textContent()).toBe('Dose');
    expect(await card.getByRole('definition').textContent()).toMatch(/Hold|times|Keep going/);
    expect(await card.getByText(/^Caution:/).isVisible()).toBe(true);
    const source = card.getByRole('link', { name: /^Source: / });
    expect(await source.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await page.getByRole('timer', { name: 'This move' }).textContent()).toMatch(/^\d:\d\d$/);
    expect(await page.getByRole('timer', { name: 'Break ends in' }).textContent()).toMatch(
      /^[12]:\d\d$/,
    );
    expect((await probe.engineState()).phase.kind).toBe('onBreak');
  });

  it('looks right at popup size and full window, light and dark', async () => {
    await probe.setSettings({ longBreakEvery: 1 });
    const page = await startBreak();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width: 400, height: 600 });
      await screenshot(page, `break-400x600-${scheme}`);
      await page.setViewportSize({ width: 1280, height: 800 });
      await screenshot(page, `break-1280x800-${scheme}`);
    }
    // Nothing may stick out sideways at the small size.
    await page.setViewportSize({ width: 400, height: 600 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('steps through the moves with the buttons and the keyboard', async () => {
    await probe.setSettings({ longBreakEvery: 1 });
    const page = await startBreak();
    expect(await page.getByRole('heading', { level: 1, name: 'Longer break' }).count()).toBe(1);
    const label = (await moveLabel(page)) ?? '';
    const count = Number(label.split(' of ')[1]);
    expect(count).toBeGreaterThan(2);
    const first = await moveName(page);

    await page.getByRole('button', { name: 'Next' }).click();
    await expectMove(page, `Move 2 of ${count}`);
    const second = await moveName(page);
    expect(second).not.toBe(first);
    await page.getByRole('button', { name: 'Previous' }).click();
    await expectMove(page, `Move 1 of ${count}`);
    expect(await moveName(page)).toBe(first);

    // Keys act on the page when no control has focus.
    await page.getByRole('heading', { level: 2 }).click();
    await page.keyboard.press('ArrowRight');
    await expectMove(page, `Move 2 of ${count}`);
    await page.keyboard.press('ArrowLeft');
    await expectMove(page, `Move 1 of ${count}`);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    const frozen = await page.getByRole('timer', { name: 'This move' }).textContent();
    await page.waitForTimeout(1500);
    expect(await page.getByRole('timer', { name: 'This move' }).textContent()).toBe(frozen);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause' }).waitFor();

    // A focused button keeps its own keys: Enter presses it, it does not finish the break.
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await expectMove(page, `Move 2 of ${count}`);
    await page.getByRole('button', { name: 'Pause' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    expect((await probe.engineState()).phase.kind).toBe('onBreak');

    // Every move shown is remembered, so tomorrow's routines can avoid it.
    const shownSinceStart = async () =>
      (
        (await page.evaluate(
          async () => (await chrome.storage.local.get('recentExercises')).recentExercises,
        )) as { id: string; at: number }[]
      ).filter((r) => r.at >= testStart).length;
    await expect.poll(shownSinceStart).toBe(2);

    // After the last move the page says so, and the break goes on until Done or the time.
    for (let i = 2; i < count; i++) await page.getByRole('button', { name: 'Next' }).click();
    await expectMove(page, `Move ${count} of ${count}`);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 2, name: 'All moves done' }).waitFor();
    await page.setViewportSize({ width: 400, height: 600 });
    await screenshot(page, 'break-all-done-400x600');
    expect(await page.getByRole('button', { name: 'Next' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Previous' }).isEnabled()).toBe(true);
    expect((await probe.engineState()).phase.kind).toBe('onBreak');

    // Enter with no control focused finishes the break.
    await page.getByRole('heading', { level: 2 }).click();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Break done' }).waitFor();
    // The page says so at once; the background's record follows.
    await waitFor(recordsSinceStart, (r) => r.some((x) => x.type === 'completed'));
  });

  it('records the break when Done is pressed and starts a new sitting session', async () => {
    const page = await startBreak();
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { level: 1, name: 'Break done' }).waitFor();
    // The page says so at once; the background's record and new session follow.
    const records = await waitFor(recordsSinceStart, (r) => r.some((x) => x.type === 'completed'));
    expect((await probe.engineState()).phase.kind).toBe('sitting');
    const completed = records.filter((r) => r.type === 'completed');
    expect(completed).toHaveLength(1);
    const duration = completed[0]?.type === 'completed' ? completed[0].durationMs : 0;
    expect(duration).toBeGreaterThanOrEqual(1000);
    expect(duration).toBeLessThan(30 * SECOND);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/^\d+ seconds of movement counted\.$/);
    expect(await page.getByText(/next break is due in about 30 min/).isVisible()).toBe(true);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await screenshot(page, 'break-done');

    const closed = page.waitForEvent('close');
    await page.getByRole('button', { name: 'Close this tab' }).click();
    await closed;
    expect(breakPages()).toHaveLength(0);
    expect((await recordsSinceStart()).filter((r) => r.type === 'completed')).toHaveLength(1);
  });

  it('records a skip when Skip is pressed', async () => {
    const page = await startBreak();
    await page.getByRole('button', { name: 'Skip break' }).click();
    await page.getByRole('heading', { level: 1, name: 'Break skipped' }).waitFor();
    // The summary comes from the engine's own record, so the skip has been counted by now.
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Skipped\./);
    expect((await probe.engineState()).phase.kind).toBe('sitting');
    const types = (await recordsSinceStart()).map((r) => r.type);
    expect(types).toContain('skipped');
    expect(types).not.toContain('completed');
  });

  it('counts a tab closed early as a break of the time actually spent', async () => {
    const page = await startBreak();
    const { phase } = await probe.engineState();
    const startedAt = phase.kind === 'onBreak' ? phase.startedAt : 0;
    await page.waitForTimeout(2000);
    const closedAt = Date.now();
    await page.close();
    const records = await waitFor(recordsSinceStart, (r) => r.some((x) => x.type === 'completed'));
    const completed = records.find((r) => r.type === 'completed');
    const duration = completed?.type === 'completed' ? completed.durationMs : 0;
    expect(duration).toBeGreaterThanOrEqual(2000);
    expect(duration).toBeLessThanOrEqual(closedAt - startedAt + 3 * SECOND);
    expect((await probe.engineState()).phase.kind).toBe('sitting');
  });

  it('counts a tab closed early after the worker was stopped: the page connects again', async () => {
    const page = await startBreak();
    const { phase } = await probe.engineState();
    const startedAt = phase.kind === 'onBreak' ? phase.startedAt : 0;
    const starts = await WorkerStarts.watch(ext, probe.page);
    try {
      // Chrome stops an idle worker, which drops the page's port; the page connects again,
      // which starts it, so the close is heard at once.
      const restarted = starts.nextStart();
      await stopWorker(ext, probe.page);
      await restarted;
      await page.waitForTimeout(1000);
      const closedAt = Date.now();
      await page.close();
      const records = await waitFor(recordsSinceStart, (r) =>
        r.some((x) => x.type === 'completed'),
      );
      const completed = records.find((r) => r.type === 'completed');
      const duration = completed?.type === 'completed' ? completed.durationMs : 0;
      expect(duration).toBeGreaterThanOrEqual(1000);
      expect(duration).toBeLessThanOrEqual(closedAt - startedAt + 3 * SECOND);
      expect((await probe.engineState()).phase.kind).toBe('sitting');
    } finally {
      await starts.detach();
    }
  });

  it('counts a tab closed while the worker was stopped, up to when the page was last seen', async () => {
    const page = await startBreak();
    const { phase } = await probe.engineState();
    const startedAt = phase.kind === 'onBreak' ? phase.startedAt : 0;
    await page.waitForTimeout(2000);
    // The extension's process dies (as in a crash): its pages and its worker with it, so the
    // worker hears no port drop and the page can neither connect again nor note anything more.
    // The break page's tab stays, showing the crash.
    const crashed = page.waitForEvent('crash');
    const cdp = await ext.context.newCDPSession(page);
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    // Every other page of the extension went with it (the probe, the welcome page): closed.
    const lost = ext.context
      .pages()
      .filter((p) => p !== page && p.url().startsWith('chrome-extension://'));
    probe = await Probe.open(ext);
    for (const gone of lost) await gone.close();
    const starts = await WorkerStarts.watch(ext, probe.page);
    try {
      await starts.stop();
      const seen = (await probe.page.evaluate(
        async () => (await chrome.storage.session.get('breakSeen')).breakSeen,
      )) as { startedAt: number; at: number };
      expect(seen.startedAt).toBe(startedAt);
      // The tab is closed with the worker stopped, which does not wake it.
      const before = starts.count;
      const closedAt = Date.now();
      await page.close();
      expect((await probe.engineState()).phase.kind).toBe('onBreak');

      // The next wake (here the popup asking for the status) finds the page gone, and ends the
      // break where the page was last seen: not its full length, nor when it was found gone.
      const started = starts.nextStart();
      await probe.send({ type: 'getStatus' });
      await started;
      expect(starts.count - before, 'worker starts: the status request alone').toBe(1);
      const records = await waitFor(recordsSinceStart, (r) =>
        r.some((x) => x.type === 'completed'),
      );
      expect(records.filter((r) => r.type === 'completed')).toEqual([
        { type: 'completed', at: seen.at, long: false, durationMs: seen.at - startedAt },
      ]);
      expect(seen.at).toBeLessThanOrEqual(closedAt);
      expect((await probe.engineState()).phase.kind).toBe('sitting');
    } finally {
      await starts.detach();
    }
  });

  it('keeps a single break page however often a break is asked for', async () => {
    await probe.setSettings({ longBreakEvery: 1 });
    const page = await startBreak();
    await probe.send({ type: 'startBreak' });
    await probe.send({ type: 'startBreak' });
    await page.waitForTimeout(800);
    expect(breakPages()).toHaveLength(1);
    // A reload shows the same routine, at the same move.
    await page.getByRole('button', { name: 'Next' }).click();
    const label = (await moveLabel(page)) ?? '';
    expect(label).toMatch(/^Move 2 of \d+$/);
    const name = await moveName(page);
    await page.reload();
    await page.getByRole('heading', { level: 2 }).waitFor();
    expect(await moveLabel(page)).toBe(label);
    expect(await moveName(page)).toBe(name);
    expect(breakPages()).toHaveLength(1);
  });

  it('finishes by itself when the time runs out, with the chime when it is turned on', async () => {
    await ext.context.addInitScript(() => {
      const scope = window as unknown as { chimes: number };
      scope.chimes = 0;
      const create = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        scope.chimes++;
        return create.call(this);
      };
    });
    for (const silent of [false, true]) {
      await probe.setSettings({ breakSound: true, notificationSilent: silent });
      // The page is open first, as when a break starts; then a break with 4 seconds left begins.
      const page = await ext.openPage('break.html');
      await page.getByRole('heading', { level: 1, name: 'No break running' }).waitFor();
      const now = Date.now();
      const onBreak: EngineState = {
        ...(await probe.engineState()),
        phase: {
          kind: 'onBreak',
          startedAt: now - 2 * MIN + 4 * SECOND,
          endsAt: now + 4 * SECOND,
          long: false,
        },
      };
      await probe.setEngineState(onBreak);
      await page.getByRole('heading', { level: 1, name: 'Break time' }).waitFor();
      await page
        .getByRole('heading', { level: 1, name: 'Break done' })
        .waitFor({ timeout: 10_000 });
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toMatch(/^Time is up, well done! 2 minutes of movement counted\.$/);
      expect((await probe.engineState()).phase.kind).toBe('sitting');
      const chimes = await page.evaluate(() => (window as unknown as { chimes: number }).chimes);
      expect(chimes, silent ? 'silent' : 'with sound').toBe(silent ? 0 : 2);
      await page.close();
    }
    const completed = (await recordsSinceStart()).filter((r) => r.type === 'completed');
    expect(completed).toHaveLength(2);
  });

  it('honours the categories the user switched off', async () => {
    await probe.setSettings({
      excludedCategories: [
        'standing',
        'neck',
        'shoulders',
        'upper-back',
        'low-back',
        'hips-legs',
        'hands-wrists',
      ],
    });
    const page = await startBreak();
    expect(await moveLabel(page)).toBe('Move 1 of 1');
    expect(await moveName(page)).toBe('Eye break');
    await page.getByRole('button', { name: 'Skip break' }).click();
    await page.getByRole('heading', { level: 1, name: 'Break skipped' }).waitFor();

    await probe.setSettings({
      excludedCategories: [...EXERCISE_CATEGORIES],
    });
    await probe.send({ type: 'startBreak' });
    await page.getByRole('heading', { level: 2, name: 'Move as you like' }).waitFor();
    await screenshot(page, 'break-no-moves');
    expect(await page.getByRole('button', { name: 'Choose which moves to show' }).isVisible()).toBe(
      true,
    );
    expect(breakPages()).toHaveLength(1);
  });

  it('offers a break when opened with none running, and starts it in place', async () => {
    const page = await ext.openPage('break.html');
    await page.getByRole('heading', { level: 1, name: 'No break running' }).waitFor();
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'break-none-running-dark');
    await page.getByRole('button', { name: 'Start a break now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Break time' }).waitFor();
    expect((await probe.engineState()).phase.kind).toBe('onBreak');
    await page.waitForTimeout(500);
    expect(breakPages()).toHaveLength(1);
    // Started from here, it is the break page the background knows: closing it ends the break.
    await page.close();
    await waitFor(recordsSinceStart, (r) => r.some((x) => x.type === 'completed'));
  });
});
