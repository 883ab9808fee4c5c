import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { BREAK_PAGE, openBreakPage } from '@/entrypoints/background/effects';
import { BREAK_LINK_PORT } from '@/lib/break-link';
import { initialState } from '@/lib/session/machine';
import type { BreakRecord, EngineState } from '@/lib/session/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { breakSeenItem, breakTabItem, engineStateItem, recordsItem } from '@/lib/storage/items';

type Context = { tabId: number; windowId: number };

/** fakeBrowser has no runtime.getContexts: answer with the break tabs the test says are open. */
function stubOpenBreakTabs(contexts: Context[]) {
  const getContexts = vi.fn(async () => contexts);
  Object.assign(fakeBrowser.runtime, { getContexts, ContextType: { TAB: 'TAB' } });
  return getContexts;
}

type Listener = (...args: unknown[]) => unknown;

/** A browser event with a way to fire it (fakeBrowser implements no ports). */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => listeners.push(l),
    removeListener: () => undefined,
    hasListener: () => false,
    trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))),
  };
}

let onConnect = fakeEvent();

/** Closes a tab (fakeBrowser removes it, then fails looking up its window: that part is moot). */
async function closeTab(tabId: number) {
  await fakeBrowser.tabs.remove(tabId).catch(() => undefined);
  expect(await fakeBrowser.tabs.get(tabId)).toBeUndefined();
}

/** The break page's port, made from the tab `tabId` (or from another extension). */
function connectBreakPage(tabId: number, id = fakeBrowser.runtime.id, name = BREAK_LINK_PORT) {
  const onDisconnect = fakeEvent();
  const port = { name, sender: { id, tab: { id: tabId } }, onDisconnect, disconnect: () => {} };
  void onConnect.trigger(port);
  return { drop: () => onDisconnect.trigger() };
}

/** The parts of the browser fakeBrowser does not implement, which the background only needs
 * to exist: idle detection, keyboard commands and ports. */
function stubUnmockedApis() {
  const noEvent = { addListener: () => undefined };
  Object.assign(fakeBrowser, {
    idle: {
      onStateChanged: noEvent,
      setDetectionInterval: () => undefined,
      queryState: async () => 'active',
    },
    commands: { onCommand: noEvent },
  });
  onConnect = fakeEvent();
  Object.assign(fakeBrowser.runtime, { onConnect });
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('timed out');
}

const MIN = 60_000;

function onBreakState(now: number, startedAgoMs: number): EngineState {
  const base = initialState(now, DEFAULT_SETTINGS);
  return {
    ...base,
    phase: {
      kind: 'onBreak',
      startedAt: now - startedAgoMs,
      endsAt: now - startedAgoMs + 2 * MIN,
      long: false,
    },
  };
}

/**
 * A break begun `startedAgoMs` ago with the background running and its page opened by it, as
 * each of these tests starts: when it began, and the page's tab.
 */
async function breakOnItsPage(startedAgoMs: number): Promise<{ now: number; tabId: number }> {
  stubOpenBreakTabs([]);
  const now = Date.now();
  await engineStateItem.setValue(onBreakState(now, startedAgoMs));
  background.main();
  await openBreakPage();
  return { now, tabId: (await breakTabItem.getValue()) as number };
}

/** The first `completed` record, once the background has written one. */
async function firstCompleted(): Promise<Extract<BreakRecord, { type: 'completed' }>> {
  const records = await until(
    () => recordsItem.getValue(),
    (r) => r.some((x) => x.type === 'completed'),
  );
  return records.find((r) => r.type === 'completed') as Extract<BreakRecord, { type: 'completed' }>;
}

describe('the break page tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    stubUnmockedApis();
  });

  it('is remembered when the background opens it', async () => {
    stubOpenBreakTabs([]);
    await openBreakPage();
    const tabs = await fakeBrowser.tabs.query({ url: fakeBrowser.runtime.getURL(BREAK_PAGE) });
    expect(tabs).toHaveLength(1);
    expect(await breakTabItem.getValue()).toBe(tabs[0]?.id);
  });

  it('is focused, not opened again, and remembered when it is already open', async () => {
    const existing = await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL(BREAK_PAGE) });
    const windowId = existing.windowId ?? 0;
    stubOpenBreakTabs([{ tabId: existing.id ?? -1, windowId }]);
    await openBreakPage();
    expect(await fakeBrowser.tabs.query({})).toHaveLength(2); // the default tab and ours
    expect((await fakeBrowser.tabs.get(existing.id ?? -1)).active).toBe(true);
    expect(await breakTabItem.getValue()).toBe(existing.id);
  });

  it('ends the running break, with the time actually spent, when its port closes with its tab', async () => {
    const { tabId } = await breakOnItsPage(40_000);
    const page = connectBreakPage(tabId);

    await closeTab(tabId);
    await page.drop();

    const completed = await firstCompleted();
    expect(completed.durationMs).toBeGreaterThanOrEqual(40_000);
    expect(completed.durationMs).toBeLessThan(45_000);
    const state = (await engineStateItem.getValue()) as EngineState;
    expect(state.phase.kind).toBe('sitting');
    expect(await breakTabItem.getValue()).toBeNull();
  });

  it('ends the break when its tab is still listed for a moment after the port drops (Firefox)', async () => {
    const { now, tabId } = await breakOnItsPage(40_000);
    const page = connectBreakPage(tabId);

    const dropped = Date.now();
    void page.drop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await engineStateItem.getValue())?.phase.kind).toBe('onBreak');
    await closeTab(tabId);

    const completed = await firstCompleted();
    // Counted until the page went, not until the tab left the list.
    expect(completed.durationMs).toBeGreaterThanOrEqual(40_000);
    expect(completed.durationMs).toBeLessThanOrEqual(dropped - (now - 40_000) + 50);
  });

  it('does not end the next break when the last one’s page leaves the list only after it began', async () => {
    const { tabId: oldTab } = await breakOnItsPage(40_000);
    const { dispatch } = await import('@/entrypoints/background/engine');
    await dispatch({ type: 'endBreak' });
    void connectBreakPage(oldTab).drop();
    // The next break starts while the old tab is still listed, its page not yet connected.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await dispatch({ type: 'startBreak' });
    const started = (await engineStateItem.getValue())?.phase;
    await closeTab(oldTab);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await engineStateItem.getValue())?.phase).toEqual(started);
    expect(started?.kind).toBe('onBreak');
  });

  it('leaves the break alone when the page comes back before its tab goes (a reload)', async () => {
    const { tabId } = await breakOnItsPage(10_000);
    const closing = connectBreakPage(tabId).drop();
    connectBreakPage(tabId);
    await closing;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await closeTab(tabId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await engineStateItem.getValue())?.phase.kind).toBe('onBreak');
  });

  it('listens to no tab event, so closing other tabs never wakes it', async () => {
    stubOpenBreakTabs([]);
    const now = Date.now();
    await engineStateItem.setValue(onBreakState(now, 10_000));
    background.main();
    for (const event of [
      fakeBrowser.tabs.onRemoved,
      fakeBrowser.tabs.onActivated,
      fakeBrowser.tabs.onCreated,
      fakeBrowser.tabs.onUpdated,
      fakeBrowser.windows.onFocusChanged,
      fakeBrowser.windows.onRemoved,
      fakeBrowser.windows.onCreated,
    ]) {
      expect(event.hasListeners()).toBe(false);
    }
  });

  it('leaves the break alone when the page reloads: its tab is still there', async () => {
    const { tabId } = await breakOnItsPage(10_000);
    // While the page reloads, its tab has no break page for a moment and its port drops.
    await connectBreakPage(tabId).drop();
    // Another extension's port, or one of ours by another name, is not the break page's.
    await connectBreakPage(tabId + 100, 'another-extension').drop();
    await connectBreakPage(tabId + 100, fakeBrowser.runtime.id, 'other').drop();
    // Give the listener (and the background's own start-up check) time to run.
    await new Promise((resolve) => setTimeout(resolve, 50));

    const state = (await engineStateItem.getValue()) as EngineState;
    expect(state.phase.kind).toBe('onBreak');
    expect((await recordsItem.getValue()).some((r) => r.type === 'completed')).toBe(false);
    expect(await breakTabItem.getValue()).toBe(tabId);
  });

  it('does not record a second break when closed after the break already ended', async () => {
    const { tabId } = await breakOnItsPage(30_000);
    const page = connectBreakPage(tabId);
    const { dispatch } = await import('@/entrypoints/background/engine');
    await dispatch({ type: 'endBreak' });

    await closeTab(tabId);
    await page.drop();
    await until(
      () => breakTabItem.getValue(),
      (id) => id === null,
    );
    await dispatch({ type: 'tick' });

    const completed = (await recordsItem.getValue()).filter((r) => r.type === 'completed');
    expect(completed).toHaveLength(1);
  });
});

describe('a break page closed while the worker was stopped', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    stubUnmockedApis();
  });

  /** A break that began 90 s ago, its page last seen `seenAfterMs` into it, from tab `tabId`. */
  async function closedUnheard(seenAfterMs: number, tabId: number) {
    const now = Date.now();
    const state = onBreakState(now, 90_000);
    const startedAt = state.phase.kind === 'onBreak' ? state.phase.startedAt : 0;
    await engineStateItem.setValue(state);
    await breakSeenItem.setValue({ startedAt, at: startedAt + seenAfterMs });
    await breakTabItem.setValue(tabId);
    return startedAt;
  }

  const completedRecords = async () =>
    (await recordsItem.getValue()).filter(
      (r): r is Extract<BreakRecord, { type: 'completed' }> => r.type === 'completed',
    );

  it('ends the break on the next wake, counting the time until the page was last seen', async () => {
    stubOpenBreakTabs([]);
    const startedAt = await closedUnheard(40_000, 9999);
    const { dispatch } = await import('@/entrypoints/background/engine');
    // The next wake: the break's end alarm, a page asking for the status, anything.
    const { state } = await dispatch({ type: 'tick' });
    expect(state.phase.kind).toBe('sitting');
    expect(await completedRecords()).toEqual([
      { type: 'completed', at: startedAt + 40_000, long: false, durationMs: 40_000 },
    ]);
    expect(await breakTabItem.getValue()).toBeNull();
  });

  it('ends it before a new break asked for, which then starts afresh', async () => {
    stubOpenBreakTabs([]);
    await closedUnheard(40_000, 9999);
    const { dispatch } = await import('@/entrypoints/background/engine');
    const { state } = await dispatch({ type: 'startBreak' });
    expect(state.phase.kind).toBe('onBreak');
    expect((await completedRecords()).map((r) => r.durationMs)).toEqual([40_000]);
  });

  it('leaves a break whose page is open, still in its tab, owed, or not yet shown alone', async () => {
    const { dispatch } = await import('@/entrypoints/background/engine');
    const tab = await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL(BREAK_PAGE) });
    const cases: [string, () => Promise<void>][] = [
      [
        'open',
        async () => {
          stubOpenBreakTabs([{ tabId: tab.id ?? -1, windowId: tab.windowId ?? 0 }]);
          await closedUnheard(40_000, 9999);
        },
      ],
      [
        'its tab still there (reloading)',
        async () => {
          stubOpenBreakTabs([]);
          await closedUnheard(40_000, tab.id ?? -1);
        },
      ],
      [
        'owed',
        async () => {
          stubOpenBreakTabs([]);
          await closedUnheard(40_000, 9999);
          const state = (await engineStateItem.getValue()) as EngineState;
          await engineStateItem.setValue({ ...state, owed: { breakPage: true } });
        },
      ],
      [
        'not yet shown',
        async () => {
          stubOpenBreakTabs([]);
          await closedUnheard(40_000, 9999);
          await breakSeenItem.setValue({ startedAt: 1, at: 2 });
        },
      ],
    ];
    for (const [what, arrange] of cases) {
      await recordsItem.setValue([]);
      await arrange();
      const { state } = await dispatch({ type: 'tick' });
      expect(state.phase.kind, what).toBe('onBreak');
      expect(await completedRecords(), what).toEqual([]);
    }
  });
});
