import type { BreakRecord } from '@/lib/session/state';

export const MIN = 60_000;
export const HOUR = 60 * MIN;

/** A local time (tests run in Europe/London): month 1-12, as people write dates. */
export function local(y: number, month: number, d: number, h = 12, min = 0): number {
  return new Date(y, month - 1, d, h, min).getTime();
}

/** A sitting session's end record. */
export function sat(startedAt: number, at: number, satMs = at - startedAt): BreakRecord {
  return { type: 'sat', at, startedAt, satMs };
}

/** One whole reminder cycle answered with a guided break: due, session ends, break, done. */
export function guidedCycle(dueAt: number, sessionStart = dueAt - 30 * MIN): BreakRecord[] {
  return [
    { type: 'due', at: dueAt, long: false },
    sat(sessionStart, dueAt + MIN),
    { type: 'started', at: dueAt + MIN, long: false },
    { type: 'completed', at: dueAt + 3 * MIN, long: false, durationMs: 2 * MIN },
  ];
}
