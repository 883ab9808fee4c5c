import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_HISTORY } from '@/lib/history/aggregate';
import { readOwed } from '@/lib/session/delivery';
import type { EngineState } from '@/lib/session/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import * as items from '@/lib/storage/items';
import {
  breakSeenItem,
  breakTabItem,
  clockStyleItem,
  engineStateItem,
  historyItem,
  localSettingsItem,
  popupSectionItem,
  recentExercisesItem,
  recordsItem,
  settingsItem,
  settingsPlaceItem,
  workstationItem,
} from '@/lib/storage/items';

const MIN = 60_000;
const T0 = new Date(2026, 2, 2, 9, 0).getTime();

const sitting: EngineState = {
  version: 1,
  phase: {
    kind: 'sitting',
    session: { startedAt: T0 - 10 * MIN, satMs: 0, activeSince: T0 - 10 * MIN, awaySince: null },
  },
  lastSeen: T0,
  presence: 'active',
  fullscreen: false,
  breaksSinceLong: 0,
  shownTips: [],
};

/** What storage may hand back: nothing, the wrong shape, damaged values. */
const JUNK: unknown[] = [null, 'text', 42, 1.5, true, [], [1, 'x'], {}, { version: 1, phase: 7 }];

async function store(area: 'local' | 'sync' | 'session', name: string, value: unknown) {
  await fakeBrowser.storage[area].set({ [name]: value });
}

describe('the stored items', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('are every key Limber keeps, each once', () => {
    const keys = (Object.values(items) as unknown[])
      .filter((v): v is { key: string } => typeof v === 'object' && v !== null && 'key' in v)
      .map((item) => item.key);
    expect(keys.sort()).toEqual(
      [
        'local:clockStyle',
        'local:diaryPlace',
        'local:diarySuggestion',
        'local:engine',
        'local:flare',
        'local:history',
        'local:myExercisesPlace',
        'local:policyCopy',
        'local:popupSection',
        'local:recentExercises',
        'local:records',
        'local:settings',
        'local:settingsPlace',
        'local:workstation',
        'session:breakSeen',
        'session:breakTab',
        'sync:settings',
      ].sort(),
    );
  });

  it('read anything storage holds as a valid value, never throwing', async () => {
    for (const junk of JUNK) {
      await store('local', 'engine', junk);
      await store('local', 'records', junk);
      await store('local', 'history', junk);
      await store('local', 'settingsPlace', junk);
      await store('local', 'recentExercises', junk);
      await store('local', 'popupSection', junk);
      await store('local', 'clockStyle', junk);
      await store('session', 'breakTab', junk);
      await store('session', 'breakSeen', junk);
      await store('local', 'workstation', junk);
      await store('sync', 'settings', junk);
      const what = JSON.stringify(junk);
      // A state of this version is repaired part by part (a fresh session here); else none.
      const state = await engineStateItem.getValue();
      if (what.includes('"version":1')) expect(state?.phase.kind, what).toBe('sitting');
      else expect(state, what).toBeNull();
      expect(await recordsItem.getValue(), what).toEqual([]);
      expect(await historyItem.getValue(), what).toEqual(EMPTY_HISTORY);
      expect(await settingsPlaceItem.getValue(), what).toEqual({ area: 'sync' });
      expect(await recentExercisesItem.getValue(), what).toEqual([]);
      // An id is checked against the guidance by the popup, once it has loaded it.
      expect(await popupSectionItem.getValue(), what).toBe(typeof junk === 'string' ? junk : null);
      expect(await clockStyleItem.getValue(), what).toBeNull();
      expect(await breakTabItem.getValue(), what).toBe(junk === 42 ? 42 : null);
      expect(await breakSeenItem.getValue(), what).toBeNull();
      expect(await workstationItem.getValue(), what).toEqual({
        answers: {},
        fixed: [],
        completedAt: null,
      });
      const settings = await settingsItem.getValue();
      // An object is a copy of the settings, repaired field by field; anything else is none.
      if (typeof junk === 'object' && junk !== null && !Array.isArray(junk)) {
        expect(settings?.settings, what).toEqual(DEFAULT_SETTINGS);
      } else {
        expect(settings, what).toBeNull();
      }
    }
  });

  it('read what was written', async () => {
    await engineStateItem.setValue(sitting);
    await recordsItem.setValue([{ type: 'snoozed', at: T0 }]);
    await localSettingsItem.setValue({ ...DEFAULT_SETTINGS, sitMinutes: 45 });
    await settingsPlaceItem.setValue({ area: 'local', reason: 'quota' });
    await recentExercisesItem.setValue([{ id: 'neck-turns', at: T0 }]);
    await popupSectionItem.setValue('lifting');
    await breakTabItem.setValue(12);
    await breakSeenItem.setValue({ startedAt: T0, at: T0 + 5_000 });
    const checked = { answers: { screen: 'fix' }, fixed: ['screen'], completedAt: T0 } as const;
    await workstationItem.setValue(checked);
    expect(await engineStateItem.getValue()).toEqual(sitting);
    expect(await recordsItem.getValue()).toEqual([{ type: 'snoozed', at: T0 }]);
    expect(await localSettingsItem.getValue()).toEqual({
      settings: { ...DEFAULT_SETTINGS, sitMinutes: 45 },
      problems: [],
    });
    expect(await settingsPlaceItem.getValue()).toEqual({ area: 'local', reason: 'quota' });
    expect(await recentExercisesItem.getValue()).toEqual([{ id: 'neck-turns', at: T0 }]);
    expect(await popupSectionItem.getValue()).toBe('lifting');
    expect(await breakTabItem.getValue()).toBe(12);
    expect(await breakSeenItem.getValue()).toEqual({ startedAt: T0, at: T0 + 5_000 });
    expect(await workstationItem.getValue()).toEqual(checked);
    expect(await workstationItem.getMeta()).toEqual({ v: 1 });
  });

  it('keep only the usable records, by the records’ one check', async () => {
    await store('local', 'records', [
      { type: 'snoozed', at: T0 },
      { type: 'sat', at: T0, startedAt: T0 + MIN, satMs: MIN },
      { type: 'completed', at: 'today' },
      null,
    ]);
    expect(await recordsItem.getValue()).toEqual([{ type: 'snoozed', at: T0 }]);
  });

  it('read the engine state against the reader’s clock, and what it owes only for the background', async () => {
    const owed = { notification: null };
    await store('local', 'engine', { ...sitting, lastSeen: T0 + 5 * MIN, owed });
    // Read five minutes after it was saved, the state is as saved; read at T0 its last run lies
    // ahead of the clock, within the slack a clock set back is allowed.
    expect(await engineStateItem.getValue(T0 + 5 * MIN)).toEqual({
      ...sitting,
      lastSeen: T0 + 5 * MIN,
    });
    expect(await engineStateItem.getValue()).toEqual(await engineStateItem.getValue(T0));
    expect((await engineStateItem.getValue())?.owed).toBeUndefined();
    expect((await engineStateItem.getValue(T0 + 5 * MIN, readOwed))?.owed).toEqual(owed);
    // A state far ahead of the clock is not trusted: its last run is taken to be now.
    await store('local', 'engine', { ...sitting, lastSeen: T0 + 400 * 24 * 60 * MIN });
    expect((await engineStateItem.getValue(T0))?.lastSeen).toBe(T0);
  });

  it('give watchers checked values', async () => {
    const heard = vi.fn();
    const stop = recordsItem.watch(heard);
    await store('local', 'records', [{ type: 'snoozed', at: T0 }, 'junk']);
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toHaveBeenCalledWith([{ type: 'snoozed', at: T0 }], []);
    stop();
  });
});
