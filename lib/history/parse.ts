import type { BreakRecord } from '@/lib/session/state';
import { isRecord } from '@/lib/settings/schema';
import {
  type DayTotals,
  EMPTY_HISTORY,
  emptyDay,
  type HistoryData,
  type OpenDue,
} from './aggregate';
import { isDayKey } from './days';
import { parseRecords } from './records';

/**
 * Stored history is read back through these checks on every read: WXT applies a fallback only
 * when the whole value is missing, and a damaged entry must not hide the rest. A bad field counts
 * as zero, a bad day is dropped, and anything unreadable as a whole reads as no history.
 */

const count = (v: unknown): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0;

const FIELDS = Object.keys(emptyDay()) as (keyof DayTotals)[];

function parseDay(value: unknown): DayTotals | null {
  if (!isRecord(value)) return null;
  const day = emptyDay();
  for (const field of FIELDS) day[field] = count(value[field]);
  return day;
}

function parseOpenDue(value: unknown): OpenDue | null {
  if (!isRecord(value) || !isDayKey(value.day)) return null;
  const { stage } = value;
  return stage === 'waiting' || stage === 'ended' || stage === 'onBreak'
    ? { day: value.day, stage }
    : null;
}

export function parseHistory(value: unknown): HistoryData {
  if (!isRecord(value) || !isRecord(value.days)) return EMPTY_HISTORY;
  const days: Record<string, DayTotals> = {};
  for (const [key, raw] of Object.entries(value.days)) {
    const day = isDayKey(key) ? parseDay(raw) : null;
    if (day) days[key] = day;
  }
  return { days, openDue: parseOpenDue(value.openDue) };
}

/**
 * Version 1 of the stored history to version 2: each day gains its standing time, none. Anything
 * unreadable is passed on as it is, for the read's own checks.
 */
export function migrateHistoryToStanding(value: unknown): unknown {
  if (!isRecord(value) || !isRecord(value.days)) return value;
  const days = Object.fromEntries(
    Object.entries(value.days).map(([key, day]) => [
      key,
      isRecord(day) && !('stoodMs' in day) ? { ...day, stoodMs: 0 } : day,
    ]),
  );
  return { ...value, days };
}

export type SatRecord = Extract<BreakRecord, { type: 'sat' }>;

/**
 * The sitting records among stored raw records, for insights; anything malformed is skipped by
 * the records' one check (./records.ts).
 */
export function satRecords(value: unknown): SatRecord[] {
  return parseRecords(value).filter((r): r is SatRecord => r.type === 'sat');
}
