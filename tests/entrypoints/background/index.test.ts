import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { ALARM_NAME } from '@/entrypoints/background/effects';
import { NOTIFICATION_ID } from '@/entrypoints/background/notifications';
import type { IntentReply } from '@/lib/messages';
import type { BreakRecord, EngineState } from '@/lib/session/state';

const MIN = 60_000;
const T0 = new Date(2026, 2, 2, 9, 0).getTime();

type Listener<A extends unknown[]> = (...args: A) => unknown;

/** fakeBrowser has no idle or commands API: a minimal event with a way to fire it. */
function fakeEvent<A extends unknown[]>() {
  const listeners: Listener<A>[] = [];
  return {
    addListener: (l: Listener<A>) => listeners.push(l),
    removeListener: () => undefined,
    hasListener: () => false,
    trigger: (...args: A) => Promise.all(listeners.map((l) => l(...args))),
  };
}

let idleState: 'active' | 'idle' | 'locked' = 'active';
const onIdle = fakeEvent<['active' | 'idle' | 'locked']>();
const onCommand = fakeEvent<[string]>();
const onConnect = fakeEvent<[unknown]>();

async function settle() {
  // Listeners start async work they do not return; let it finish.
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

async function state(): Promise<EngineState> {
  return (await fakeBrowser.storage.local.get('engine')).engine as EngineState;
}

async function records(): Promise<BreakRecord[]> {
  return ((await fakeBrowser.storage.local.get('records')).records ?? []) as BreakRecord[];
}

async function fireAlarmAt(at: number) {
  vi.setSystemTime(at);
  await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_NAME, scheduledTime: at });
  await settle();
}

/** Sits until `at`, firing the once-a-minute alarm on the way as Chrome would. */
async function sitUntil(at: number) {
  for (let t = Date.now() + MIN; t <= at; t += MIN) await fireAlarmAt(t);
  vi.setSystemTime(at);
}

/** Sends a message as one of Limber's own pages does, or from `sender` when given. */
async function send(
  message: unknown,
  sender: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id },
): Promise<IntentReply | undefined> {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  return reply as IntentReply | undefined;
}

describe('background shell', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    idleState = 'active';
    Object.assign(fakeBrowser.idle, {
      queryState: vi.fn(async () => idleState),
      setDetectionInterval: vi.fn(),
      onStateChanged: onIdle,
    });
    Object.assign(fakeBrowser, { commands: { onCommand } });
    Object.assign(fakeBrowser.runtime, { onConnect });
    background.main();
    await settle();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts a session on start, with the alarm and the badge set', async () => {
    expect((await state()).phase.kind).toBe('sitting');
    const alarm = await fakeBrowser.alarms.get(ALARM_NAME);
    expect(alarm?.scheduledTime).toBe(T0 + MIN);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('30m');
    expect(fakeBrowser.idle.setDetectionInterval).toHaveBeenCalledWith(120);
  });

  it('shows a reminder with both buttons when the alarm fires at the due time', async () => {
    await sitUntil(T0 + 30 * MIN);
    const shown = fakeBrowser.notifications.getAllCreateOptions()[NOTIFICATION_ID];
    expect(shown).toMatchObject({
      title: 'Time for a 2-minute break',
      requireInteraction: true,
      buttons: [{ title: 'Start break' }, { title: 'Snooze 5 min' }],
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('move');
  });

  it('snoozes from the notification button and starts the break from a click', async () => {
    await sitUntil(T0 + 30 * MIN);
    await fakeBrowser.notifications.onButtonClicked.trigger(NOTIFICATION_ID, 1);
    await settle();
    expect((await state()).phase).toMatchObject({ kind: 'snoozed', until: T0 + 35 * MIN });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});

    await sitUntil(T0 + 35 * MIN);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([NOTIFICATION_ID]);
    // No break page is open yet.
    Object.assign(fakeBrowser.runtime, {
      getContexts: vi.fn(async () => []),
      ContextType: { TAB: 'TAB' },
    });
    await fakeBrowser.notifications.onClicked.trigger(NOTIFICATION_ID);
    await settle();
    expect((await state()).phase.kind).toBe('onBreak');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.endsWith('/break.html'))).toBe(true);
  });

  it('counts a lock as long as a break as a natural break', async () => {
    await sitUntil(T0 + 10 * MIN);
    await onIdle.trigger('locked');
    await settle();
    vi.setSystemTime(T0 + 13 * MIN);
    await onIdle.trigger('active');
    await settle();
    expect((await records()).map((r) => r.type)).toEqual(['sat', 'natural']);
  });

  it('keeps counting while idle when a tab is playing sound', async () => {
    const playing = await fakeBrowser.tabs.create({ url: 'https://example.org/video' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (query: { audible?: boolean }) =>
      query.audible ? [{ ...playing, audible: true }] : [playing]) as never);
    await sitUntil(T0 + 10 * MIN);
    await onIdle.trigger('idle');
    await settle();
    const { phase } = await state();
    expect(phase.kind === 'sitting' && phase.session.activeSince).toBe(T0);
  });

  it('re-checks presence on each alarm, noticing idleness no event reported', async () => {
    idleState = 'idle';
    await fireAlarmAt(T0 + MIN);
    const { phase } = await state();
    expect(phase.kind === 'sitting' && phase.session.activeSince).toBeNull();
  });

  it('answers intents with the new state, and ignores malformed messages', async () => {
    const reply = await send({ type: 'pause', choice: '1h' });
    expect(reply).toMatchObject({
      ok: true,
      state: { phase: { kind: 'paused', until: T0 + 60 * MIN } },
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('off');
    expect(await send({ type: 'pause', choice: 'forever' })).toBeUndefined();
    expect(await send({ type: 'format-disk' })).toBeUndefined();
    expect(await send('resume')).toBeUndefined();
    expect((await send({ type: 'resume' }))?.ok).toBe(true);
    expect((await state()).phase.kind).toBe('sitting');
  });

  it('answers only Limber’s own pages, whatever another sender asks', async () => {
    const strangers: Browser.runtime.MessageSender[] = [
      {},
      { id: 'another-extension-id', url: 'chrome-extension://another-extension-id/page.html' },
      { url: 'https://example.org/', origin: 'https://example.org' },
    ];
    await fakeBrowser.storage.local.set({ records: [{ type: 'snoozed', at: T0 }] });
    for (const sender of strangers) {
      expect(await send({ type: 'pause', choice: '2h' }, sender)).toBeUndefined();
      expect(await send({ type: 'clearHistory' }, sender)).toBeUndefined();
    }
    await settle();
    expect((await state()).phase.kind).toBe('sitting');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('30m');
    expect(await records()).toEqual([{ type: 'snoozed', at: T0 }]);
    expect((await send({ type: 'pause', choice: '2h' }))?.ok).toBe(true);
    expect((await state()).phase).toMatchObject({ kind: 'paused', until: T0 + 120 * MIN });
  });

  it('clears the history and raw records in its own queue, keeping settings and the session', async () => {
    await sitUntil(T0 + 10 * MIN);
    await fakeBrowser.storage.local.set({ records: [{ type: 'snoozed', at: T0 }], history: {} });
    await fakeBrowser.storage.sync.set({ settings: { sitMinutes: 40 } });
    await settle();
    const reply = await send({ type: 'clearHistory' });
    expect(reply?.ok).toBe(true);
    expect(await fakeBrowser.storage.local.get(['records', 'history'])).toEqual({});
    expect((await state()).phase).toMatchObject({ kind: 'sitting', session: { startedAt: T0 } });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
      sitMinutes: 40,
    });
  });

  it('pauses and resumes from the keyboard shortcut', async () => {
    await onCommand.trigger('toggle-pause');
    await settle();
    expect((await state()).phase).toMatchObject({ kind: 'paused', until: null });
    await onCommand.trigger('toggle-pause');
    await settle();
    expect((await state()).phase.kind).toBe('sitting');
  });

  it('starts over from a corrupted stored state instead of failing', async () => {
    await fakeBrowser.storage.local.set({ engine: { version: 1, phase: { kind: 'nonsense' } } });
    await fireAlarmAt(T0 + MIN);
    expect((await state()).phase.kind).toBe('sitting');
  });

  it('follows a settings change at once', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sitMinutes: 10 } });
    await settle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('10m');
  });
});
