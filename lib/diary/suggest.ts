/**
 * What the diary gently points out, as the guidelines say to (issue 19), never as a diagnosis:
 *
 * - `redFlagCheck`: pain rising over the last week, or pain down a leg or waking at night on
 *   several days. The red-flag check asks about these (pain worse at night, pain below the knee;
 *   NICE CKS "Back pain - low"; NHS: get advice if the pain is getting worse), so the suggestion
 *   is to take the check, which says what to do.
 * - `appointment`: pain not better after about six weeks of entries. NHS England: see a GP if
 *   back pain does not improve after a few weeks of self-care; NHS inform: most back pain settles
 *   within about 6 weeks (https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/self-management-advice/back-problems/).
 *
 * The red-flag check comes first when both apply. At most one suggestion a week: the last one
 * shown is stored (lib/storage/items.ts), and nothing is suggested within a week of it.
 */

import { addDays, type DayKey, localDayKey } from '@/lib/history/days';
import { DAY } from '@/lib/time/units';
import { type Diary, type DiaryEntry, entriesOf } from './entry';

export type SuggestionKind = 'redFlagCheck' | 'appointment';

export interface ShownSuggestion {
  kind: SuggestionKind;
  /** When it was shown (ms since the epoch). */
  at: number;
}

/** No more than one suggestion in this long. */
export const SUGGESTION_GAP_MS = 7 * DAY;

/** Tags counted as "several days" when on at least this many of the last 7. */
export const TAGGED_DAYS = 3;
/** Entries a week needs before its average is compared. */
export const MIN_WEEK_ENTRIES = 3;
/** A rise, or an improvement, of at least this many points on the 0-10 scale counts. */
export const CHANGE_POINTS = 2;
/** About six weeks of entries before "not better" is said. */
export const APPOINTMENT_AFTER_DAYS = 42;
/** Pain at or under this, on average, is not "pain that has not got better". */
export const MILD_PAIN = 2;

const average = (entries: readonly DiaryEntry[]) =>
  entries.reduce((sum, e) => sum + e.pain, 0) / entries.length;

/** The entries from `from` to `to`, both included, oldest first. */
function between(entries: readonly DiaryEntry[], from: DayKey, to: DayKey): DiaryEntry[] {
  return entries.filter((e) => e.date >= from && e.date <= to);
}

/**
 * Rising over the last week: of its entries (at least four), the last half averages at least
 * CHANGE_POINTS more than the first half.
 */
export function painRising(diary: Diary, today: DayKey): boolean {
  const week = between(entriesOf(diary), addDays(today, -6), today);
  if (week.length < 4) return false;
  const half = Math.floor(week.length / 2);
  return average(week.slice(-half)) - average(week.slice(0, half)) >= CHANGE_POINTS;
}

/** "Pain down a leg" or "woke at night" on TAGGED_DAYS or more of the last 7 days. */
export function tagsOnSeveralDays(diary: Diary, today: DayKey): boolean {
  const week = between(entriesOf(diary), addDays(today, -6), today);
  const count = (tag: 'leg' | 'night') => week.filter((e) => e.tags.includes(tag)).length;
  return count('leg') >= TAGGED_DAYS || count('night') >= TAGGED_DAYS;
}

/**
 * Not better after about six weeks: the diary's first entry of the last 90 days is at least
 * APPOINTMENT_AFTER_DAYS old; the last week's average is above MILD_PAIN and less than
 * CHANGE_POINTS below the average of the first week of entries (each week with at least
 * MIN_WEEK_ENTRIES entries).
 */
export function notBetterAfterWeeks(diary: Diary, today: DayKey): boolean {
  const entries = between(entriesOf(diary), addDays(today, -89), today);
  const first = entries[0];
  if (!first || first.date > addDays(today, -APPOINTMENT_AFTER_DAYS)) return false;
  const start = between(entries, first.date, addDays(first.date, 6));
  const recent = between(entries, addDays(today, -6), today);
  if (start.length < MIN_WEEK_ENTRIES || recent.length < MIN_WEEK_ENTRIES) return false;
  const now = average(recent);
  return now > MILD_PAIN && now > average(start) - CHANGE_POINTS;
}

/**
 * The suggestion to show at `now`, if any: none within SUGGESTION_GAP_MS of the last one shown
 * (either side of it: one dated a little after `now` by a clock set back holds the next back too;
 * one dated more than a week ahead is a wrong clock's and does not silence the diary for good).
 */
export function suggestion(
  diary: Diary,
  now: number,
  lastShown: ShownSuggestion | null,
): SuggestionKind | null {
  if (lastShown && Math.abs(now - lastShown.at) < SUGGESTION_GAP_MS) return null;
  const today = localDayKey(now);
  if (painRising(diary, today) || tagsOnSeveralDays(diary, today)) return 'redFlagCheck';
  if (notBetterAfterWeeks(diary, today)) return 'appointment';
  return null;
}

/** The last suggestion shown, as stored, or null when it is not one. */
export function parseShownSuggestion(value: unknown): ShownSuggestion | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { kind, at } = value as Record<string, unknown>;
  if (kind !== 'redFlagCheck' && kind !== 'appointment') return null;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) return null;
  return { kind, at };
}
