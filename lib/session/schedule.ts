import type { WorkingHours } from '@/lib/settings/schema';
import { MINUTE } from '@/lib/time/units';

/**
 * Local-time arithmetic. Everything here uses the machine's time zone through `Date`'s local
 * getters and setters, which also handles daylight-saving changes; the clock itself is always a
 * parameter.
 */

/** `now` moved to the given minute of its own local day. */
function atMinuteOfDay(day: Date, minuteOfDay: number): number {
  const d = new Date(day);
  d.setHours(Math.floor(minuteOfDay / 60), minuteOfDay % 60, 0, 0);
  return d.getTime();
}

function minuteOfDay(now: number): number {
  const d = new Date(now);
  return d.getHours() * 60 + d.getMinutes() + d.getSeconds() / 60 + d.getMilliseconds() / MINUTE;
}

export function isWorkingTime(now: number, hours: WorkingHours): boolean {
  if (!hours.enabled) return true;
  const day = new Date(now).getDay();
  if (!(hours.days as number[]).includes(day)) return false;
  const minute = minuteOfDay(now);
  return minute >= hours.start && minute < hours.end;
}

/** Local midnight at the start of the day after `now`'s. */
export function startOfNextDay(now: number): number {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

/**
 * When working time next starts (when outside it) or ends (when inside it); null when working
 * hours are off.
 */
export function nextWorkingBoundary(now: number, hours: WorkingHours): number | null {
  if (!hours.enabled) return null;
  if (isWorkingTime(now, hours)) return atMinuteOfDay(new Date(now), hours.end);
  const day = new Date(now);
  for (let i = 0; i < 8; i++) {
    if ((hours.days as number[]).includes(day.getDay())) {
      const start = atMinuteOfDay(day, hours.start);
      if (start > now) return start;
    }
    day.setHours(24, 0, 0, 0);
  }
  // Unreachable with at least one working day, which the settings guarantee.
  return null;
}

export type PauseChoice = '30m' | '1h' | '2h' | 'tomorrow' | 'manual';

export const PAUSE_CHOICES: readonly PauseChoice[] = ['30m', '1h', '2h', 'tomorrow', 'manual'];

/** When a pause chosen at `now` ends by itself; null for "until I turn it back on". */
export function pauseUntil(choice: PauseChoice, now: number): number | null {
  switch (choice) {
    case '30m':
      return now + 30 * MINUTE;
    case '1h':
      return now + 60 * MINUTE;
    case '2h':
      return now + 120 * MINUTE;
    case 'tomorrow':
      return startOfNextDay(now);
    case 'manual':
      return null;
  }
}

/**
 * The latest a pause chosen at `at` can end: what the longest of the choices with an end gives
 * (until tomorrow, or 2 hours late in the evening). Stored pause ends are never trusted beyond it.
 */
export function latestPauseEnd(at: number): number {
  return Math.max(
    ...PAUSE_CHOICES.map((choice) => pauseUntil(choice, at) ?? Number.NEGATIVE_INFINITY),
  );
}
