/**
 * Times and durations as people read them, on every page: the one home of Limber's time
 * formatting. Pure: the clock is always a parameter, and days are the user's local days. Words
 * and clock styles follow the extension's language.
 */
import { formatDate, formatTime, t, tn } from '@/lib/i18n/t';
import { DAY, MINUTE, SECOND } from './units';

const pad = (n: number) => String(n).padStart(2, '0');

const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'short' };

/**
 * A time of day in the user's own style: "14:30", or "2:30 PM" where clocks have 12 hours,
 * kept on one line.
 */
export function formatClock(at: number): string {
  return formatTime(at).replace(/\s/g, '\u00a0');
}

/**
 * A countdown such as "4:05" or "1:59:30". Seconds are rounded up, so it shows "0:00" only when
 * the moment has come, never a second early.
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / SECOND));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** A countdown in words, rounded up like `formatCountdown`: "1 minute 5 seconds". */
export function describeCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / SECOND));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return tn('exercises_seconds', seconds);
  if (seconds === 0) return tn('common_minutes', minutes);
  return t(
    'exercises_minutes_and_seconds',
    tn('common_minutes', minutes),
    tn('exercises_seconds', seconds),
  );
}

/** Whole minutes, rounded to the nearest: the unit of the history's table, chart and export. */
export function wholeMinutes(ms: number): number {
  return Math.round(ms / MINUTE);
}

/**
 * A span of time for reading, to the nearest minute like the history's figures: "0 min",
 * "under a minute", "45 min", "1 h", "2 h 5 min".
 */
export function formatDuration(ms: number): string {
  const minutes = wholeMinutes(Math.max(0, ms));
  if (minutes === 0) {
    return ms > 0 ? t('common_duration_under_a_minute') : t('common_duration_minutes', 0);
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('common_duration_minutes', rest);
  return rest === 0
    ? t('common_duration_hours', hours)
    : t('common_duration_hours_minutes', hours, rest);
}

/**
 * Time left for a screen reader, at most once a minute: "12 minutes", "1 hour 5 minutes",
 * "less than a minute". Rounded up like the badge, so it never says less than is left.
 */
export function spokenTimeLeft(ms: number): string {
  if (ms < MINUTE) return t('common_less_than_a_minute');
  const minutes = Math.ceil(ms / MINUTE);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return tn('common_minutes', rest);
  if (rest === 0) return tn('common_hours', hours);
  return t('common_hours_and_minutes', tn('common_hours', hours), tn('common_minutes', rest));
}

function localDayStart(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

function localDaysBetween(from: number, to: number): number {
  // Rounded, because a day with a clock change is 23 or 25 hours long.
  return Math.round((localDayStart(to) - localDayStart(from)) / DAY);
}

/**
 * A future moment, said relative to `now` so it reads after "until": "14:30" today, "midnight"
 * at the very start of tomorrow, "tomorrow at 09:00", or "Mon at 09:00" for later days.
 */
export function formatMoment(at: number, now: number): string {
  const days = localDaysBetween(now, at);
  if (days <= 0) return formatClock(at);
  if (days === 1 && at === localDayStart(at)) return t('common_midnight');
  if (days === 1) return t('common_tomorrow_at', formatClock(at));
  const weekday = formatDate(at, WEEKDAY);
  return t('common_weekday_at', weekday, formatClock(at));
}
