import { dayKeyToDate } from '@/lib/history/days';

/** Dates and hours in the reader's own language and style (the browser's locale). */
const DAY_NAME = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const WEEKDAY = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const DAY_MONTH = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const HOUR = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** "Mon, Mar 2" or "Mon 2 Mar", as the locale writes it. */
export const dayName = (day: string) => DAY_NAME.format(dayKeyToDate(day));

/** A chart's label under a bar: the weekday for a week, the date for a month. */
export const axisLabel = (day: string, rangeDays: number) =>
  (rangeDays <= 7 ? WEEKDAY : DAY_MONTH).format(dayKeyToDate(day));

/** "14:00" or "2:00 PM". */
export const hourName = (hour: number) => HOUR.format(new Date(2000, 0, 1, hour));
