import type { BreakRecord } from '@/lib/session/state';
import {
  type DayTotals,
  EMPTY_HISTORY,
  emptyDay,
  type HistoryData,
  type OpenDue,
} from './aggregate';
import { isDayKey } from './days';

/**
 * Stored history is read back through these checks on every read: WXT applies a fallback only
 * when the whole value is missing, and a damaged entry must not hide the rest. A bad field counts
 * as zero, a bad day is dropped, and anything unreadable as a whole reads as no history.
 */

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0;

const FIELDS = Object.keys(emptyDay()) as (keyof DayTotals)[];

function parseDay(value: unknown): DayTotals | null {
  if (!isRec(value)) return null;
  const day = emptyDay();
  for (const field of FIELDS) day[field] = count(value[field]);
  return day;
}

function parseOpenDue(value: unknown): OpenDue | null {
  if (!isRec(value) || !isDayKey(value.day)) return null;
  const { stage } = value;
  return stage === 'waiting' || stage === 'ended' || stage === 'onBreak'
    ? { day: value.day, stage }
    : null;
}

export function parseHistory(value: unknown): HistoryData {
  if (!isRec(value) || !isRec(value.days)) return EMPTY_HISTORY;
  const days: Record<string, DayTotals> = {};
  for (const [key, raw] of Object.entries(value.days)) {
    const day = isDayKey(key) ? parseDay(raw) : null;
    if (day) days[key] = day;
  }
  return { days, openDue: parseOpenDue(value.openDue) };
}

export type SatRecord = Extract<BreakRecord, { type: 'sat' }>;

/** The sitting records among stored raw records, for insights; anything malformed is skipped. */
export function satRecords(value: unknown): SatRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is SatRecord =>
      isRec(r) &&
      r.type === 'sat' &&
      [r.at, r.startedAt, r.satMs].every((n) => typeof n === 'number' && Number.isFinite(n)),
  );
}
