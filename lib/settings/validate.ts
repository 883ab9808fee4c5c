/**
 * Checks of what a person types on the options page, each with a message written for them.
 * A value that fails is shown with its message and never saved.
 */

import { t, uiLocale } from '@/lib/i18n/t';
import { NUMBER_UNITS, type NumberField, plainNumber, withUnit } from './fields';
import { NUMBER_BOUNDS, type Settings, type Weekday } from './schema';

export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/**
 * `badInput` is the browser's word that a number field holds something that is not a number
 * (its `value` is then empty, so the text alone cannot tell "empty" from "abc").
 */
export function checkNumber(field: NumberField, text: string, badInput = false): Check<number> {
  const { min, max } = NUMBER_BOUNDS[field];
  const unit = NUMBER_UNITS[field];
  const range = [plainNumber(min), plainNumber(max)] as const;
  const refuse = (message: string) => ({ ok: false as const, message });
  const trimmed = text.trim();
  if (badInput || (trimmed !== '' && !DECIMAL.test(trimmed))) {
    return refuse(t(`settings_error_digits_${unit}` as const, ...range));
  }
  if (trimmed === '') return refuse(t(`settings_error_empty_${unit}` as const, ...range));
  const value = Number(trimmed);
  if (value < 0) return refuse(t(`settings_error_negative_${unit}` as const, ...range));
  if (!Number.isInteger(value)) {
    return refuse(t(`settings_error_fraction_${unit}` as const, ...range));
  }
  if (value === 0 && min > 0) return refuse(t(`settings_error_zero_${unit}` as const, ...range));
  if (value < min) {
    // The one least value that needs a reason: it is the browser's limit, not Limber's choice.
    return refuse(
      field === 'idleSeconds'
        ? t('settings_error_at_least_idle', withUnit(min, field))
        : t('settings_error_at_least', withUnit(min, field)),
    );
  }
  if (value > max) return refuse(t('settings_error_at_most', withUnit(max, field)));
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

/**
 * A time of day as people read it in their language ("9:00 AM", "09:00"), kept on one line; the
 * end of the day (1440) reads as midnight.
 */
export function showTimeOfDay(minuteOfDay: number): string {
  return new Intl.DateTimeFormat(uiLocale(), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  })
    .format(Date.UTC(1970, 0, 1, 0, minuteOfDay % DAY_MINUTES))
    .replace(/\s/g, '\u00a0');
}

/** A working-hours time, checked against the other end of the range as it is now saved. */
export function checkWorkingTime(
  which: 'start' | 'end',
  text: string,
  other: number,
): Check<number> {
  const value = parseTimeOfDay(text, which);
  if (value === null) {
    return {
      ok: false,
      message: which === 'start' ? t('settings_error_time_start') : t('settings_error_time_end'),
    };
  }
  const start = which === 'start' ? value : other;
  const end = which === 'end' ? value : other;
  if (end <= start) {
    return {
      ok: false,
      message:
        which === 'start'
          ? t('settings_error_start_after_end', showTimeOfDay(end))
          : t('settings_error_end_before_start', showTimeOfDay(start)),
    };
  }
  return { ok: true, value };
}

/** The time of the daily check-in prompt: any time of day. */
export function checkCheckInTime(text: string): Check<number> {
  const value = parseTimeOfDay(text, 'start');
  if (value === null) return { ok: false, message: t('settings_error_time_check_in') };
  return { ok: true, value };
}

export function checkWorkingDays(days: readonly Weekday[]): Check<Weekday[]> {
  if (days.length === 0) return { ok: false, message: t('settings_error_no_working_day') };
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
  const long = withUnit(settings.longBreakMinutes, 'longBreakMinutes');
  const normal = withUnit(settings.breakMinutes, 'breakMinutes');
  switch (changed) {
    case 'breakMinutes':
      return t('settings_error_break_longer', long);
    case 'longBreakMinutes':
      return t('settings_error_long_break_shorter', normal);
    case 'longBreakEvery':
      return t('settings_error_long_break_too_short', long, normal);
  }
}
