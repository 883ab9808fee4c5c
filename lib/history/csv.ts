import type { DayTotals } from './aggregate';
import type { DayKey } from './days';
import { wholeMinutes } from './format';
import type { DayRow } from './view';

/** The export's columns: a stable header, so spreadsheets and scripts can rely on it. */
const COLUMNS: readonly [string, (t: DayTotals) => number][] = [
  ['breaks_due', (t) => t.due],
  ['due_breaks_taken', (t) => t.dueTaken],
  ['guided_breaks', (t) => t.completed],
  ['natural_breaks', (t) => t.natural],
  ['snoozes', (t) => t.snoozed],
  ['skips', (t) => t.skipped],
  ['minutes_sat', (t) => wholeMinutes(t.satMs)],
  ['longest_sit_minutes', (t) => wholeMinutes(t.longestSatMs)],
];

export const CSV_HEADER = ['date', ...COLUMNS.map(([name]) => name)].join(',');

/** RFC 4180 text: one line per day, CRLF line ends, dates as YYYY-MM-DD. */
export function historyCsv(rows: readonly DayRow[]): string {
  const lines = rows.map(({ day, totals }) =>
    [day, ...COLUMNS.map(([, value]) => String(value(totals)))].join(','),
  );
  return `${[CSV_HEADER, ...lines].join('\r\n')}\r\n`;
}

export function csvFileName(today: DayKey): string {
  return `limber-history-${today}.csv`;
}
