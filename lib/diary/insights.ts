/**
 * The pain diary beside sitting and breaks (issue 19), as data for the history page's chart,
 * table and one plain summary. Pure: the words are the page's.
 *
 * The summary compares days, it never explains them: a back that hurts may itself keep someone
 * from their breaks, so the page must never say the breaks changed the pain.
 */

import type { DayTotals } from '@/lib/history/aggregate';
import { type DayKey, lastDays } from '@/lib/history/days';
import type { Diary, PainTag } from './entry';

/** The ranges the history page offers. */
export const DIARY_RANGES = [7, 30, 90] as const;
export type DiaryRange = (typeof DIARY_RANGES)[number];

export interface PainDay {
  day: DayKey;
  /** The day's pain, or null when the diary has no entry for it. */
  pain: number | null;
  tags: PainTag[];
  /** Sitting counted that day. */
  satMs: number;
  /** Breaks that fell due, and how many of them ended in a break. */
  due: number;
  taken: number;
}

/** One row per local day of the last `range` days, oldest first. */
export function painSeries(
  diary: Diary,
  days: Readonly<Record<DayKey, DayTotals>>,
  now: number,
  range: number,
): PainDay[] {
  return lastDays(now, range).map((day) => {
    const entry = Object.hasOwn(diary, day) ? diary[day] : undefined;
    const totals = Object.hasOwn(days, day) ? days[day] : undefined;
    return {
      day,
      pain: entry ? entry.pain : null,
      tags: entry ? [...entry.tags] : [],
      satMs: totals?.satMs ?? 0,
      due: totals?.due ?? 0,
      taken: totals?.dueTaken ?? 0,
    };
  });
}

/**
 * A comparison is only said with at least this many days on each side. Five is our threshold,
 * not a statistical test: with fewer, one bad day moves an average by a point or more, and the
 * sentence would mostly repeat noise. The page says "averaged", never "because".
 */
export const MIN_DAYS_EACH_GROUP = 5;

export interface BreaksPainSummary {
  /** Days with a pain entry on which more than half the breaks that fell due were taken. */
  mostDays: number;
  mostAverage: number;
  /** Days with a pain entry and breaks due, on which half or fewer were taken. */
  otherDays: number;
  otherAverage: number;
}

const average = (values: readonly number[]) =>
  values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * "On days you took most of your breaks your pain averaged X; on the others Y", or null when
 * either group has fewer than MIN_DAYS_EACH_GROUP days. Days without a pain entry, or without a
 * break due (a day off, a day away from the computer), belong to neither group.
 */
export function breaksPainSummary(series: readonly PainDay[]): BreaksPainSummary | null {
  const most: number[] = [];
  const other: number[] = [];
  for (const day of series) {
    if (day.pain === null || day.due === 0) continue;
    (day.taken * 2 > day.due ? most : other).push(day.pain);
  }
  if (most.length < MIN_DAYS_EACH_GROUP || other.length < MIN_DAYS_EACH_GROUP) return null;
  return {
    mostDays: most.length,
    mostAverage: average(most),
    otherDays: other.length,
    otherAverage: average(other),
  };
}
