import { EXERCISES } from '@/lib/content/exercises';
import type { DayTotals, HistoryData } from '@/lib/history/aggregate';
import type { BreakRecord } from '@/lib/session/state';
import { dayKey } from './seed';

/**
 * Fixed data for the visual check, so each page draws the same picture on every run: a month of
 * history around one fixed moment, and the moves shown lately (which decide a break's routine).
 */

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/**
 * The moment the pages with dates (the history above all) are drawn at: a Wednesday afternoon,
 * in UTC, the zone the check runs the browser in (./visual-env.ts).
 */
export const FIXED_NOW = Date.UTC(2026, 2, 18, 13, 30);

function totals(t: Partial<DayTotals>): DayTotals {
  return {
    due: 0,
    dueTaken: 0,
    completed: 0,
    natural: 0,
    snoozed: 0,
    skipped: 0,
    satMs: 0,
    longestSatMs: 0,
    stoodMs: 0,
    ...t,
  };
}

/** The day `offset` days from `now`'s, at noon (the browser's zone is this process's: UTC). */
function dayAt(now: number, offset: number): Date {
  const day = new Date(now + offset * DAY);
  day.setHours(12, 0, 0, 0);
  return day;
}

/**
 * The 30 days before `now`'s day: working days with most breaks taken, a few snoozed or skipped,
 * one missed day, weekends off. A fixed pattern, not random, so the charts are the same each run.
 */
export function monthOfHistory(now: number): HistoryData {
  const days: Record<string, DayTotals> = {};
  for (let back = 30; back >= 1; back--) {
    const day = dayAt(now, -back);
    const weekday = day.getDay();
    if (weekday === 0 || weekday === 6 || back === 9) continue;
    const due = 5 + (back % 4);
    const taken = due - (back % 3);
    const snoozed = back % 5 === 0 ? 2 : back % 2;
    days[dayKey(day)] = totals({
      due,
      dueTaken: taken,
      completed: taken - (back % 2),
      natural: back % 3,
      snoozed,
      skipped: due - taken > 0 ? 1 : 0,
      satMs: (240 + ((back * 37) % 180)) * MIN,
      longestSatMs: (35 + ((back * 11) % 40)) * MIN,
    });
  }
  return { days, openDue: null };
}

/** Short morning sits and long afternoon ones on the last two weeks' working days, for the insights. */
export function sittingRecords(now: number): BreakRecord[] {
  const records: BreakRecord[] = [];
  for (let back = 14; back >= 1; back--) {
    const day = dayAt(now, -back);
    if (day.getDay() === 0 || day.getDay() === 6) continue;
    const morning = new Date(day).setHours(9, 5, 0, 0);
    const afternoon = new Date(day).setHours(15, 5, 0, 0);
    records.push(
      { type: 'sat', at: morning + 20 * MIN, startedAt: morning, satMs: 20 * MIN },
      { type: 'sat', at: afternoon + 65 * MIN, startedAt: afternoon, satMs: 65 * MIN },
    );
  }
  return records;
}

/**
 * Every move shown once in the hour before `now`, each at its own minute. A routine picks among
 * equally suited moves the one shown longest ago before it looks at its seed (the break's
 * start), so with this list every break and preview brings the same moves whenever it starts.
 */
export function everyMoveShown(now: number): { id: string; at: number }[] {
  return EXERCISES.map((move, i) => ({ id: move.id, at: now - (EXERCISES.length - i) * MIN }));
}
