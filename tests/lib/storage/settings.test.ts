import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

type SettingsStore = typeof import('@/lib/storage/settings');

/**
 * An item's migrations run when the item is defined (lib/storage/store.ts), that is when a page
 * or the worker loads this module; so each test seeds storage first and then loads a fresh copy.
 */
async function load(): Promise<SettingsStore> {
  vi.resetModules();
  const store = await import('@/lib/storage/settings');
  // Let the migration that starts on definition finish before the test looks.
  await store.settingsItem.getMeta();
  await store.localSettingsItem.getMeta();
  return store;
}

const mine: Settings = { ...DEFAULT_SETTINGS, sitMinutes: 45, breakSound: true };

async function syncRaw(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.sync.get(null);
}

async function localRaw(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored, and writes nothing by reading', async () => {
    const store = await load();
    expect(await store.loadSettings()).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [],
      place: { area: 'sync' },
    });
    expect(await syncRaw()).toEqual({});
    expect(await localRaw()).toEqual({});
  });

  it('saves to sync with the schema version', async () => {
    const store = await load();
    expect(await store.saveSettings(mine)).toEqual({ area: 'sync' });
    expect(await syncRaw()).toEqual({ settings: mine, settings$: { v: SETTINGS_VERSION } });
    expect(await store.readSettings()).toEqual(mine);
  });

  describe('migrations', () => {
    it('brings an unversioned (v1) partial value up to a complete current one', async () => {
      await fakeBrowser.storage.sync.set({ settings: { sitMinutes: 50, showBadge: false } });
      const store = await load();
      expect(await syncRaw()).toEqual({
        settings: { ...DEFAULT_SETTINGS, sitMinutes: 50, showBadge: false },
        settings$: { v: SETTINGS_VERSION },
      });
      expect(await store.readSettings()).toEqual({
        ...DEFAULT_SETTINGS,
        sitMinutes: 50,
        showBadge: false,
      });
    });

    it('repairs a corrupt v1 value field by field while migrating', async () => {
      await fakeBrowser.storage.sync.set({
        settings: { sitMinutes: 'lots', breakMinutes: 4, workingHours: { days: 'weekdays' } },
        settings$: { v: 1 },
      });
      await load();
      const { settings } = await syncRaw();
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, breakMinutes: 4 });
    });

    it('migrates the local fallback copy too', async () => {
      await fakeBrowser.storage.local.set({ settings: { idleSeconds: 300 } });
      await load();
      expect(await localRaw()).toEqual({
        settings: { ...DEFAULT_SETTINGS, idleSeconds: 300 },
        settings$: { v: SETTINGS_VERSION },
      });
    });

    it('gives a v2 value, stored before there was a region, the browser’s country', async () => {
      const { region: _new, ...v2 } = mine;
      await fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } });
      const store = await load();
      expect(await syncRaw()).toEqual({
        settings: { ...mine, region: '' },
        settings$: { v: SETTINGS_VERSION },
      });
      expect(await store.loadSettings()).toMatchObject({ settings: mine, problems: [] });
    });

    it('leaves a current value as it is', async () => {
      const stored = { settings: mine, settings$: { v: SETTINGS_VERSION } };
      await fakeBrowser.storage.sync.set(stored);
      await load();
      expect(await syncRaw()).toEqual(stored);
    });

    it('still reads a value synced from a newer Limber, repairing what it cannot use', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const stored = {
        settings: { ...mine, sitMinutes: '45 min', futureSetting: true },
        settings$: { v: SETTINGS_VERSION + 1 },
      };
      await fakeBrowser.storage.sync.set(stored);
      const store = await load();
      const loaded = await store.loadSettings();
      expect(loaded.settings).toEqual({ ...mine, sitMinutes: DEFAULT_SETTINGS.sitMinutes });
      expect(loaded.problems).toEqual([
        { field: 'sitMinutes', problem: 'not-whole-number', min: 5, max: 240 },
      ]);
      // Left for the newer version as it was, and nothing logged: it is expected, not a fault.
      expect(await syncRaw()).toEqual(stored);
      expect(error).not.toHaveBeenCalled();
    });
  });

  it('never crashes on a corrupt value: each bad field reads as its default', async () => {
    const store = await load();
    for (const corrupt of ['garbage', 42, [1, 2], { sitMinutes: null, showBadge: 'no' }]) {
      await fakeBrowser.storage.sync.set({ settings: corrupt });
      expect(await store.readSettings()).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('refuses to save invalid settings, keeping what was there', async () => {
    const store = await load();
    await store.saveSettings(mine);
    await expect(store.saveSettings({ ...mine, sitMinutes: 0 })).rejects.toThrow(/sitMinutes/);
    await expect(
      store.saveSettings({ ...mine, workingHours: { ...mine.workingHours, days: [] } }),
    ).rejects.toThrow(/workingHours.days/);
    expect(await store.readSettings()).toEqual(mine);
  });

  describe('when sync storage refuses', () => {
    it('keeps settings on this device, says why, and reads them from there', async () => {
      const store = await load();
      vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
        new Error('QUOTA_BYTES quota exceeded'),
      );
      expect(await store.saveSettings(mine)).toEqual({ area: 'local', reason: 'quota' });
      expect(await localRaw()).toMatchObject({
        settings: mine,
        settingsPlace: { area: 'local', reason: 'quota' },
      });
      expect(await store.loadSettings()).toEqual({
        settings: mine,
        problems: [],
        place: { area: 'local', reason: 'quota' },
      });
    });

    it('tells other failures apart from a full quota', async () => {
      const store = await load();
      vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
        new Error('Sync is disabled by policy'),
      );
      expect(await store.saveSettings(mine)).toEqual({ area: 'local', reason: 'unavailable' });
    });

    it('returns to sync with the next save that sync accepts', async () => {
      const store = await load();
      const set = vi
        .spyOn(fakeBrowser.storage.sync, 'set')
        .mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
      await store.saveSettings(mine);
      set.mockRestore();
      const later = { ...mine, sitMinutes: 25 };
      expect(await store.saveSettings(later)).toEqual({ area: 'sync' });
      expect((await localRaw()).settingsPlace).toBeUndefined();
      expect(await store.loadSettings()).toMatchObject({
        settings: later,
        place: { area: 'sync' },
      });
    });

    it('reads the local copy when sync cannot even be read', async () => {
      const store = await load();
      await fakeBrowser.storage.local.set({ settings: mine });
      vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is broken'));
      expect(await store.loadSettings()).toEqual({
        settings: mine,
        problems: [],
        place: { area: 'local', reason: 'unavailable' },
      });
    });
  });

  describe('when the local copy is missing (issue 14, cause 4)', () => {
    /** Nine fields away from their defaults, as someone who tuned Limber has them. */
    const tuned: Settings = {
      ...DEFAULT_SETTINGS,
      sitMinutes: 50,
      breakMinutes: 4,
      longBreakEvery: 3,
      longBreakMinutes: 10,
      idleSeconds: 300,
      snoozeMinutes: 10,
      reRemind: false,
      showBadge: false,
      breakSound: true,
    };

    it('reads the synced copy, not the defaults, and the next save keeps every tuned field', async () => {
      expect(
        (Object.keys(tuned) as (keyof Settings)[]).filter(
          (key) => tuned[key] !== DEFAULT_SETTINGS[key],
        ),
      ).toHaveLength(9);
      await fakeBrowser.storage.sync.set({ settings: tuned, settings$: { v: SETTINGS_VERSION } });
      await fakeBrowser.storage.local.set({ settingsPlace: { area: 'local', reason: 'quota' } });
      const store = await load();
      const loaded = await store.loadSettings();
      expect(loaded).toEqual({
        settings: tuned,
        problems: [],
        place: { area: 'local', reason: 'quota' },
      });
      // The options page saves the whole value with one field changed.
      const edited = { ...loaded.settings, sitMinutes: 40 };
      expect(await store.saveSettings(edited)).toEqual({ area: 'sync' });
      expect((await syncRaw()).settings).toEqual(edited);
    });

    it('reads the synced copy over a corrupt local one, and keeps it when sync then refuses a save', async () => {
      await fakeBrowser.storage.sync.set({ settings: tuned, settings$: { v: SETTINGS_VERSION } });
      await fakeBrowser.storage.local.set({
        settingsPlace: { area: 'local', reason: 'unavailable' },
        // Corrupt at the current version, so no migration rewrites it first.
        settings: 'not settings',
        settings$: { v: SETTINGS_VERSION },
      });
      const store = await load();
      const loaded = await store.loadSettings();
      expect(loaded.settings).toEqual(tuned);
      vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync is off'));
      await store.saveSettings({ ...loaded.settings, breakMinutes: 3 });
      expect((await localRaw()).settings).toEqual({ ...tuned, breakMinutes: 3 });
      expect((await syncRaw()).settings).toEqual(tuned);
    });

    it('reads the synced copy over a corrupt local one of an older version, which the migration leaves as it is', async () => {
      await fakeBrowser.storage.sync.set({ settings: tuned, settings$: { v: SETTINGS_VERSION } });
      await fakeBrowser.storage.local.set({
        settingsPlace: { area: 'local', reason: 'quota' },
        // No version mark: the migration runs on it as the page or worker loads.
        settings: 'not settings',
      });
      const store = await load();
      expect((await store.loadSettings()).settings).toEqual(tuned);
      // Still no settings of this computer's own: not the defaults passing for the user's.
      expect((await localRaw()).settings).toBe('not settings');
      await store.saveSettings({ ...tuned, breakMinutes: 3 });
      expect((await syncRaw()).settings).toEqual({ ...tuned, breakMinutes: 3 });
    });

    it('uses the local copy when there is one, however the synced one differs', async () => {
      await fakeBrowser.storage.sync.set({ settings: tuned });
      await fakeBrowser.storage.local.set({
        settings: mine,
        settingsPlace: { area: 'local', reason: 'quota' },
      });
      const store = await load();
      expect((await store.loadSettings()).settings).toEqual(mine);
    });

    it('reads the defaults when neither copy can be had', async () => {
      await fakeBrowser.storage.local.set({ settingsPlace: { area: 'local', reason: 'quota' } });
      const store = await load();
      vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is broken'));
      expect(await store.loadSettings()).toEqual({
        settings: DEFAULT_SETTINGS,
        problems: [],
        place: { area: 'local', reason: 'quota' },
      });
    });
  });

  describe('settings synced by a newer Limber (issue 14, cause 6)', () => {
    const NEWER = { v: 99 };
    const theirs = { ...mine, sitMinutes: 55, futureSetting: { kind: 'new' } };

    it('reads the fields this version knows, and logs no error', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      await fakeBrowser.storage.sync.set({ settings: theirs, settings$: NEWER });
      const store = await load();
      expect(await store.loadSettings()).toEqual({
        settings: { ...mine, sitMinutes: 55 },
        problems: [],
        place: { area: 'sync' },
      });
      expect(await store.syncedByNewerVersion()).toBe(true);
      expect(error).not.toHaveBeenCalled();
    });

    it('saves a change on this computer only, never over the newer settings, and says why', async () => {
      await fakeBrowser.storage.sync.set({ settings: theirs, settings$: NEWER });
      const store = await load();
      const edited = { ...(await store.readSettings()), breakMinutes: 3 };
      expect(await store.saveSettings(edited)).toEqual({ area: 'local', reason: 'newer' });
      expect(await syncRaw()).toEqual({ settings: theirs, settings$: NEWER });
      expect(await localRaw()).toEqual({
        settings: edited,
        settings$: { v: SETTINGS_VERSION },
        settingsPlace: { area: 'local', reason: 'newer' },
      });
      expect(await store.loadSettings()).toEqual({
        settings: edited,
        problems: [],
        place: { area: 'local', reason: 'newer' },
      });
      // Later changes too, as long as the synced settings are newer.
      await store.saveSettings({ ...edited, sitMinutes: 35 });
      expect(await syncRaw()).toEqual({ settings: theirs, settings$: NEWER });
      expect(await store.readSettings()).toEqual({ ...edited, sitMinutes: 35 });
    });

    it('keeps newer settings that arrive through sync after the page loaded', async () => {
      const store = await load();
      await store.saveSettings(mine);
      await fakeBrowser.storage.sync.set({ settings: theirs, settings$: NEWER });
      expect(await store.saveSettings({ ...mine, snoozeMinutes: 7 })).toEqual({
        area: 'local',
        reason: 'newer',
      });
      expect(await syncRaw()).toEqual({ settings: theirs, settings$: NEWER });
    });

    it('saves to sync again once this version understands what sync holds', async () => {
      await fakeBrowser.storage.sync.set({ settings: theirs, settings$: NEWER });
      const store = await load();
      await store.saveSettings(mine);
      // Sync now holds this version's format (written by a computer running this version).
      await fakeBrowser.storage.sync.set({ settings: mine, settings$: { v: SETTINGS_VERSION } });
      expect(await store.syncedByNewerVersion()).toBe(false);
      const later = { ...mine, sitMinutes: 25 };
      expect(await store.saveSettings(later)).toEqual({ area: 'sync' });
      expect(await syncRaw()).toEqual({ settings: later, settings$: { v: SETTINGS_VERSION } });
      expect((await localRaw()).settingsPlace).toBeUndefined();
    });

    it('says the synced settings are not newer when they are current, missing or unreadable', async () => {
      let store = await load();
      expect(await store.syncedByNewerVersion()).toBe(false);
      await store.saveSettings(mine);
      expect(await store.syncedByNewerVersion()).toBe(false);
      await fakeBrowser.storage.sync.set({ settings$: 'garbage' });
      store = await load();
      expect(await store.syncedByNewerVersion()).toBe(false);
      vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is broken'));
      expect(await store.syncedByNewerVersion()).toBe(false);
    });
  });

  describe('watchSettings', () => {
    it('hears changes in sync, in the local copy, and in where settings live', async () => {
      const store = await load();
      const onChange = vi.fn();
      const stop = store.watchSettings(onChange);
      await fakeBrowser.storage.sync.set({ settings: mine });
      expect(onChange).toHaveBeenCalledTimes(1);
      await fakeBrowser.storage.local.set({ settings: mine });
      expect(onChange).toHaveBeenCalledTimes(2);
      await fakeBrowser.storage.local.set({ settingsPlace: { area: 'local', reason: 'quota' } });
      expect(onChange).toHaveBeenCalledTimes(3);
      await fakeBrowser.storage.local.set({ engine: { anything: 1 } });
      expect(onChange).toHaveBeenCalledTimes(3);
      stop();
      await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS });
      expect(onChange).toHaveBeenCalledTimes(3);
    });
  });

  describe('parsePlace', () => {
    it('reads anything unknown as sync', async () => {
      const { parsePlace } = await load();
      expect(parsePlace(undefined)).toEqual({ area: 'sync' });
      expect(parsePlace('local')).toEqual({ area: 'sync' });
      expect(parsePlace({ area: 'local' })).toEqual({ area: 'local', reason: 'unavailable' });
      expect(parsePlace({ area: 'local', reason: 'quota' })).toEqual({
        area: 'local',
        reason: 'quota',
      });
      expect(parsePlace({ area: 'local', reason: 'newer' })).toEqual({
        area: 'local',
        reason: 'newer',
      });
      expect(parsePlace({ area: 'local', reason: 'later' })).toEqual({
        area: 'local',
        reason: 'unavailable',
      });
    });
  });
});
