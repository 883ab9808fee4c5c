/**
 * When the once-a-day check-in prompt (issue 19) comes: the next moment, after `now`, that the
 * local clock shows `minuteOfDay`. Worked out through the calendar each time, never as 24-hour
 * steps, so the prompt keeps its clock time across daylight-saving changes.
 */

import type { DayKey } from '@/lib/history/days';

export function nextCheckInAt(now: number, minuteOfDay: number): number {
  const date = new Date(now);
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  const at = (offset: number) =>
    new Date(
      date.getFullYear(),
      date.getMonth(),
      date.getDate() + offset,
      hours,
      minutes,
    ).getTime();
  const today = at(0);
  return today > now ? today : at(1);
}

/**
 * Whether the prompt is worth showing: not when the diary already has today's entry (the user
 * checked in from the popup before the prompt's time).
 */
export function promptWanted(today: DayKey, diary: Readonly<Record<DayKey, unknown>>): boolean {
  return !Object.hasOwn(diary, today);
}
