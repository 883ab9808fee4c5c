import { stoodMs } from '@/lib/session/desk';
import type { EngineState } from '@/lib/session/state';
import { satMs } from '@/lib/session/timing';
import { type DayTotals, emptyDay, splitSitting } from './aggregate';
import { type DayKey, lastDays } from './days';

export interface DayRow {
  day: DayKey;
  totals: DayTotals;
}

/**
 * The stored days plus the session still running at `now`, so today's sitting matches what the
 * popup says. The running session is added as if it ended now; nothing is stored.
 */
export function withRunningSession(
  days: Readonly<Record<DayKey, DayTotals>>,
  state: EngineState | null,
  now: number,
): Record<DayKey, DayTotals> {
  const phase = state?.phase;
  if (!phase || !('session' in phase)) return { ...days };
  const { session } = phase;
  const sat = satMs(session, now);
  const stood = stoodMs(session, now);
  if ((sat <= 0 && stood <= 0) || now < session.startedAt) return { ...days };
  const merged: Record<DayKey, DayTotals> = { ...days };
  const parts = splitSitting(session.startedAt, now, sat);
  parts.forEach(([day, ms], i) => {
    const totals = { ...(merged[day] ?? emptyDay()) };
    totals.satMs += ms;
    if (i === parts.length - 1) totals.longestSatMs = Math.max(totals.longestSatMs, sat);
    merged[day] = totals;
  });
  if (stood > 0) {
    for (const [day, ms] of splitSitting(session.startedAt, now, stood)) {
      merged[day] = { ...(merged[day] ?? emptyDay()), stoodMs: (merged[day]?.stoodMs ?? 0) + ms };
    }
  }
  return merged;
}

/** One row per local day of the last `count` days, oldest first; days without data are zero. */
export function rowsForRange(
  days: Readonly<Record<DayKey, DayTotals>>,
  now: number,
  count: number,
): DayRow[] {
  return lastDays(now, count).map((day) => ({ day, totals: days[day] ?? emptyDay() }));
}

/** Every day with any data, oldest first: the rows of an export. */
export function rowsWithData(days: Readonly<Record<DayKey, DayTotals>>): DayRow[] {
  return Object.keys(days)
    .sort()
    .map((day) => ({ day, totals: days[day] as DayTotals }));
}

export interface RangeSummary {
  due: number;
  dueTaken: number;
  /** Guided and natural breaks together. */
  taken: number;
  satMs: number;
  longestSatMs: number;
  /** Days in the range with any sitting or breaks. */
  activeDays: number;
}

export function summariseRows(rows: readonly DayRow[]): RangeSummary {
  const summary: RangeSummary = {
    due: 0,
    dueTaken: 0,
    taken: 0,
    satMs: 0,
    longestSatMs: 0,
    activeDays: 0,
  };
  for (const { totals: t } of rows) {
    summary.due += t.due;
    summary.dueTaken += t.dueTaken;
    summary.taken += t.completed + t.natural;
    summary.satMs += t.satMs;
    summary.longestSatMs = Math.max(summary.longestSatMs, t.longestSatMs);
    if (hasData(t)) summary.activeDays += 1;
  }
  return summary;
}

export function hasData(t: DayTotals): boolean {
  return (
    t.satMs > 0 || t.stoodMs > 0 || t.due + t.completed + t.natural + t.snoozed + t.skipped > 0
  );
}
