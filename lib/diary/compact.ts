/**
 * The diary as it is kept in `storage.sync`: one key per calendar month ("diary-2025-03"), each
 * holding that month's days as `{ "14": [pain, tags, updatedAt] }` with the tags as bits. A day
 * is about 25 bytes, a month under 1 kB and a year's 13 keys about 10 kB: far inside sync's
 * quotas (102,400 bytes in all, 8,192 a key, 512 keys, 120 writes a minute; see
 * lib/storage/diary.ts), and an edit rewrites only its own month.
 */

import { addDays, type DayKey, isDayKey, localDayKey, oldestKeptDay } from '@/lib/history/days';
import { type Diary, type DiaryEntry, PAIN_TAGS, type PainTag, parseEntry } from './entry';

export const DIARY_KEY_PREFIX = 'diary-';

const MONTH_KEY = /^diary-(\d{4})-(\d{2})$/;

/** The storage key of the month a day falls in. */
export function monthKey(date: DayKey): string {
  return `${DIARY_KEY_PREFIX}${date.slice(0, 7)}`;
}

export function isMonthKey(key: string): boolean {
  const match = MONTH_KEY.exec(key);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** The keys of every month a diary kept at `now` can have days in (about 13), oldest first. */
export function keptMonthKeys(now: number): string[] {
  const last = monthKey(localDayKey(now));
  const keys: string[] = [];
  // Month by month from the oldest kept day: the 1st of each month, then the next month's 1st.
  let day = `${oldestKeptDay(now).slice(0, 7)}-01`;
  for (let key = monthKey(day); key <= last; key = monthKey(day)) {
    keys.push(key);
    day = addDays(day, 31).slice(0, 7).concat('-01');
  }
  return keys;
}

const tagBits = (tags: readonly PainTag[]): number =>
  PAIN_TAGS.reduce((bits, tag, i) => (tags.includes(tag) ? bits | (1 << i) : bits), 0);

const bitTags = (bits: number): PainTag[] => PAIN_TAGS.filter((_, i) => (bits & (1 << i)) !== 0);

/** A month's entries in their stored form. Entries of other months are not its to hold. */
export function encodeMonth(key: string, entries: Iterable<DiaryEntry>): Record<string, unknown> {
  const out: Record<string, [number, number, number]> = {};
  for (const entry of entries) {
    if (monthKey(entry.date) !== key) continue;
    out[entry.date.slice(8)] = [entry.pain, tagBits(entry.tags), entry.updatedAt];
  }
  return out;
}

/**
 * What a month's key holds, as entries: each day checked on its own, so a damaged day (or a
 * whole damaged value) is dropped and the rest kept; nothing stored ever throws.
 */
export function decodeMonth(key: string, stored: unknown): Record<DayKey, DiaryEntry> {
  const out: Record<DayKey, DiaryEntry> = {};
  if (!isMonthKey(key) || typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return out;
  }
  const month = key.slice(DIARY_KEY_PREFIX.length);
  for (const [day, value] of Object.entries(stored)) {
    if (!/^\d{2}$/.test(day) || !Array.isArray(value) || value.length !== 3) continue;
    const [pain, bits, updatedAt] = value as unknown[];
    if (
      !Number.isInteger(bits) ||
      (bits as number) < 0 ||
      (bits as number) >= 1 << PAIN_TAGS.length
    ) {
      continue;
    }
    const date = `${month}-${day}`;
    const entry = isDayKey(date)
      ? parseEntry({ date, pain, tags: bitTags(bits as number), updatedAt })
      : null;
    if (entry) out[date] = entry;
  }
  return out;
}

/** Every month key of `stored` (a storage area's values) read into one diary. */
export function decodeMonths(stored: Record<string, unknown>): Record<DayKey, DiaryEntry> {
  const out: Record<DayKey, DiaryEntry> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (isMonthKey(key)) Object.assign(out, decodeMonth(key, value));
  }
  return out;
}

/** The diary's entries of one month. */
export function monthOf(diary: Diary, key: string): DiaryEntry[] {
  return Object.values(diary).filter((entry) => monthKey(entry.date) === key);
}
