import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CUSTOM_LIMITS, type CustomExercise } from '@/lib/content/custom-exercises';
import { enforceSyncQuota, itemBytes, SYNC_QUOTA } from '../../support/sync-quota';

async function load() {
  vi.resetModules();
  return import('@/lib/storage/custom-exercises');
}

/** The longest exercise the limits allow, in two-byte letters. */
function longest(i: number): CustomExercise {
  const text = (n: number) => 'é'.repeat(n);
  return {
    id: `custom-${i.toString(36)}`,
    name: text(CUSTOM_LIMITS.name),
    steps: Array.from({ length: CUSTOM_LIMITS.steps }, () => text(CUSTOM_LIMITS.step)),
    dose: { kind: 'hold', seconds: 30, times: 3 },
    position: 'seated',
    illustration: null,
    note: text(CUSTOM_LIMITS.note),
    flare: false,
  };
}

describe('custom exercises storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('saves a full list of the longest exercises to sync in pages under its item limit', async () => {
    const quota = enforceSyncQuota();
    const store = await load();
    const list = Array.from({ length: CUSTOM_LIMITS.count }, (_, i) => longest(i));
    expect(await store.saveCustomExercises(list)).toEqual({ area: 'sync' });
    const synced = await fakeBrowser.storage.sync.get(null);
    for (const [key, value] of Object.entries(synced)) {
      expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);
    }
    // Room left for the settings and a year of the pain diary.
    expect(await quota.used()).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES - 15_000);
    expect(await store.readCustomExercises()).toEqual(list);
    // A shorter list leaves no page behind.
    expect(await store.saveCustomExercises(list.slice(0, 1))).toEqual({ area: 'sync' });
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toEqual(['myExercises-0']);
    expect(await store.readCustomExercises()).toEqual(list.slice(0, 1));
  });

  it('keeps them on this computer when sync is full, and moves them back when it has room', async () => {
    enforceSyncQuota();
    const filler = Object.fromEntries(
      Array.from({ length: 13 }, (_, i) => [`other-${i}`, 'x'.repeat(7_800)]),
    );
    await fakeBrowser.storage.sync.set(filler);
    const store = await load();
    const list = [longest(1), longest(2)];
    expect(await store.saveCustomExercises(list)).toEqual({ area: 'local', reason: 'quota' });
    expect(await store.readCustomExercises()).toEqual(list);
    await fakeBrowser.storage.sync.remove(Object.keys(filler));
    expect(await store.saveCustomExercises(list)).toEqual({ area: 'sync' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await store.readCustomExercises()).toEqual(list);
  });

  it('refuses a list with an invalid exercise, and reads damaged pages without a crash', async () => {
    const store = await load();
    await expect(store.saveCustomExercises([{ ...longest(1), name: '' }])).rejects.toThrow();
    await fakeBrowser.storage.sync.set({
      'myExercises-0': [longest(1), { junk: true }],
      'myExercises-1': 'not a page',
      'myExercises-x': [longest(2)],
    });
    expect(await store.readCustomExercises()).toEqual([longest(1)]);
  });
});
