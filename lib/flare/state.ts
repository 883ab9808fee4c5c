/**
 * Flare mode ("My back hurts now", issue 19): on from a moment, until the user's chosen number of
 * days has passed or they end it by hand. Pure, with time passed in.
 */

export interface FlareState {
  on: boolean;
  /** When it was turned on (ms since the epoch). */
  since: number;
  /** When it ends by itself; once ended by hand, when it was ended. */
  until: number;
}

export const FLARE_OFF: Readonly<FlareState> = Object.freeze({ on: false, since: 0, until: 0 });

/**
 * Turns flare mode on at `now` for `days` calendar days: it ends at the same time of day, so a
 * daylight-saving change in between neither shortens nor lengthens it.
 */
export function startFlare(now: number, days: number): FlareState {
  const end = new Date(now);
  end.setDate(end.getDate() + days);
  return { on: true, since: now, until: end.getTime() };
}

/** Ends flare mode by hand at `now`. */
export function endFlare(state: FlareState, now: number): FlareState {
  return state.on ? { on: false, since: state.since, until: Math.min(now, state.until) } : state;
}

/** Whether flare mode is in force at `now`: turned on, and its days not yet over. */
export function flareActive(state: FlareState | null, now: number): boolean {
  return state?.on === true && now < state.until;
}

/**
 * The stored flare state, checked, or FLARE_OFF for anything else. One that has run its days
 * reads as ended at its end, so every reader agrees without a write. A start dated far ahead is
 * a wrong clock's: read as on from now, to the end it was given.
 */
export function parseFlare(stored: unknown, now: number): FlareState {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return FLARE_OFF;
  const { on, since, until } = stored as Record<string, unknown>;
  const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (typeof on !== 'boolean' || !time(since) || !time(until) || until < since) return FLARE_OFF;
  // No flare lasts longer than the settings' largest length (14 days) and a day's DST shift.
  if (until - since > 15 * 24 * 3_600_000) return FLARE_OFF;
  if (on && now >= until) return { on: false, since, until };
  return { on, since, until };
}
