import { DAY } from '@/lib/time/units';

/**
 * The moves the break page showed lately, so the next routines can avoid repeating them. Stored
 * by the break page; read back through `parseRecent`, so a damaged value only forgets history.
 */

export interface RecentExercise {
  id: string;
  /** When the move was last shown. */
  at: number;
}

/** A week: more than enough to cover "yesterday" whatever the time zone; older entries go. */
export const RECENT_KEEP_MS = 7 * DAY;

function isRecentExercise(value: unknown): value is RecentExercise {
  if (typeof value !== 'object' || value === null) return false;
  const { id, at } = value as Record<string, unknown>;
  return typeof id === 'string' && id.length > 0 && typeof at === 'number' && Number.isFinite(at);
}

export function parseRecent(value: unknown): RecentExercise[] {
  return Array.isArray(value) ? value.filter(isRecentExercise) : [];
}

/** The list after showing `id` at `now`: one entry per move (its latest showing), oldest first. */
export function rememberShown(
  recent: readonly RecentExercise[],
  id: string,
  now: number,
): RecentExercise[] {
  // Each other move's latest showing, even from a stored list that names a move twice.
  const latest = new Map<string, RecentExercise>();
  for (const r of recent) {
    if (r.id === id || r.at <= now - RECENT_KEEP_MS || r.at > now) continue;
    if (r.at >= (latest.get(r.id)?.at ?? Number.NEGATIVE_INFINITY)) latest.set(r.id, r);
  }
  return [...latest.values(), { id, at: now }].sort((a, b) => a.at - b.at);
}
