import { NUMBER_BOUNDS, type Settings } from '@/lib/settings/schema';
import { MINUTE } from '@/lib/time/units';
import { liveMs, moveIntervalMs } from './desk';
import type { EngineState, Posture, Presence, Session } from './state';

/**
 * While the user sits, the engine wakes at least this often. A longer silence than this plus a
 * break's length means it could not run: the machine slept or the browser was closed.
 */
export const HEARTBEAT_MS = MINUTE;

/** The one gentle second reminder comes this long after an ignored first one. */
export const REMIND_AGAIN_MS = 5 * MINUTE;

/** The longest snooze and the longest break any valid settings allow. */
export const LONGEST_SNOOZE_MS = NUMBER_BOUNDS.snoozeMinutes.max * MINUTE;
export const LONGEST_BREAK_MS =
  Math.max(NUMBER_BOUNDS.breakMinutes.max, NUMBER_BOUNDS.longBreakMinutes.max) * MINUTE;

/** Counts never go past what any valid settings can use. */
export const MAX_SNOOZES = NUMBER_BOUNDS.maxSnoozes.max;
export const MAX_BREAKS_SINCE_LONG = NUMBER_BOUNDS.longBreakEvery.max;

/** Sitting counted in a session up to `now`: the count stops while the user stands. */
export function satMs(session: Session, now: number): number {
  return session.satMs + (session.standing ? 0 : liveMs(session, now));
}

/**
 * What counts towards the movement break, up to `activeSince`: sitting, and with a sit-stand
 * desk standing too, since standing still is not a break (lib/session/desk.ts).
 */
function countedMs(session: Session, settings: Settings): number {
  return session.satMs + (settings.sitStand ? (session.stoodMs ?? 0) : 0);
}

/**
 * Time left before the break falls due, at `now`; while away (the count is on hold), what is
 * left of the interval.
 */
export function sittingLeftMs(session: Session, now: number, settings: Settings): number {
  const due = dueAt(session, settings);
  const left = moveIntervalMs(settings) - countedMs(session, settings);
  return Math.max(0, due === null ? left : due - now);
}

/** When the break falls due if the user stays; null while away (the count is on hold). */
export function dueAt(session: Session, settings: Settings): number | null {
  if (session.activeSince === null) return null;
  return session.activeSince + Math.max(0, moveIntervalMs(settings) - countedMs(session, settings));
}

export function nextBreakIsLong(state: Pick<EngineState, 'breaksSinceLong'>, settings: Settings) {
  return settings.longBreakEvery > 0 && state.breaksSinceLong + 1 >= settings.longBreakEvery;
}

export function breakLengthMs(long: boolean, settings: Settings): number {
  return (long ? settings.longBreakMinutes : settings.breakMinutes) * MINUTE;
}

/** A session starting at `now`, counting at once if the user is present, in their posture. */
export function freshSession(
  now: number,
  presence: Presence,
  posture: Posture = 'sitting',
): Session {
  const present = presence === 'active';
  return {
    startedAt: now,
    satMs: 0,
    activeSince: present ? now : null,
    awaySince: present ? null : now,
    ...(posture === 'standing' ? { standing: true as const } : {}),
  };
}
