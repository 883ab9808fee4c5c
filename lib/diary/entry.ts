/**
 * One day of the pain diary (issue 19): how the back felt that day on the 0-10 numeric rating
 * scale (0 no pain, 10 the worst imaginable), with optional tags. At most one entry a day: a new
 * answer for a day replaces the old one, and between copies (this computer's, the synced one) the
 * newest edit wins.
 */

import { type DayKey, isDayKey, oldestKeptDay } from '@/lib/history/days';

/** Stiff, spasm, pain down a leg, woke at night. */
export const PAIN_TAGS = ['stiff', 'spasm', 'leg', 'night'] as const;
export type PainTag = (typeof PAIN_TAGS)[number];

export const MIN_PAIN = 0;
export const MAX_PAIN = 10;

export interface DiaryEntry {
  /** The local day the entry is about (not the day it was written). */
  date: DayKey;
  /** A whole number from 0 to 10. */
  pain: number;
  /** Distinct tags, in the order of PAIN_TAGS. */
  tags: PainTag[];
  /** When it was last edited (ms since the epoch): between copies the newest edit wins. */
  updatedAt: number;
}

/** All the entries, one per day, by date. */
export type Diary = Readonly<Record<DayKey, DiaryEntry>>;

export function isPainTag(value: unknown): value is PainTag {
  return (PAIN_TAGS as readonly unknown[]).includes(value);
}

export function isPain(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= MIN_PAIN && (value as number) <= MAX_PAIN;
}

/** Tags as stored: each once, in a fixed order, so equal answers are equal values. */
export function normalTags(tags: readonly PainTag[]): PainTag[] {
  return PAIN_TAGS.filter((tag) => tags.includes(tag));
}

/** An entry from anywhere, or null when any part of it is wrong. */
export function parseEntry(value: unknown): DiaryEntry | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { date, pain, tags, updatedAt } = value as Record<string, unknown>;
  if (!isDayKey(date) || !isPain(pain)) return null;
  if (!Array.isArray(tags) || !tags.every(isPainTag)) return null;
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt) || updatedAt < 0) return null;
  return { date, pain, tags: normalTags(tags), updatedAt };
}

/** The newer of two edits of the same day (the first when they are equally new). */
export function newer(a: DiaryEntry, b: DiaryEntry): DiaryEntry {
  return b.updatedAt > a.updatedAt ? b : a;
}

/** Both diaries in one, each day's newest edit kept. */
export function mergeDiaries(a: Diary, b: Diary): Record<DayKey, DiaryEntry> {
  const out: Record<DayKey, DiaryEntry> = { ...a };
  for (const [date, entry] of Object.entries(b)) {
    const mine = Object.hasOwn(out, date) ? out[date] : undefined;
    out[date] = mine ? newer(mine, entry) : entry;
  }
  return out;
}

/**
 * The diary bounded to a year, as the history is (lib/history/keep.ts): days before the same
 * calendar day a year ago, and days after today (a wrong clock), are left out.
 */
export function keptDiary(diary: Diary, today: DayKey, now: number): Record<DayKey, DiaryEntry> {
  const oldest = oldestKeptDay(now);
  return Object.fromEntries(
    Object.entries(diary).filter(([date]) => date >= oldest && date <= today),
  );
}

/** The entries in date order. */
export function entriesOf(diary: Diary): DiaryEntry[] {
  return Object.values(diary).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
