/**
 * Where the user is in a guided routine: the current move and its clock, with time passed in.
 * The clock keeps absolute moments, so a page that was busy or reloaded picks up exactly.
 */

export interface Progress {
  /** The current move; equal to the number of moves once the routine is done. */
  index: number;
  /** Time spent on the current move before `since`. */
  doneMs: number;
  /** When the current move's clock last started; null while paused. */
  since: number | null;
}

/** Seconds of each move, in order. */
export type MoveLengths = readonly number[];

export function startProgress(now: number): Progress {
  return { index: 0, doneMs: 0, since: now };
}

export function isPaused(progress: Progress): boolean {
  return progress.since === null;
}

export function isRoutineDone(progress: Progress, lengths: MoveLengths): boolean {
  return progress.index >= lengths.length;
}

function elapsedMs(progress: Progress, now: number): number {
  return progress.doneMs + (progress.since === null ? 0 : Math.max(0, now - progress.since));
}

/** Time left on the current move (0 once the routine is done). */
export function moveRemainingMs(progress: Progress, lengths: MoveLengths, now: number): number {
  const seconds = lengths[progress.index];
  if (seconds === undefined) return 0;
  return Math.max(0, seconds * 1000 - elapsedMs(progress, now));
}

/** Moves on by itself when the current move's time is up, carrying any extra time over. */
export function advance(progress: Progress, lengths: MoveLengths, now: number): Progress {
  let current = progress;
  while (current.since !== null && current.index < lengths.length) {
    const lengthMs = (lengths[current.index] ?? 0) * 1000;
    const over = elapsedMs(current, now) - lengthMs;
    if (over < 0) break;
    current = { index: current.index + 1, doneMs: 0, since: now - over };
  }
  return current;
}

/** Jumps to a move (the user pressed next or previous); its clock starts afresh. */
export function goTo(
  progress: Progress,
  index: number,
  lengths: MoveLengths,
  now: number,
): Progress {
  const clamped = Math.min(Math.max(0, Math.trunc(index)), lengths.length);
  return { index: clamped, doneMs: 0, since: progress.since === null ? null : now };
}

export function togglePause(progress: Progress, now: number): Progress {
  if (progress.since === null) return { ...progress, since: now };
  return { ...progress, doneMs: elapsedMs(progress, now), since: null };
}

/** Reads back a saved progress, or null when it is not one. */
export function parseProgress(value: unknown, lengths: MoveLengths): Progress | null {
  if (typeof value !== 'object' || value === null) return null;
  const { index, doneMs, since } = value as Record<string, unknown>;
  const ok =
    Number.isInteger(index) &&
    (index as number) >= 0 &&
    (index as number) <= lengths.length &&
    typeof doneMs === 'number' &&
    Number.isFinite(doneMs) &&
    doneMs >= 0 &&
    (since === null || (typeof since === 'number' && Number.isFinite(since)));
  return ok
    ? { index: index as number, doneMs: doneMs as number, since: since as number | null }
    : null;
}
