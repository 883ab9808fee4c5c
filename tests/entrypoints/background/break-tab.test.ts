import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { BREAK_PAGE, openBreakPage } from '@/entrypoints/background/effects';
import { initialState } from '@/lib/session/machine';
import type { BreakRecord, EngineState } from '@/lib/session/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { breakTabItem, engineStateItem, recordsItem } from '@/lib/storage/items';

type Context = { tabId: number; windowId: number };

/** fakeBrowser has no runtime.getContexts: answer with the break tabs the test says are open. */
function stubOpenBreakTabs(contexts: Context[]) {
  const getContexts = vi.fn(async () => contexts);
  Object.assign(fakeBrowser.runtime, { getContexts, ContextType: { TAB: 'TAB' } });
  return getContexts;
}

/** The parts of the browser fakeBrowser does not implement, which the background only needs
 * to exist: idle detection, keyboard commands and window-bounds events. */
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
  Object.assign(fakeBrowser.windows, { onBoundsChanged: noEvent });
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

  it('ends the running break, with the time actually spent, when it is closed', async () => {
    stubOpenBreakTabs([]);
    const now = Date.now();
    await engineStateItem.setValue(onBreakState(now, 40_000));
    background.main();
    await openBreakPage();
    const tabId = (await breakTabItem.getValue()) as number;

    await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 0, isWindowClosing: false });

    const records = await until(
      () => recordsItem.getValue(),
      (r) => r.some((x) => x.type === 'completed'),
    );
    const completed = records.find((r) => r.type === 'completed') as Extract<
      BreakRecord,
      { type: 'completed' }
    >;
    expect(completed.durationMs).toBeGreaterThanOrEqual(40_000);
    expect(completed.durationMs).toBeLessThan(45_000);
    const state = (await engineStateItem.getValue()) as EngineState;
    expect(state.phase.kind).toBe('sitting');
    expect(await breakTabItem.getValue()).toBeNull();
  });

  it('leaves the engine alone when another tab closes', async () => {
    stubOpenBreakTabs([]);
    const now = Date.now();
    await engineStateItem.setValue(onBreakState(now, 10_000));
    background.main();
    await openBreakPage();
    const tabId = (await breakTabItem.getValue()) as number;

    await fakeBrowser.tabs.onRemoved.trigger(tabId + 100, { windowId: 0, isWindowClosing: false });
    // Give the listener (and the background's own start-up check) time to run.
    await new Promise((resolve) => setTimeout(resolve, 50));

    const state = (await engineStateItem.getValue()) as EngineState;
    expect(state.phase.kind).toBe('onBreak');
    expect((await recordsItem.getValue()).some((r) => r.type === 'completed')).toBe(false);
    expect(await breakTabItem.getValue()).toBe(tabId);
  });

  it('does not record a second break when closed after the break already ended', async () => {
    stubOpenBreakTabs([]);
    const now = Date.now();
    await engineStateItem.setValue(onBreakState(now, 30_000));
    background.main();
    await openBreakPage();
    const tabId = (await breakTabItem.getValue()) as number;
    const { dispatch } = await import('@/entrypoints/background/engine');
    await dispatch({ type: 'endBreak' });

    await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 0, isWindowClosing: false });
    await until(
      () => breakTabItem.getValue(),
      (id) => id === null,
    );
    await dispatch({ type: 'tick' });

    const completed = (await recordsItem.getValue()).filter((r) => r.type === 'completed');
    expect(completed).toHaveLength(1);
  });
});
