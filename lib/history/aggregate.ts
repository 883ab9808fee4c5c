import type { BreakRecord } from '@/lib/session/state';
import {
  addDays,
  type DayKey,
  dayKeyToDate,
  localDayKey,
  nextLocalMidnight,
  oldestKeptDay,
} from './days';
import { AHEAD_DAYS } from './keep';

/** One local day's totals: small, so a year of them stays a few tens of kilobytes. */
export interface DayTotals {
  /** Breaks that fell due (one per reminder cycle, however often it was snoozed). */
  due: number;
  /** Of those, how many ended in a break (guided or time away) rather than a skip or a pause. */
  dueTaken: number;
  /** Guided breaks finished, early or on time. */
  completed: number;
  /** Times away long enough to count as a break. */
  natural: number;
  snoozed: number;
  skipped: number;
  /** Sitting counted on this day. */
  satMs: number;
  /** The longest single session that ended on this day. */
  longestSatMs: number;
  /** Standing counted on this day, at a sit-stand desk (0 in days stored before it). */
  stoodMs: number;
}

/**
 * Where the latest due break stands, so the day it fell due on can be credited when it ends in a
 * break: `waiting` for an answer, `ended` once its session closed (the next record says why),
 * `onBreak` once a guided break started.
 */
export interface OpenDue {
  day: DayKey;
  stage: 'waiting' | 'ended' | 'onBreak';
}

export interface HistoryData {
  days: Record<DayKey, DayTotals>;
  openDue: OpenDue | null;
}

export const EMPTY_HISTORY: HistoryData = { days: {}, openDue: null };

export function emptyDay(): DayTotals {
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
  };
}

/** No session spans more than this; a longer span comes from a wrong clock or bad data. */
export const LONGEST_SPAN_MS = 7 * 24 * 60 * 60_000;

/**
 * A session's sitting, shared out over the local days it spans. Only its total is known, not when
 * each minute was sat, so a session across midnight is split in proportion to its span on each
 * side (as the popup's "today" line does). The parts always add up to the total exactly. A span
 * longer than any session (a start years back) is taken as the sitting just before the end,
 * rather than spread thin over hundreds of days.
 */
export function splitSitting(start: number, endAt: number, satMs: number): [DayKey, number][] {
  const startedAt =
    endAt - start > LONGEST_SPAN_MS ? endAt - Math.min(Math.max(satMs, 0), LONGEST_SPAN_MS) : start;
  const span = endAt - startedAt;
  if (span <= 0) return [[localDayKey(endAt), satMs]];
  const parts: [DayKey, number][] = [];
  let from = startedAt;
  let given = 0;
  while (from < endAt) {
    const to = Math.min(endAt, nextLocalMidnight(from));
    const share =
      to === endAt ? satMs - given : Math.round((satMs * (to - startedAt)) / span) - given;
    parts.push([localDayKey(from), share]);
    given += share;
    from = to;
  }
  return parts;
}

/** A working copy of the days, copying each day once before it first changes. */
class DayBook {
  readonly days: Record<DayKey, DayTotals>;
  private readonly touched = new Set<DayKey>();

  constructor(days: Record<DayKey, DayTotals>) {
    this.days = { ...days };
  }

  day(key: DayKey): DayTotals {
    if (!this.touched.has(key)) {
      this.days[key] = { ...(this.days[key] ?? emptyDay()) };
      this.touched.add(key);
    }
    return this.days[key] as DayTotals;
  }
}

/**
 * Folds new break records into the per-day totals, then keeps a year of days before the history's
 * own present, whatever the clock says (`keepDays`). Counts go to the local day of each record's time; a session's
 * sitting is split over the days it spans, and it counts towards the longest sit of the day it
 * ended on.
 */
export function foldRecords(
  history: HistoryData,
  records: readonly BreakRecord[],
  now: number,
): HistoryData {
  const book = new DayBook(history.days);
  let open = history.openDue;
  const credit = () => {
    if (open) book.day(open.day).dueTaken += 1;
    open = null;
  };
  for (const record of records) {
    const key = localDayKey(record.at);
    switch (record.type) {
      case 'due':
        // A due break still open here was never answered with a break (paused, off hours).
        book.day(key).due += 1;
        open = { day: key, stage: 'waiting' };
        break;
      case 'sat': {
        for (const [day, ms] of splitSitting(record.startedAt, record.at, record.satMs)) {
          book.day(day).satMs += ms;
        }
        // Standing is shared out over the days the same way (a record before it has none).
        const stood = record.stoodMs ?? 0;
        if (stood > 0) {
          for (const [day, ms] of splitSitting(record.startedAt, record.at, stood)) {
            book.day(day).stoodMs += ms;
          }
        }
        const ended = book.day(key);
        ended.longestSatMs = Math.max(ended.longestSatMs, record.satMs);
        // A session ending twice while a break is open means the first ending was no break.
        if (open) open = open.stage === 'waiting' ? { ...open, stage: 'ended' } : null;
        break;
      }
      case 'started':
        if (open) open = open.stage === 'onBreak' ? null : { ...open, stage: 'onBreak' };
        break;
      case 'completed':
        book.day(key).completed += 1;
        if (open?.stage === 'onBreak') credit();
        else open = null;
        break;
      case 'natural':
        book.day(key).natural += 1;
        if (open && open.stage !== 'onBreak') credit();
        else open = null;
        break;
      case 'snoozed':
        book.day(key).snoozed += 1;
        break;
      case 'skipped':
        book.day(key).skipped += 1;
        open = null;
        break;
    }
  }
  return keepDays({ days: book.days, openDue: open }, now);
}

/** Days of use that make the history's present (./keep.ts). */
export const DAY_QUORUM = 30;

/**
 * Keeps a year of days before the history's own present (./keep.ts: the 30th newest day with
 * totals), not before the clock: one save 400 days ahead drops nothing, and the store stays
 * bounded at about 400 small entries. Days dated more than `AHEAD_DAYS` ahead of the clock
 * (saved while it was wrong) are added to today while they are fewer than the rest, so no count
 * is lost and none stays in the future.
 */
export function keepDays({ days, openDue }: HistoryData, now: number): HistoryData {
  const today = localDayKey(now);
  const latest = addDays(today, AHEAD_DAYS);
  const keys = Object.keys(days).sort();
  const placed = keys.filter((key) => key <= latest);
  const present = placed[placed.length - DAY_QUORUM];
  const oldest = present ? oldestKeptDay(dayKeyToDate(present).getTime()) : '';
  const back = keys.length - placed.length < placed.length;
  const kept: Record<DayKey, DayTotals> = {};
  // Oldest first, so that days ahead, last, add to today's own totals.
  for (const key of keys) {
    const day = days[key] as DayTotals;
    if (key > latest && back) kept[today] = addTotals(kept[today] ?? emptyDay(), day);
    else if (key > latest || key >= oldest) kept[key] = day;
  }
  return {
    days: kept,
    openDue: back && openDue && openDue.day > latest ? { ...openDue, day: today } : openDue,
  };
}

function addTotals(a: DayTotals, b: DayTotals): DayTotals {
  const sum = emptyDay();
  for (const field of Object.keys(sum) as (keyof DayTotals)[]) {
    sum[field] = field === 'longestSatMs' ? Math.max(a[field], b[field]) : a[field] + b[field];
  }
  return sum;
}
