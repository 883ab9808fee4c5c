import type { BreakRecord } from '@/lib/session/state';

/**
 * The raw break records as storage holds them, read back through this one check wherever they
 * are read: the popup's today, the history's insights, and the engine adding to them. Storage can
 * hand back anything (a damaged value, another version's), and one bad record must neither hide
 * the rest nor turn a count into NaN.
 */

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Whether a stored value is a record that can be used: a type and a moment, and for a session's
 * sitting, a start no later than its end and a length. A type this version does not know (a
 * newer Limber's) is kept as it is, so saving never drops it; readers pass over it.
 */
function isBreakRecord(value: unknown): value is BreakRecord {
  const { type, at, startedAt, satMs } = Object(value) as Record<string, unknown>;
  return (
    typeof type === 'string' &&
    isTime(at) &&
    (type !== 'sat' || (isTime(startedAt) && isTime(satMs) && startedAt <= at))
  );
}

/** A sitting record's standing (sit-stand desk mode), when readable; absent in older records. */
const readableStood = (value: BreakRecord): BreakRecord => {
  if (value.type !== 'sat' || value.stoodMs === undefined || isTime(value.stoodMs)) return value;
  const { stoodMs: _unreadable, ...rest } = value;
  return rest;
};

/** The usable records among whatever storage holds, in their order; anything else reads as none. */
export function parseRecords(value: unknown): BreakRecord[] {
  return Array.isArray(value) ? value.filter(isBreakRecord).map(readableStood) : [];
}
