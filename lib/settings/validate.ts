/**
 * Checks of what a person types on the options page, each with a message written for them.
 * A value that fails is shown with its message and never saved.
 */

import { NUMBER_FIELDS, type NumberField, withUnit } from './fields';
import { NUMBER_BOUNDS, type Settings, type Weekday } from './schema';

export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/**
 * `badInput` is the browser's word that a number field holds something that is not a number
 * (its `value` is then empty, so the text alone cannot tell "empty" from "abc").
 */
export function checkNumber(field: NumberField, text: string, badInput = false): Check<number> {
  const { min, max } = NUMBER_BOUNDS[field];
  const { unit, minReason } = NUMBER_FIELDS[field];
  const range = `${min} to ${max} ${unit}`;
  const trimmed = text.trim();
  if (badInput || (trimmed !== '' && !DECIMAL.test(trimmed))) {
    return { ok: false, message: `Use digits only: a whole number from ${range}.` };
  }
  if (trimmed === '') return { ok: false, message: `Enter a number from ${range}.` };
  const value = Number(trimmed);
  if (value < 0) return { ok: false, message: `Cannot be negative. Use ${range}.` };
  if (!Number.isInteger(value)) {
    return { ok: false, message: `Use a whole number of ${unit}, from ${min} to ${max}.` };
  }
  if (value === 0 && min > 0) return { ok: false, message: `Cannot be 0. Use ${range}.` };
  if (value < min) {
    const why = minReason ? `: ${minReason}` : '';
    return { ok: false, message: `At least ${withUnit(min, field)}${why}.` };
  }
  if (value > max) return { ok: false, message: `At most ${withUnit(max, field)}.` };
  return { ok: true, value };
}

const TIME = /^(\d{2}):(\d{2})$/;
const DAY_MINUTES = 24 * 60;

/** "09:30" -> 570. For the end of the day, "00:00" means midnight at its end (1440). */
export function parseTimeOfDay(text: string, which: 'start' | 'end'): number | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  const value = hours * 60 + minutes;
  return which === 'end' && value === 0 ? DAY_MINUTES : value;
}

/** 570 -> "09:30"; the end of the day (1440) -> "00:00", which `<input type="time">` can show. */
export function formatTimeOfDay(minuteOfDay: number): string {
  const value = minuteOfDay % DAY_MINUTES;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(value / 60))}:${pad(value % 60)}`;
}

/** A working-hours time, checked against the other end of the range as it is now saved. */
export function checkWorkingTime(
  which: 'start' | 'end',
  text: string,
  other: number,
): Check<number> {
  const value = parseTimeOfDay(text, which);
  if (value === null) {
    return { ok: false, message: `Enter the time your working day ${which}s, like 09:00.` };
  }
  const start = which === 'start' ? value : other;
  const end = which === 'end' ? value : other;
  if (end <= start) {
    return {
      ok: false,
      message:
        which === 'start'
          ? `Must be before the end of your working day (${formatTimeOfDay(end)}).`
          : `Must be after the start of your working day (${formatTimeOfDay(start)}). Hours cannot run past midnight.`,
    };
  }
  return { ok: true, value };
}

export function checkWorkingDays(days: readonly Weekday[]): Check<Weekday[]> {
  if (days.length === 0) return { ok: false, message: 'Choose at least one working day.' };
  return { ok: true, value: [...new Set(days)].sort((a, b) => a - b) };
}

/**
 * A longer break that is shorter than a normal one makes no sense, so it is refused wherever
 * either length is set; with longer breaks turned off the two are independent.
 */
export function breakLengthsProblem(
  settings: Pick<Settings, 'breakMinutes' | 'longBreakMinutes' | 'longBreakEvery'>,
  changed: 'breakMinutes' | 'longBreakMinutes' | 'longBreakEvery',
): string | null {
  if (settings.longBreakEvery === 0) return null;
  if (settings.longBreakMinutes >= settings.breakMinutes) return null;
  switch (changed) {
    case 'breakMinutes':
      return `Cannot be longer than the longer break (${withUnit(settings.longBreakMinutes, 'longBreakMinutes')}). Lengthen that first.`;
    case 'longBreakMinutes':
      return `Cannot be shorter than a normal break (${withUnit(settings.breakMinutes, 'breakMinutes')}).`;
    case 'longBreakEvery':
      return `The longer break (${withUnit(settings.longBreakMinutes, 'longBreakMinutes')}) is shorter than a normal break (${withUnit(settings.breakMinutes, 'breakMinutes')}): lengthen it first.`;
  }
}
