import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KEYS, openPageData, saveValue } from '@/lib/pages/page-data';
import type { EngineState } from '@/lib/session/state';
import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, NUMBER_BOUNDS } from '@/lib/settings/schema';
import { engineStateItem, policyCopyItem, recordsItem } from '@/lib/storage/items';
import { readPolicy } from '@/lib/storage/policy';
import {
  loadSettings,
  localSettingsItem,
  readSettings,
  settingsItem,
  settingsPlaceItem,
  syncedByNewerVersion,
} from '@/lib/storage/settings';
import { storage } from '@/lib/storage/store';

function paused(lastSeen = Date.now()): EngineState {
  return {
    version: 1,
    phase: { kind: 'paused', since: lastSeen - 1000, until: null },
    lastSeen,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
  };
}

const defined = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));

/** What a settings key may hold: the user's values, anything JSON at all, or nothing. */
const stored = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record(
      Object.fromEntries(
        Object.entries(NUMBER_BOUNDS).map(([field, { min, max }]) => [
          field,
          fc.oneof(fc.integer({ min, max }), fc.jsonValue()),
        ]),
      ),
      { requiredKeys: [] },
    ),
  },
  fc.jsonValue(),
  fc.constant(undefined),
);
/** What the browser's managed area may hold: an organisation's policy, valid or not, or nothing. */
const managed = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      sitMinutes: fc.oneof(fc.integer({ min: 5, max: 240 }), fc.jsonValue()),
      showBadge: fc.oneof(fc.boolean(), fc.jsonValue()),
      lockedSettings: fc.array(fc.constantFrom('breakMinutes', 'region', 'nothing')),
      painDiaryAllowed: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
);
const meta = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(1, 2, SETTINGS_VERSION, 99).map((v) => ({ v })),
  fc.jsonValue(),
);
const place = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('quota', 'unavailable', 'newer', 'other').map((reason) => ({
    area: 'local',
    reason,
  })),
  fc.jsonValue(),
);

describe('page data', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the keys lib/storage keeps the values under', () => {
    expect(KEYS.engine).toBe(engineStateItem.key);
    expect(KEYS.records).toBe(recordsItem.key);
    expect(KEYS.syncSettings).toBe(settingsItem.key);
    expect(KEYS.syncSettingsMeta).toBe(`${settingsItem.key}$`);
    expect(KEYS.localSettings).toBe(localSettingsItem.key);
    expect(KEYS.settingsPlace).toBe(settingsPlaceItem.key);
  });

  it('reads the settings as the storage layer does, from any stored values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          sync: stored,
          syncMeta: meta,
          local: stored,
          place,
          syncFails: fc.boolean(),
          managed,
          managedFails: fc.boolean(),
        }),
        async (seed) => {
          fakeBrowser.reset();
          vi.restoreAllMocks();
          await fakeBrowser.storage.sync.set(
            defined({ settings: seed.sync, settings$: seed.syncMeta }),
          );
          await fakeBrowser.storage.local.set(
            defined({ settings: seed.local, settingsPlace: seed.place }),
          );
          if (seed.managed) await fakeBrowser.storage.managed.set(seed.managed);
          if (seed.syncFails) {
            vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is off'));
          }
          if (seed.managedFails) {
            // As Firefox with no policies.json for Limber.
            vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
              new Error('Managed storage manifest not found'),
            );
          }
          const data = openPageData();
          await data.ready;
          await data.policyRead;
          const expected = await loadSettings();
          expect(data.settings()).toEqual({
            settings: await readSettings(),
            own: expected.settings,
            policy: await readPolicy(),
            place: expected.place,
            newer: await syncedByNewerVersion(),
          });
          // A failed managed read is no policy, not an error of the page.
          expect(data.error('local')).toBeNull();
          data.close();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads each storage area once, every key together', async () => {
    const local = vi.spyOn(fakeBrowser.storage.local, 'get');
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const data = openPageData({ more: ['local:popupSection'] });
    await data.ready;
    expect(local).toHaveBeenCalledOnce();
    expect(local).toHaveBeenCalledWith([
      'engine',
      'records',
      'settings',
      'settingsPlace',
      'popupSection',
    ]);
    expect(sync).toHaveBeenCalledOnce();
    expect(sync).toHaveBeenCalledWith(['settings', 'settings$']);
  });

  it('reads no sync storage for a page that shows no settings', async () => {
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const data = openPageData({ settings: false });
    await data.ready;
    expect(sync).not.toHaveBeenCalled();
    expect(data.settings()).toBeNull();
  });

  it('says why an area could not be read, and reads the other all the same', async () => {
    await engineStateItem.setValue(paused());
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is off'));
    const data = openPageData();
    await data.ready;
    expect(data.error('sync')).toBe('Error: sync is off');
    expect(data.error('local')).toBeNull();
    expect(data.state(Date.now())?.phase.kind).toBe('paused');
    expect(data.settings()?.place).toEqual({ area: 'local', reason: 'unavailable' });
  });

  it('hands back the stored state, the readable records and more values', async () => {
    const state = paused();
    await engineStateItem.setValue(state);
    await recordsItem.setValue([
      { type: 'completed', at: Date.now(), long: false, durationMs: 60_000 },
      { type: 'completed', at: 'yesterday' } as never,
    ]);
    await fakeBrowser.storage.local.set({ popupSection: 'lifting' });
    const data = openPageData({ more: ['local:popupSection'] });
    expect(data.loaded()).toBe(false);
    await data.ready;
    expect(data.loaded()).toBe(true);
    expect(data.state(Date.now())).toEqual(state);
    expect(data.records()).toHaveLength(1);
    expect(data.value('local:popupSection')).toBe('lifting');
    expect(data.settings()?.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a change made while the read was on its way over the older value read', async () => {
    const older = paused(Date.now() - 60_000);
    const newer = paused(Date.now());
    await engineStateItem.setValue(older);
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      // Read first, then the background writes before the answer reaches the page.
      const answer = await get(keys as string[]);
      await engineStateItem.setValue(newer);
      return answer;
    });
    const data = openPageData();
    await data.ready;
    expect(data.state(Date.now())?.lastSeen).toBe(newer.lastSeen);
  });

  it('follows changes to the keys it read, and counts them', async () => {
    const data = openPageData({ more: ['local:popupSection'] });
    await data.ready;
    const seen: string[][] = [];
    const stop = data.watch((keys) => seen.push([...keys]));
    const before = data.revision();
    await engineStateItem.setValue(paused());
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sitMinutes: 45 });
    await saveValue('local:popupSection', 'lifting');
    expect(seen).toEqual([
      ['local:engine'],
      ['sync:settings', 'sync:settings$'],
      ['local:popupSection'],
    ]);
    expect(data.revision()).toBe(before + 3);
    expect(data.settings()?.settings.sitMinutes).toBe(45);
    expect(data.value('local:popupSection')).toBe('lifting');
    stop();
    await engineStateItem.setValue(paused());
    expect(seen).toHaveLength(3);
    data.close();
  });

  it('follows the organisation’s policy: added, changed and removed', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sitMinutes: 45 });
    const data = openPageData({ engine: false });
    await data.ready;
    const seen: string[][] = [];
    data.watch((keys) => seen.push([...keys]));
    await fakeBrowser.storage.managed.set({ sitMinutes: 20 });
    expect(data.settings()?.settings.sitMinutes).toBe(20);
    expect(data.settings()?.own.sitMinutes).toBe(45);
    expect(data.settings()?.policy.locked).toEqual(['sitMinutes']);
    await fakeBrowser.storage.managed.remove('sitMinutes');
    expect(data.settings()?.settings.sitMinutes).toBe(45);
    expect(data.settings()?.policy.locked).toEqual([]);
    expect(seen).toEqual([['managed:sitMinutes'], ['managed:sitMinutes']]);
    data.close();
  });

  it('renders without waiting for a slow managed read, and takes the policy when it comes', async () => {
    // Chromium answers the first managed read only once its policy service is up (seconds on
    // a fresh profile): the page must not wait for it.
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sitMinutes: 45 });
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    // `as never`: storage.get is overloaded, and the mock takes the last overload's type only.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(
      () =>
        new Promise<Record<string, unknown>>((resolve) => {
          answer = resolve;
        }) as never,
    );
    const data = openPageData({ engine: false });
    await data.ready;
    expect(data.settings()?.settings.sitMinutes).toBe(45);
    expect(data.settings()?.policy.locked).toEqual([]);
    const seen: string[][] = [];
    data.watch((keys) => seen.push([...keys]));
    answer({ sitMinutes: 20 });
    await data.policyRead;
    expect(seen).toEqual([['managed:sitMinutes']]);
    expect(data.settings()?.settings.sitMinutes).toBe(20);
    expect(data.settings()?.own.sitMinutes).toBe(45);
    expect(data.settings()?.policy.locked).toEqual(['sitMinutes']);
    data.close();
  });

  it('follows the policy kept from a late managed read, whole: new keys in, removed keys out', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sitMinutes: 45, breakMinutes: 3 });
    await fakeBrowser.storage.managed.set({ breakMinutes: 5 });
    const data = openPageData({ engine: false });
    await data.ready;
    await data.policyRead;
    expect(data.settings()?.settings.breakMinutes).toBe(5);
    const seen: string[][] = [];
    data.watch((keys) => seen.push([...keys].sort()));
    // The background's read answered late with another policy, and kept it (lib/storage/policy.ts).
    await policyCopyItem.setValue({ sitMinutes: 20 });
    expect(seen).toEqual([['managed:breakMinutes', 'managed:sitMinutes']]);
    expect(data.settings()?.settings.sitMinutes).toBe(20);
    expect(data.settings()?.settings.breakMinutes).toBe(3);
    expect(data.settings()?.policy.locked).toEqual(['sitMinutes']);
    data.close();
  });

  it('reads no managed storage for a page that shows no settings', async () => {
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get');
    const data = openPageData({ settings: false });
    await data.ready;
    expect(managed).not.toHaveBeenCalled();
  });

  it('saves a page’s preference as the storage layer stores it, and removes it with null', async () => {
    const item = storage.defineItem<unknown>('local:popupSection');
    await saveValue('local:popupSection', 'lifting');
    expect(await item.getValue()).toBe('lifting');
    await saveValue('local:popupSection', null);
    expect(await item.getValue()).toBeNull();
    expect(await fakeBrowser.storage.local.get('popupSection')).toEqual({});
  });
});
