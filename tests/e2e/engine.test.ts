import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tipKey } from '@/lib/content/tips';
import { CHROME_BUILD_DIR } from './support/chromium';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { sittingState } from './support/seed';
import { waitFor } from './support/wait';

const SECOND = 1000;
const MIN = 60 * SECOND;

interface CapturedNotification {
  at: number;
  id: string;
  options: {
    title: string;
    message: string;
    contextMessage?: string;
    buttons?: { title: string }[];
  };
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
      scope.captured.push({ at: Date.now(), id, options });
      return create(id, options);
    };
  });
}

async function captured(ext: LoadedExtension): Promise<CapturedNotification[]> {
  const worker = await ext.serviceWorker();
  return worker.evaluate(
    () => (globalThis as unknown as { captured: CapturedNotification[] }).captured,
  );
}

describe('the sitting-session engine in Chromium', () => {
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
    await probe.send({ type: 'resume' });
  });

  it('starts counting at install: the badge shows the minutes to the first break', async () => {
    await probe.send({ type: 'getStatus' });
    await probe.untilBadge('30m');
    expect(await probe.badgeTitle()).toBe('Limber: next break in 30 min');
    const alarm = await probe.alarmAt();
    expect(alarm).not.toBeNull();
    expect((alarm as number) - Date.now()).toBeLessThanOrEqual(MIN);
  });

  it('fires the reminder on time with a tip and both buttons', async () => {
    await captureNotifications(ext);
    const dueAt = Date.now() + 4 * SECOND;
    await probe.seedEngineState(sittingState(Date.now(), 4 * SECOND));
    expect(await probe.notificationIds()).toEqual([]);
    const [note] = await waitFor(
      () => captured(ext),
      (c) => c.length > 0,
    );
    expect(note?.at).toBeGreaterThanOrEqual(dueAt);
    expect((note?.at ?? 0) - dueAt).toBeLessThan(3 * SECOND);
    expect(note?.options.title).toBe('Time for a 2-minute break');
    expect(note?.options.message.length).toBeGreaterThan(20);
    // The tip comes from the library file shipped in the package, with its source, and its words
    // from the package's English messages.
    const read = (path: string) => JSON.parse(readFileSync(join(CHROME_BUILD_DIR, path), 'utf8'));
    const tips = read('content/tips.json') as { id: string; source: { name: string } }[];
    const messages = read('_locales/en/messages.json') as Record<string, { message: string }>;
    const words = (id: string, part: 'title' | 'text') =>
      messages[tipKey(id, part)]?.message ?? `(no ${part} for ${id})`;
    const tip = tips.find(
      (t) => note?.options.message === `${words(t.id, 'title')}: ${words(t.id, 'text')}`,
    );
    expect(tip, `"${note?.options.message}" is a tip from the library`).toBeDefined();
    expect(note?.options.contextMessage).toBe(`Source: ${tip?.source.name}`);
    expect(note?.options.buttons?.map((b) => b.title)).toEqual(['Start break', 'Snooze 5 min']);
    expect(await probe.notificationIds()).toEqual(['limber-break']);
    await probe.untilBadge('move');
  });

  it('snoozes: the reminder goes away and is rescheduled for the snooze length', async () => {
    await probe.seedEngineState(sittingState(Date.now(), 0));
    await waitFor(
      () => probe.notificationIds(),
      (ids) => ids.length === 1,
    );
    const before = Date.now();
    await probe.send({ type: 'snooze' });
    expect(await probe.notificationIds()).toEqual([]);
    const state = await probe.engineState();
    expect(state.phase.kind).toBe('snoozed');
    const until = state.phase.kind === 'snoozed' ? state.phase.until : 0;
    expect(until - before).toBeGreaterThanOrEqual(5 * MIN - SECOND);
    expect(until - before).toBeLessThanOrEqual(5 * MIN + 2 * SECOND);
    expect(await probe.badgeText()).toBe('5m');
    expect(await probe.alarmAt()).toBeLessThanOrEqual(until);
    expect((await probe.records()).map((r) => r.type)).toContain('snoozed');
  });

  it('still fires on time after the service worker is stopped mid-session', async () => {
    const dueAt = Date.now() + 6 * SECOND;
    await probe.seedEngineState(sittingState(Date.now(), 6 * SECOND));
    const before = await ext.serviceWorker();
    await before.evaluate(() => {
      (globalThis as unknown as { marker: string }).marker = 'first worker';
    });
    await probe.stopServiceWorker();
    expect(await probe.notificationIds()).toEqual([]);
    await waitFor(
      () => probe.notificationIds(),
      (ids) => ids.includes('limber-break'),
    );
    const firedAt = Date.now();
    expect(firedAt - dueAt).toBeLessThan(3 * SECOND);
    const state = await probe.engineState();
    expect(state.phase).toMatchObject({ kind: 'due', dueAt });
    // The alarm woke a new worker: nothing of the old one's memory was needed.
    const after = ext.context.serviceWorkers().at(-1);
    expect(await after?.evaluate(() => (globalThis as { marker?: string }).marker)).toBeUndefined();
  });

  it('pauses: no reminder while paused, and the pause ends by itself on time', async () => {
    await probe.seedEngineState(sittingState(Date.now(), 2 * SECOND));
    const before = Date.now();
    await probe.send({ type: 'pause', choice: '30m' });
    expect(await probe.badgeText()).toBe('off');
    // The engine dated the pause itself, and its one wake-up is the pause's end: nothing wakes
    // it when the break that was 2 seconds away would have fallen due.
    const paused = await probe.engineState();
    const until = paused.phase.kind === 'paused' ? paused.phase.until : null;
    expect(until).not.toBeNull();
    expect((until as number) - before).toBeGreaterThanOrEqual(30 * MIN);
    expect((until as number) - Date.now()).toBeLessThanOrEqual(30 * MIN);
    expect(await probe.alarmAt()).toBe(until);
    expect(await probe.notificationIds()).toEqual([]);
    // Bring the pause's end close, as if 30 minutes had passed, and let the alarm end it.
    const state = await probe.engineState();
    const endsAt = Date.now() + 3 * SECOND;
    await probe.seedEngineState({ ...state, phase: { kind: 'paused', since: 0, until: endsAt } });
    expect(await probe.badgeText()).toBe('off');
    await probe.untilBadge('30m');
    expect(Date.now() - endsAt).toBeLessThan(3 * SECOND);
    expect((await probe.engineState()).phase.kind).toBe('sitting');
  });

  it('holds the reminder while a window is fullscreen and shows it at the next wake after it ends', async () => {
    const windowId = await probe.page.evaluate(async () => (await chrome.windows.getCurrent()).id);
    await probe.page.evaluate(
      (id) => chrome.windows.update(id as number, { state: 'fullscreen' }),
      windowId,
    );
    await waitFor(
      () => probe.page.evaluate(async () => (await chrome.windows.getCurrent()).state),
      (state) => state === 'fullscreen',
    );
    await probe.seedEngineState(sittingState(Date.now(), 2 * SECOND));
    // The break falls due at its alarm, held: the step that makes it due would have shown it.
    const due = await waitFor(
      () => probe.engineState(),
      (state) => state.phase.kind === 'due',
    );
    expect(due.phase).toMatchObject({ kind: 'due', notifiedAt: null });
    expect(await probe.notificationIds()).toEqual([]);
    await probe.page.evaluate(
      (id) => chrome.windows.update(id as number, { state: 'normal' }),
      windowId,
    );
    // The worker does not listen to window changes (they would wake it all day): it reads
    // fullscreen at its next wake, which a held reminder keeps within a minute.
    const alarm = await probe.alarmAt();
    expect(alarm).not.toBeNull();
    expect(alarm as number).toBeLessThanOrEqual(Date.now() + 60 * SECOND);
    expect(await probe.notificationIds()).toEqual([]);
    // That wake, brought forward: the engine's own alarm fired now.
    await probe.page.evaluate(() => chrome.alarms.create('limber-next', { when: Date.now() }));
    await waitFor(
      () => probe.notificationIds(),
      (ids) => ids.includes('limber-break'),
      5 * SECOND,
    );
  });

  it('applies a changed interval at once', async () => {
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
    expect(await probe.badgeText()).toBe('20m');
    await probe.setSettings({ sitMinutes: 45 });
    await probe.untilBadge('35m');
  });
});
