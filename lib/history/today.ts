import type { BreakRecord, EngineState } from '@/lib/session/state';

/** What the popup shows about the current local day. */
export interface TodaySummary {
  /** Guided breaks finished today (ended early or on time). */
  breaksTaken: number;
  /** Times away from the computer long enough to count as a break. */
  naturalBreaks: number;
  /** Sitting counted today: ended sessions plus the one still running. */
  satMs: number;
  /** Standing counted today at a sit-stand desk, counted the same way. */
  stoodMs: number;
}

/** Local midnight at the start of `now`'s day (not UTC: a day is the user's own day). */
export function startOfLocalDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * The part of a session's sitting that falls after `dayStart`. Only the total is kept, not when
 * each minute was sat, so a session that crosses midnight is split in proportion to its span:
 * an estimate that never counts more than the time since midnight, nor less than is certain.
 */
function sittingSince(dayStart: number, startedAt: number, endAt: number, sat: number): number {
  if (endAt <= dayStart) return 0;
  if (startedAt >= dayStart) return sat;
  return Math.round((sat * (endAt - dayStart)) / (endAt - startedAt));
}

/**
 * Today's breaks and sitting from the stored records and the live engine state, at `now`.
 * Records from earlier days, and any that claim to come from the future, are left out.
 */
export function summariseToday(
  records: readonly BreakRecord[],
  state: EngineState | null,
  now: number,
): TodaySummary {
  const dayStart = startOfLocalDay(now);
  const summary: TodaySummary = { breaksTaken: 0, naturalBreaks: 0, satMs: 0, stoodMs: 0 };
  for (const record of records) {
    if (record.at < dayStart || record.at > now) continue;
    switch (record.type) {
      case 'completed':
        summary.breaksTaken += 1;
        break;
      case 'natural':
        summary.naturalBreaks += 1;
        break;
      case 'sat':
        summary.satMs += sittingSince(dayStart, record.startedAt, record.at, record.satMs);
        summary.stoodMs += sittingSince(dayStart, record.startedAt, record.at, record.stoodMs ?? 0);
        break;
    }
  }
  const phase = state?.phase;
  if (phase && 'session' in phase) {
    const { session } = phase;
    // The present stretch is known to the millisecond; only what came before it is estimated.
    const stretchStart = session.activeSince ?? session.awaySince ?? now;
    summary.satMs += sittingSince(dayStart, session.startedAt, stretchStart, session.satMs);
    const stood = session.stoodMs ?? 0;
    summary.stoodMs += sittingSince(dayStart, session.startedAt, stretchStart, stood);
    if (session.activeSince !== null) {
      // The present stretch is sitting or, at a sit-stand desk, standing.
      const live = Math.max(0, now - Math.max(session.activeSince, dayStart));
      if (session.standing) summary.stoodMs += live;
      else summary.satMs += live;
    }
  }
  return summary;
}

/**
 * The records this summary can use, from whatever storage holds: the records' one check
 * (./records.ts), under the name the pages have read it by.
 */
export { parseRecords as readableRecords } from './records';
