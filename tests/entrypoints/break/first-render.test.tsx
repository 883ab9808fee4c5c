import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, RECENT_KEY } from '@/entrypoints/break/App';
import { restoreRoutine } from '@/entrypoints/break/progress-store';
import { EXERCISE_CATEGORIES } from '@/lib/content/categories';
import { exerciseById, exerciseName } from '@/lib/content/exercises';
import type { EngineState } from '@/lib/session/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { readPageData } from '../../support/page-data';

const MIN = 60_000;

/** The break page's data, read before its first render as main.tsx reads it. */
const breakData = () => readPageData({ more: [RECENT_KEY] });

function onBreak(startedAt: number, endsAt: number): EngineState {
  return {
    version: 1,
    phase: { kind: 'onBreak', startedAt, endsAt, long: false },
    lastSeen: startedAt,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
  };
}

/** The background, asleep and slow to answer: nothing it says arrives during the test. */
const silentBackground = () =>
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => new Promise(() => {}));

describe('the break page, read before its first render', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    sessionStorage.clear();
  });

  afterEach(() => cleanup());

  it('shows the running break, its countdown and its first move on that render', async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({ engine: onBreak(now - 1000, now + 2 * MIN) });
    // Eye moves only, so the move shown is known to be one.
    await fakeBrowser.storage.sync.set({
      settings: {
        ...DEFAULT_SETTINGS,
        excludedCategories: EXERCISE_CATEGORIES.filter((c) => c !== 'eyes'),
      },
    });
    silentBackground();
    const data = await breakData();
    const local = vi.spyOn(fakeBrowser.storage.local, 'get');
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    render(<App data={data} />);
    // No waiting: the first render has it all, the only eye move included.
    expect(screen.getByRole('timer', { name: 'Break ends in' }).textContent).toMatch(/^[12]:\d\d$/);
    expect(screen.getByText(/^Move 1 of \d+$/)).toBeTruthy();
    expect(screen.queryByText('Choosing your moves…')).toBeNull();
    const eyes = exerciseById('eye-break');
    expect(eyes?.areas).toEqual(['eyes']);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      eyes ? exerciseName(eyes) : '',
    );
    await act(async () => {});
    // Nothing read again: what the routine was chosen from came with the page's one read.
    expect(sync).not.toHaveBeenCalled();
    expect(local.mock.calls.flat(2)).not.toContain('settings');
  });

  it('chooses around the moves shown lately, as read before the first render', async () => {
    const now = Date.now();
    const startedAt = now - 1000;
    await fakeBrowser.storage.local.set({ engine: onBreak(startedAt, now + 2 * MIN) });
    silentBackground();
    render(<App data={await breakData()} />);
    const first = restoreRoutine(startedAt) ?? [];
    expect(first.length).toBeGreaterThan(0);
    // The page notes the move it shows; that write is done before the list is set below.
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('recentExercises')).recentExercises).toHaveLength(
        1,
      ),
    );
    cleanup();
    // The same break in a fresh tab, those moves shown just before it: others come first.
    sessionStorage.clear();
    await fakeBrowser.storage.local.set({
      recentExercises: first.map((id) => ({ id, at: startedAt - MIN })),
    });
    render(<App data={await breakData()} />);
    const second = restoreRoutine(startedAt) ?? [];
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
  });

  it('waits for the background when the stored break has run out', async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({ engine: onBreak(now - 5 * MIN, now - MIN) });
    silentBackground();
    render(<App data={await breakData()} />);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByText('Loading…')).toBeTruthy();
  });
});
