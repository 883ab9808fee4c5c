import { browser } from 'wxt/browser';
import {
  DIARY_KEY_PREFIX,
  decodeMonths,
  encodeMonth,
  isMonthKey,
  keptMonthKeys,
  monthKey,
  monthOf,
} from '@/lib/diary/compact';
import { type DiaryEntry, keptDiary, mergeDiaries, newer, parseEntry } from '@/lib/diary/entry';
import { localDayKey, oldestKeptDay } from '@/lib/history/days';
import { diaryPlaceItem, type SettingsPlace } from './items';

/**
 * Where the pain diary lives, and how it is read and saved. It belongs to the person, so it is
 * kept in `storage.sync` (one key per month: lib/diary/compact.ts) and follows them to every
 * browser signed in to their account, well inside its quotas
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync). When sync refuses a write (full, too many writes a minute,
 * or turned off) the month is kept in `storage.local` under the same key, as the settings are
 * (./settings.ts), and `diaryPlaceItem` says why; the next write that sync takes moves that
 * month back. Reads merge both copies day by day, the newest edit winning, so no answer is lost
 * whichever copy holds it, and every day is checked on the way in.
 */

export type DiaryPlace = SettingsPlace;

type Area = 'sync' | 'local';

function storageArea(name: Area) {
  const area = browser.storage[name];
  if (!area) throw Error(`browser.storage.${name} is not available`);
  return area;
}

/** What an area holds under `keys`, or nothing when it cannot be read (sync turned off). */
async function getMonths(name: Area, keys: string[]): Promise<Record<string, unknown>> {
  try {
    return await storageArea(name).get(keys);
  } catch {
    return {};
  }
}

/** The diary: both copies merged, each day's newest edit, bounded to the last year. */
export async function readDiary(now: number = Date.now()): Promise<Record<string, DiaryEntry>> {
  const keys = keptMonthKeys(now);
  const [synced, local] = await Promise.all([getMonths('sync', keys), getMonths('local', keys)]);
  const merged = mergeDiaries(decodeMonths(synced), decodeMonths(local));
  return keptDiary(merged, localDayKey(now), now);
}

export async function readDiaryPlace(): Promise<DiaryPlace> {
  return diaryPlaceItem.getValue();
}

function whySyncRefused(error: unknown): 'quota' | 'unavailable' {
  // As ./settings.ts: Chrome says "QUOTA_BYTES quota exceeded" (or the per-item, item-count and
  // per-minute limits); Firefox "QuotaExceededError".
  const message = error instanceof Error ? error.message : String(error);
  return /quota/i.test(message) ? 'quota' : 'unavailable';
}

/**
 * Saves one day's entry (replacing that day's earlier one) and says where it went. Refuses
 * (throws) an entry that is not valid, or is for a day after today or before the kept year.
 */
export async function saveDiaryEntry(
  entry: DiaryEntry,
  now: number = Date.now(),
): Promise<DiaryPlace> {
  const clean = parseEntry(entry);
  if (!clean || !inKeptYear(clean, now)) {
    throw new Error(`Invalid diary entry not saved: ${JSON.stringify(entry)}`);
  }
  // This day's new answer wins even over an edit dated later by another computer's wrong clock.
  const refused = await writeMonth(monthKey(clean.date), (month) => {
    month[clean.date] = clean;
  });
  return settle(refused, now);
}

/**
 * Merges entries from elsewhere (an imported file) into the diary day by day, the newest edit of
 * each day winning, and says where they went and how many days were outside the kept year and
 * left out. Entries must be valid (lib/settings/transfer-sections.ts checks a file's).
 */
export async function mergeDiaryEntries(
  entries: readonly DiaryEntry[],
  now: number = Date.now(),
): Promise<{ place: DiaryPlace; merged: number; leftOut: number }> {
  const kept = entries.filter((entry) => inKeptYear(entry, now));
  const byMonth = new Map<string, DiaryEntry[]>();
  for (const entry of kept) {
    const key = monthKey(entry.date);
    byMonth.set(key, [...(byMonth.get(key) ?? []), entry]);
  }
  let refused: DiaryPlace | null = null;
  for (const [key, incoming] of byMonth) {
    const place = await writeMonth(key, (month) => {
      for (const entry of incoming) {
        const mine = Object.hasOwn(month, entry.date) ? month[entry.date] : undefined;
        month[entry.date] = mine ? newer(mine, entry) : entry;
      }
    });
    refused ??= place;
  }
  const place = byMonth.size > 0 ? await settle(refused, now) : await readDiaryPlace();
  return { place, merged: kept.length, leftOut: entries.length - kept.length };
}

function inKeptYear(entry: DiaryEntry, now: number): boolean {
  return entry.date <= localDayKey(now) && entry.date >= oldestKeptDay(now);
}

/**
 * Rewrites one month, changed by `update`, from the month as both copies hold it, so whichever
 * copy is written holds all of it. Null when sync took it; where it went instead when sync
 * refused.
 */
async function writeMonth(
  key: string,
  update: (month: Record<string, DiaryEntry>) => void,
): Promise<DiaryPlace | null> {
  const [synced, local] = await Promise.all([getMonths('sync', [key]), getMonths('local', [key])]);
  const month = mergeDiaries(decodeMonths(synced), decodeMonths(local));
  update(month);
  const value = encodeMonth(key, monthOf(month, key));
  try {
    await storageArea('sync').set({ [key]: value });
  } catch (error) {
    const place: DiaryPlace = { area: 'local', reason: whySyncRefused(error) };
    await storageArea('local').set({ [key]: value });
    await diaryPlaceItem.setValue(place);
    return place;
  }
  // Sync holds the whole month now: this computer's copy of it is no longer needed.
  if (Object.hasOwn(local, key)) await storageArea('local').remove(key);
  return null;
}

/** After writing: where the diary is now (`refused`, if sync refused a month), old months gone. */
async function settle(refused: DiaryPlace | null, now: number): Promise<DiaryPlace> {
  if (refused) return refused;
  await dropOldMonths(now);
  const left = await localMonthKeys();
  if (left.length > 0) return readDiaryPlace();
  if ((await readDiaryPlace()).area !== 'sync') await diaryPlaceItem.removeValue();
  return { area: 'sync' };
}

async function monthKeysIn(name: Area): Promise<string[]> {
  try {
    return Object.keys(await storageArea(name).get(null)).filter(isMonthKey);
  } catch {
    return [];
  }
}

const localMonthKeys = () => monthKeysIn('local');

/** Months that fell out of the kept year, in either copy: removed, so sync never fills up. */
async function dropOldMonths(now: number): Promise<void> {
  const oldest = monthKey(oldestKeptDay(now));
  for (const name of ['sync', 'local'] as const) {
    const old = (await monthKeysIn(name)).filter((key) => key < oldest);
    if (old.length > 0)
      await storageArea(name)
        .remove(old)
        .catch(() => undefined);
  }
}

/** Forgets the whole diary, in both copies (with the history: ./history.ts). */
export async function clearDiary(): Promise<void> {
  for (const name of ['sync', 'local'] as const) {
    const keys = await monthKeysIn(name);
    if (keys.length > 0) await storageArea(name).remove(keys);
  }
  await diaryPlaceItem.removeValue();
}

/** Calls `onChange` whenever a month of the diary may have changed, in either copy. */
export function watchDiary(onChange: () => void): () => void {
  const stops: (() => void)[] = [];
  for (const name of ['sync', 'local'] as const) {
    try {
      const listener = (changes: Record<string, unknown>) => {
        if (Object.keys(changes).some((key) => key.startsWith(DIARY_KEY_PREFIX))) onChange();
      };
      storageArea(name).onChanged.addListener(listener);
      stops.push(() => storageArea(name).onChanged.removeListener(listener));
    } catch {
      // A storage area that does not exist cannot change.
    }
  }
  return () => {
    for (const stop of stops) stop();
  };
}
