import { keepRecords } from '@/lib/history/keep';
import type { BreakRecord, EngineState, Phase, Session } from './state';

/**
 * Stored engine state is read back through these checks, so a corrupted or foreign value makes
 * the engine start afresh instead of crashing the background.
 */

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isTimeOrNull = (v: unknown): v is number | null => v === null || isTime(v);

function isSession(v: unknown): v is Session {
  return (
    isRec(v) &&
    isTime(v.startedAt) &&
    isTime(v.satMs) &&
    isTimeOrNull(v.activeSince) &&
    isTimeOrNull(v.awaySince) &&
    (v.activeSince === null) !== (v.awaySince === null)
  );
}

function isPhase(v: unknown): v is Phase {
  if (!isRec(v)) return false;
  switch (v.kind) {
    case 'sitting':
      return isSession(v.session);
    case 'due':
      return (
        isSession(v.session) &&
        isTime(v.dueAt) &&
        isTimeOrNull(v.notifiedAt) &&
        typeof v.reminded === 'boolean' &&
        Number.isInteger(v.snoozes)
      );
    case 'snoozed':
      return isSession(v.session) && isTime(v.until) && Number.isInteger(v.snoozes);
    case 'onBreak':
      return isTime(v.startedAt) && isTime(v.endsAt) && typeof v.long === 'boolean';
    case 'paused':
      return isTime(v.since) && isTimeOrNull(v.until);
    case 'offHours':
      return isTimeOrNull(v.until);
    default:
      return false;
  }
}

export function parseEngineState(value: unknown): EngineState | null {
  if (!isRec(value) || value.version !== 1) return null;
  const ok =
    isPhase(value.phase) &&
    isTime(value.lastSeen) &&
    (value.presence === 'active' || value.presence === 'idle' || value.presence === 'locked') &&
    typeof value.fullscreen === 'boolean' &&
    Number.isInteger(value.breaksSinceLong) &&
    (value.breaksSinceLong as number) >= 0 &&
    Array.isArray(value.shownTips) &&
    value.shownTips.every((id) => typeof id === 'string');
  return ok ? (value as unknown as EngineState) : null;
}

/** Raw records are kept for two weeks; the history view keeps its own daily totals. */
export const RECORD_KEEP_MS = 14 * 24 * 60 * 60_000;
/** A hard cap too, so a runaway can never fill the storage quota. */
export const RECORD_CAP = 5_000;

/** Adds records and prunes against a clock the records agree with (lib/history/keep.ts). */
export function appendRecords(
  existing: unknown,
  added: readonly BreakRecord[],
  now: number,
): BreakRecord[] {
  return keepRecords(existing, added, now, { keepMs: RECORD_KEEP_MS, cap: RECORD_CAP });
}
