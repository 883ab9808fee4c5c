import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { ALARM_NAME } from '@/entrypoints/background/effects';
import { NOTIFICATION_ID } from '@/entrypoints/background/notifications';
import type { EngineState } from '@/lib/session/state';

/**
 * What one wake costs the browser. The worker wakes every minute while the user sits, and each
 * wake handles a batch of events (what the browser says of fullscreen, then of presence): the
 * batch ends in one alarm and one badge update, and its writes go to storage together.
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

/** The browser calls a wake makes, counted by kind. */
function countCalls() {
  const button = fakeBrowser.action;
  const spies = {
    alarmsCreate: vi.spyOn(fakeBrowser.alarms, 'create'),
    alarmsClear: vi.spyOn(fakeBrowser.alarms, 'clear'),
    badgeText: vi.spyOn(button, 'setBadgeText'),
    badgeColor: vi.spyOn(button, 'setBadgeBackgroundColor'),
    badgeTitle: vi.spyOn(button, 'setTitle'),
    localSet: vi.spyOn(fakeBrowser.storage.local, 'set'),
    localRemove: vi.spyOn(fakeBrowser.storage.local, 'remove'),
  };
  return {
    spies,
    counts: () =>
      Object.fromEntries(Object.entries(spies).map(([name, spy]) => [name, spy.mock.calls.length])),
    reset: () => {
      for (const spy of Object.values(spies)) spy.mockClear();
    },
  };
}

/** Fires the engine's alarm at `at`, removing it first as Chrome does with a one-off alarm. */
async function fireAlarmAt(at: number) {
  vi.setSystemTime(at);
  await fakeBrowser.alarms.clear(ALARM_NAME);
  await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_NAME, scheduledTime: at });
  await settle();
}

describe('one wake of the worker', () => {
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
    // happy-dom cannot fetch the tip library; reminders then carry the plain message.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    background.main();
    await settle();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('while the user sits: one alarm, one badge update, one write', async () => {
    const calls = countCalls();
    await fireAlarmAt(T0 + MIN);
    expect(calls.counts()).toEqual({
      alarmsCreate: 1,
      // Only the test's own, standing in for Chrome removing the alarm that fired.
      alarmsClear: 1,
      badgeText: 1,
      badgeColor: 1,
      badgeTitle: 1,
      localSet: 1,
      localRemove: 0,
    });
    expect(calls.spies.alarmsCreate).toHaveBeenCalledWith(ALARM_NAME, { when: T0 + 2 * MIN });
    expect(calls.spies.badgeText).toHaveBeenCalledWith({ text: '29m' });
  });

  it('when a break falls due: the state, records and history in one write before the reminder, and what was owed cleared after it', async () => {
    for (let t = T0 + MIN; t < T0 + 30 * MIN; t += MIN) await fireAlarmAt(t);
    const calls = countCalls();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fireAlarmAt(T0 + 30 * MIN);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([NOTIFICATION_ID]);
    expect(calls.counts()).toEqual({
      alarmsCreate: 1,
      alarmsClear: 1,
      badgeText: 1,
      badgeColor: 1,
      badgeTitle: 1,
      localSet: 2,
      localRemove: 0,
    });
    const [saved = {}, done = {}] = calls.spies.localSet.mock.calls.map(
      ([items]) => items as Record<string, unknown>,
    );
    // Saved before the reminder was shown: the state owing it, with the record it made (the
    // history's first, so with its version).
    expect(Object.keys(saved).sort()).toEqual(['engine', 'history', 'history$', 'records']);
    expect((saved.engine as EngineState).owed?.notification).toMatchObject({ kind: 'due' });
    expect(calls.spies.localSet.mock.invocationCallOrder[0]).toBeLessThan(
      create.mock.invocationCallOrder[0] ?? 0,
    );
    // Cleared once shown.
    expect(Object.keys(done)).toEqual(['engine']);
    expect((done.engine as EngineState).owed).toBeUndefined();
    expect((await state()).owed).toBeUndefined();
  });
});
