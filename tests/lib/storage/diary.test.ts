import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keptMonthKeys, monthKey } from '@/lib/diary/compact';
import type { DiaryEntry } from '@/lib/diary/entry';
import { addDays, localDayKey } from '@/lib/history/days';
import { enforceSyncQuota, itemBytes, SYNC_QUOTA } from '../../support/sync-quota';

type DiaryStore = typeof import('@/lib/storage/diary');

async function load(): Promise<DiaryStore> {
  vi.resetModules();
  return import('@/lib/storage/diary');
}

const NOW = new Date(2026, 5, 15, 18, 0).getTime();
const TODAY = localDayKey(NOW);

function entry(date: string, pain: number, updatedAt = NOW, tags: DiaryEntry['tags'] = []) {
  return { date, pain, tags, updatedAt };
}

describe('pain diary storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('keeps one entry a day, the last answer winning, and edits past days', async () => {
    const store = await load();
    expect(await store.readDiary(NOW)).toEqual({});
    expect(await store.saveDiaryEntry(entry(TODAY, 4, NOW - 60_000), NOW)).toEqual({
      area: 'sync',
    });
    await store.saveDiaryEntry(entry(TODAY, 6, NOW, ['spasm', 'stiff']), NOW);
    const yesterday = addDays(TODAY, -1);
    await store.saveDiaryEntry(entry(yesterday, 2), NOW);
    await store.saveDiaryEntry(entry(yesterday, 3, NOW + 1, ['night']), NOW);
    expect(await store.readDiary(NOW)).toEqual({
      [TODAY]: entry(TODAY, 6, NOW, ['stiff', 'spasm']),
      [yesterday]: entry(yesterday, 3, NOW + 1, ['night']),
    });
    // Compact: one sync key for the month, a few bytes a day.
    const synced = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(synced)).toEqual([monthKey(TODAY)]);
    expect(itemBytes(monthKey(TODAY), synced[monthKey(TODAY)])).toBeLessThan(80);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('refuses an entry that is not valid, in the future or over a year old', async () => {
    const store = await load();
    const bad = [
      entry(TODAY, 11),
      entry(TODAY, 2.5),
      entry(TODAY, -1),
      entry('2026-02-30', 3),
      entry(addDays(TODAY, 1), 3),
      entry(addDays(TODAY, -400), 3),
      { ...entry(TODAY, 3), tags: ['sore'] } as unknown as DiaryEntry,
    ];
    for (const value of bad) {
      await expect(store.saveDiaryEntry(value, NOW), JSON.stringify(value)).rejects.toThrow(
        /Invalid diary entry/,
      );
    }
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('reads any stored values without throwing, keeping only valid days of the last year', async () => {
    const keys = keptMonthKeys(NOW);
    expect(keys).toHaveLength(13);
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...keys, 'diary-2026-13', 'other'), fc.jsonValue()),
        fc.dictionary(
          fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, '0')),
          fc.tuple(fc.integer({ min: -1, max: 11 }), fc.integer({ min: -1, max: 16 }), fc.nat()),
        ),
        async (junk, days) => {
          fakeBrowser.reset();
          await fakeBrowser.storage.sync.set({ ...junk, [monthKey(TODAY)]: days });
          await fakeBrowser.storage.local.set(junk);
          const store = await load();
          const diary = await store.readDiary(NOW);
          for (const [date, e] of Object.entries(diary)) {
            expect(e.date).toBe(date);
            expect(Number.isInteger(e.pain) && e.pain >= 0 && e.pain <= 10).toBe(true);
            expect(date <= TODAY).toBe(true);
          }
          for (const [day, [pain, bits]] of Object.entries(days)) {
            const date = `${TODAY.slice(0, 7)}-${day}`;
            const valid = pain >= 0 && pain <= 10 && bits >= 0 && bits < 16 && date <= TODAY;
            expect(Object.hasOwn(diary, date), date).toBe(valid);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('merges the synced and local copies day by day, the newest edit winning', async () => {
    const store = await load();
    const a = addDays(TODAY, -2);
    const b = addDays(TODAY, -3);
    // Written as another computer (sync) and this one while sync was full (local) left them.
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('sync is off'));
    expect(await store.saveDiaryEntry(entry(a, 7, NOW - 10), NOW)).toEqual({
      area: 'local',
      reason: 'unavailable',
    });
    await fakeBrowser.storage.sync.set({
      [monthKey(a)]: { [a.slice(8)]: [5, 0, NOW - 20], [b.slice(8)]: [1, 1, NOW - 5] },
    });
    expect(await store.readDiary(NOW)).toEqual({
      [a]: entry(a, 7, NOW - 10),
      [b]: entry(b, 1, NOW - 5, ['stiff']),
    });
  });

  it('fills sync to its quota and loses nothing: the rest goes to this computer, and back', async () => {
    let clock = NOW;
    const quota = enforceSyncQuota(() => clock);
    // Other synced data (settings, the user's own exercises) leaves room for about 4 months.
    const filler = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`other-${i}`, 'x'.repeat(7_800)]),
    );
    await fakeBrowser.storage.sync.set(filler);
    const store = await load();
    const days = Array.from({ length: 365 }, (_, i) => addDays(TODAY, -i));
    const saved: Record<string, DiaryEntry> = {};
    const places = new Set<string>();
    for (const [i, date] of days.entries()) {
      clock += 1_000; // 60 writes a minute: within the write limit, so only the bytes run out.
      const e = entry(date, i % 11, NOW + i, i % 3 === 0 ? ['leg'] : []);
      saved[date] = e;
      places.add(JSON.stringify(await store.saveDiaryEntry(e, NOW)));
    }
    expect(places).toEqual(
      new Set([
        JSON.stringify({ area: 'sync' }),
        JSON.stringify({ area: 'local', reason: 'quota' }),
      ]),
    );
    expect(await quota.used()).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES);
    expect(await quota.used()).toBeGreaterThan(SYNC_QUOTA.QUOTA_BYTES - 1_000);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).length).toBeGreaterThan(2);
    expect(await store.readDiary(NOW)).toEqual(saved);
    expect(await store.readDiaryPlace()).toEqual({ area: 'local', reason: 'quota' });

    // Room again in sync: the next edit of a month moves it back, whole.
    await fakeBrowser.storage.sync.remove(Object.keys(filler));
    const oldest = days.at(-1) as string;
    saved[oldest] = entry(oldest, 9, NOW + 1_000);
    clock += 60_000;
    await store.saveDiaryEntry(saved[oldest], NOW);
    expect(await fakeBrowser.storage.local.get(monthKey(oldest))).toEqual({});
    expect(await store.readDiary(NOW)).toEqual(saved);
  });

  it('keeps writing past the per-minute write limit, on this computer, losing nothing', async () => {
    enforceSyncQuota(() => NOW);
    const store = await load();
    const saved: Record<string, DiaryEntry> = {};
    for (let i = 0; i < SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE + 10; i++) {
      const date = addDays(TODAY, -(i % 40));
      saved[date] = entry(date, i % 11, NOW + i);
      await store.saveDiaryEntry(saved[date], NOW);
    }
    expect(await store.readDiary(NOW)).toEqual(saved);
    expect(await store.readDiaryPlace()).toEqual({ area: 'local', reason: 'quota' });
  });

  it('merges imported entries day by day, the newest edit winning, leaving out days outside the year', async () => {
    const store = await load();
    const yesterday = addDays(TODAY, -1);
    const lastMonth = addDays(TODAY, -35);
    await store.saveDiaryEntry(entry(TODAY, 6, NOW), NOW);
    await store.saveDiaryEntry(entry(yesterday, 2, NOW - 10), NOW);
    const result = await store.mergeDiaryEntries(
      [
        entry(lastMonth, 5, NOW - 5, ['leg']),
        entry(yesterday, 7, NOW - 5),
        entry(TODAY, 1, NOW - 1),
        entry(addDays(TODAY, -400), 3),
        entry(addDays(TODAY, 2), 3),
      ],
      NOW,
    );
    expect(result).toEqual({ place: { area: 'sync' }, merged: 3, leftOut: 2 });
    expect(await store.readDiary(NOW)).toEqual({
      [lastMonth]: entry(lastMonth, 5, NOW - 5, ['leg']),
      // The file's edit of yesterday is newer; today's own is newer than the file's.
      [yesterday]: entry(yesterday, 7, NOW - 5),
      [TODAY]: entry(TODAY, 6, NOW),
    });
  });

  it('keeps imported entries on this computer when sync refuses them', async () => {
    const store = await load();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const result = await store.mergeDiaryEntries([entry(TODAY, 4)], NOW);
    expect(result.place).toEqual({ area: 'local', reason: 'quota' });
    expect(await store.readDiary(NOW)).toEqual({ [TODAY]: entry(TODAY, 4) });
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain(monthKey(TODAY));
  });

  it('reads this computer’s copy when sync cannot even be read', async () => {
    const store = await load();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync is off'));
    await store.saveDiaryEntry(entry(TODAY, 5), NOW);
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is broken'));
    expect(await store.readDiary(NOW)).toEqual({ [TODAY]: entry(TODAY, 5) });
  });

  it('drops months older than a year from both copies when it writes', async () => {
    const old = 'diary-2024-01';
    await fakeBrowser.storage.sync.set({ [old]: { '05': [3, 0, 1] } });
    await fakeBrowser.storage.local.set({ [old]: { '05': [3, 0, 1] } });
    const store = await load();
    await store.saveDiaryEntry(entry(TODAY, 1), NOW);
    expect(await fakeBrowser.storage.sync.get(old)).toEqual({});
    expect(await fakeBrowser.storage.local.get(old)).toEqual({});
  });

  it('is cleared with the history, in both copies, and says so to watchers', async () => {
    const store = await load();
    const changed = vi.fn();
    const stop = store.watchDiary(changed);
    await store.saveDiaryEntry(entry(TODAY, 5), NOW);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('x'));
    await store.saveDiaryEntry(entry(addDays(TODAY, -40), 5), NOW);
    expect(changed).toHaveBeenCalled();
    await fakeBrowser.storage.sync.set({ settings: { sitMinutes: 40 } });
    const { clearHistory } = await import('@/lib/storage/history');
    await clearHistory();
    expect(await store.readDiary(NOW)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: { sitMinutes: 40 } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    stop();
  });
});
