import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { sittingState } from './support/seed';
import { waitFor } from './support/wait';

const SECOND = 1000;
const MIN = 60 * SECOND;

/**
 * The worker saves the engine state, then acts on it. These tests stop it in between, for real:
 * the browser call that would show the reminder (or open the break page) is made to never
 * return, as if the worker had been stopped right there, and then the worker is stopped. The
 * next wake must finish the job, once.
 */
async function stallInWorker(ext: LoadedExtension, api: 'notifications' | 'tabs'): Promise<void> {
  const worker = await ext.serviceWorker();
  await worker.evaluate((name) => {
    const target = chrome[name] as unknown as { create: unknown };
    target.create = () => new Promise(() => undefined);
  }, api);
}

/** Counts the reminders the current worker shows from now on. */
async function countShown(ext: LoadedExtension): Promise<() => Promise<number>> {
  const worker = await ext.serviceWorker();
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { shown: number };
    scope.shown = 0;
    const create = chrome.notifications.create.bind(chrome.notifications) as (
      ...args: unknown[]
    ) => Promise<string>;
    (chrome.notifications as { create: unknown }).create = (...args: unknown[]) => {
      scope.shown += 1;
      return create(...args);
    };
  });
  return () => worker.evaluate(() => (globalThis as unknown as { shown: number }).shown);
}

function breakPages(ext: LoadedExtension): Page[] {
  return ext.context.pages().filter((p) => p.url().endsWith('/break.html'));
}

describe('a reminder or break page lost to a stopped worker', () => {
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

  it('shows the reminder on the next wake, exactly once', async () => {
    await stallInWorker(ext, 'notifications');
    await probe.seedEngineState(sittingState(Date.now(), 3 * SECOND));
    // The break falls due and is saved as shown; the notification never comes.
    const saved = await waitFor(
      () => probe.engineState(),
      (s) => s.phase.kind === 'due' && s.phase.notifiedAt !== null,
    );
    expect(await probe.notificationIds()).toEqual([]);
    await probe.stopServiceWorker();
    // A wake-up was set before the state was saved, so the worker is not left without one.
    const alarm = await probe.alarmAt();
    expect(alarm).not.toBeNull();
    expect((alarm as number) - Date.now()).toBeLessThanOrEqual(MIN);

    // Opening the popup wakes the worker.
    await probe.send({ type: 'getStatus' });
    await waitFor(
      () => probe.notificationIds(),
      (ids) => ids.length > 0,
      10 * SECOND,
    );
    expect(await probe.notificationIds()).toEqual(['limber-break']);
    // The badge is set in the same step as the reminder, a moment apart.
    await probe.untilBadge('move');
    const state = await waitFor(
      () => probe.engineState(),
      (s) => s.owed === undefined,
    );
    expect(state.phase).toMatchObject({
      kind: 'due',
      notifiedAt: saved.phase.kind === 'due' ? saved.phase.notifiedAt : -1,
    });

    // Once, not a stream: later wakes show nothing more, even after the user closes it.
    const shown = await countShown(ext);
    await probe.page.evaluate(() => chrome.notifications.clear('limber-break'));
    for (let i = 0; i < 3; i++) await probe.send({ type: 'getStatus' });
    expect(await shown()).toBe(0);
    expect(await probe.notificationIds()).toEqual([]);
    await probe.stopServiceWorker();
    await probe.send({ type: 'getStatus' });
    expect(await probe.notificationIds()).toEqual([]);
    expect((await probe.engineState()).owed).toBeUndefined();
  });

  it('opens the break page on the next wake, exactly once', async () => {
    await probe.seedEngineState(sittingState(Date.now(), 10 * MIN));
    await stallInWorker(ext, 'tabs');
    // Start the break as the popup does; the reply never comes, since the worker stalls.
    await probe.page.evaluate(() => {
      chrome.runtime.sendMessage({ type: 'startBreak' }).catch(() => undefined);
    });
    await waitFor(
      () => probe.engineState(),
      (s) => s.phase.kind === 'onBreak',
    );
    expect(breakPages(ext)).toEqual([]);
    await probe.stopServiceWorker();

    await probe.send({ type: 'getStatus' });
    await waitFor(
      async () => breakPages(ext).length,
      (n) => n > 0,
      10 * SECOND,
    );
    for (let i = 0; i < 3; i++) await probe.send({ type: 'getStatus' });
    expect(breakPages(ext)).toHaveLength(1);
    expect((await probe.engineState()).owed).toBeUndefined();
    await probe.send({ type: 'endBreak' });
  });
});
