import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { ALARM_NAME, BREAK_PAGE } from '@/entrypoints/background/effects';
import { NOTIFICATION_ID } from '@/entrypoints/background/notifications';
import type { EngineState } from '@/lib/session/state';

/**
 * A service worker can be stopped between saving the engine state and acting on it. Each test
 * makes the browser call after the save fail once, as a stop there would leave things, then
 * wakes the worker again and checks what the user sees.
 */

const MIN = 60_000;
const T0 = new Date(2026, 2, 2, 9, 0).getTime();

async function settle() {
  // Listeners start async work they do not return; let it finish.
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

async function state(): Promise<EngineState> {
  return (await fakeBrowser.storage.local.get('engine')).engine as EngineState;
}

/** Fires the engine's alarm at `at`, removing it first as Chrome does with a one-off alarm. */
async function fireAlarmAt(at: number) {
  vi.setSystemTime(at);
  await fakeBrowser.alarms.clear(ALARM_NAME);
  await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_NAME, scheduledTime: at });
  await settle();
}

async function sitUntil(at: number) {
  for (let t = Date.now() + MIN; t <= at; t += MIN) await fireAlarmAt(t);
}

const STOPPED = new Error('the worker was stopped here');

/** The user has sat, present, for 29 of the 30 minutes at T0: the break falls due at DUE. */
const DUE = T0 + MIN;
const SAT_29_MIN: EngineState = {
  version: 1,
  phase: {
    kind: 'sitting',
    session: { startedAt: T0 - 29 * MIN, satMs: 0, activeSince: T0 - 29 * MIN, awaySince: null },
  },
  lastSeen: T0,
  presence: 'active',
  fullscreen: false,
  breaksSinceLong: 0,
  shownTips: [],
};

describe('delivery when the worker stops between saving and acting', () => {
  let errors: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const noEvent = { addListener: () => undefined };
    Object.assign(fakeBrowser.idle, {
      queryState: async () => 'active',
      setDetectionInterval: () => undefined,
      onStateChanged: noEvent,
    });
    Object.assign(fakeBrowser, { commands: { onCommand: noEvent } });
    Object.assign(fakeBrowser.runtime, { onConnect: noEvent });
    // No break page is open unless a test opens one.
    Object.assign(fakeBrowser.runtime, {
      getContexts: async () => [],
      ContextType: { TAB: 'TAB' },
    });
    errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // happy-dom cannot fetch the tip library; reminders then carry the plain message.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ engine: SAT_29_MIN });
    background.main();
    await settle();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a saved reminder that never reached the screen on the next wake, once', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(STOPPED);
    await sitUntil(DUE);
    // The state says the reminder is showing; the browser has none.
    expect((await state()).phase).toMatchObject({ kind: 'due', notifiedAt: DUE });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(errors).toHaveBeenCalled();

    await fireAlarmAt(DUE + MIN);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([NOTIFICATION_ID]);
    expect(fakeBrowser.notifications.getAllCreateOptions()[NOTIFICATION_ID]).toMatchObject({
      title: 'Time for a 2-minute break',
      buttons: [{ title: 'Start break' }, { title: 'Snooze 5 min' }],
    });
    expect(create).toHaveBeenCalledTimes(2);
    expect((await state()).owed).toBeUndefined();

    // Shown once, not a stream: later wakes, and a dismissal, bring nothing more...
    await fireAlarmAt(DUE + 2 * MIN);
    await fakeBrowser.notifications.clear(NOTIFICATION_ID);
    await fireAlarmAt(DUE + 3 * MIN);
    await fireAlarmAt(DUE + 4 * MIN);
    expect(create).toHaveBeenCalledTimes(2);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    // ...until the one gentle re-reminder, five minutes after the first.
    await fireAlarmAt(DUE + 5 * MIN);
    expect(create).toHaveBeenCalledTimes(3);
    expect(fakeBrowser.notifications.getAllCreateOptions()[NOTIFICATION_ID]).toMatchObject({
      title: 'Still sitting? Your 2-minute break is waiting',
    });
  });

  it('drops a reminder still owed once its break is no longer due', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(STOPPED);
    await sitUntil(DUE);
    expect((await state()).owed?.notification).toMatchObject({ kind: 'due' });
    // The machine slept through the next heartbeat: the absence is a break of its own.
    await fireAlarmAt(DUE + 10 * MIN);
    expect((await state()).phase.kind).toBe('sitting');
    expect(create).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect((await state()).owed).toBeUndefined();
  });

  it('opens the break page a stopped worker never opened, once', async () => {
    await sitUntil(DUE);
    const open = vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValueOnce(STOPPED);
    await fakeBrowser.notifications.onClicked.trigger(NOTIFICATION_ID);
    await settle();
    expect((await state()).phase.kind).toBe('onBreak');
    expect(await fakeBrowser.tabs.query({ url: fakeBrowser.runtime.getURL(BREAK_PAGE) })).toEqual(
      [],
    );

    await fireAlarmAt(DUE + MIN);
    const tabs = await fakeBrowser.tabs.query({ url: fakeBrowser.runtime.getURL(BREAK_PAGE) });
    expect(tabs).toHaveLength(1);
    expect(open).toHaveBeenCalledTimes(2);
    await fireAlarmAt(DUE + MIN + 30_000);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('sets the badge from the stored state on every wake', async () => {
    await sitUntil(DUE);
    await fakeBrowser.action.setBadgeText({ text: 'stale' });
    await fireAlarmAt(DUE + MIN);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('move');
  });

  it('keeps a wake-up scheduled whatever step the worker is stopped at', async () => {
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(STOPPED);
    await sitUntil(DUE);
    // The alarm that woke the worker is gone and the new one was never set by the effects; the
    // one set before saving still wakes it within a heartbeat.
    const alarm = await fakeBrowser.alarms.get(ALARM_NAME);
    expect(alarm?.scheduledTime).toBeGreaterThan(DUE);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(DUE + MIN);
  });
});
