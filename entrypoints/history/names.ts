import { dayKeyToDate } from '@/lib/history/days';
import { uiLocale } from '@/lib/i18n/t';

/** Dates and hours in the extension's language, with names of days and months from Intl. */
const STYLES = {
  day: { weekday: 'short', day: 'numeric', month: 'short' },
  weekday: { weekday: 'short' },
  dayMonth: { day: 'numeric', month: 'short' },
  hour: { hour: 'numeric', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

type Style = keyof typeof STYLES;

// Made on first use rather than at import, so they follow the language the page is shown in;
// a month's table asks for dozens of names, so each style is made once per language.
let cache: { locale: string; formats: Partial<Record<Style, Intl.DateTimeFormat>> } | undefined;

function format(style: Style): Intl.DateTimeFormat {
  const locale = uiLocale();
  if (cache?.locale !== locale) cache = { locale, formats: {} };
  const made = cache.formats[style] ?? new Intl.DateTimeFormat(locale, STYLES[style]);
  cache.formats[style] = made;
  return made;
}

/** "Mon, Mar 2" or "lun 2 mars", as the language writes it. */
export const dayName = (day: string) => format('day').format(dayKeyToDate(day));

/** A chart's label under a bar: the weekday for a week, the date for a month. */
export const axisLabel = (day: string, rangeDays: number) =>
  format(rangeDays <= 7 ? 'weekday' : 'dayMonth').format(dayKeyToDate(day));

/** "14:00" or "2:00 PM". */
export const hourName = (hour: number) => format('hour').format(new Date(2000, 0, 1, hour));
