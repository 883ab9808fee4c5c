import type { MessageKey } from '@/lib/i18n/keys';
import { t } from '@/lib/i18n/t';
import { wholeMinutes } from '@/lib/time/format';
import type { DayTotals } from './aggregate';
import type { DayKey } from './days';
import type { DayRow } from './view';

/**
 * The export's columns, in a fixed order so spreadsheets and scripts can rely on it. The header
 * names follow the user's language, written as plain ASCII words joined by underscores so any
 * spreadsheet opens them alike and they never need quoting.
 */
const COLUMNS: readonly [MessageKey, (t: DayTotals) => number][] = [
  ['history_csv_due', (t) => t.due],
  ['history_csv_due_taken', (t) => t.dueTaken],
  ['history_csv_guided', (t) => t.completed],
  ['history_csv_natural', (t) => t.natural],
  ['history_csv_snoozes', (t) => t.snoozed],
  ['history_csv_skips', (t) => t.skipped],
  ['history_csv_sat', (t) => wholeMinutes(t.satMs)],
  ['history_csv_longest', (t) => wholeMinutes(t.longestSatMs)],
  // Added last with sit-stand desk mode, so scripts reading the earlier columns still work.
  ['stand_history_csv', (t) => wholeMinutes(t.stoodMs)],
];

/** The header line, in the user's language. */
export function csvHeader(): string {
  return [t('history_csv_date'), ...COLUMNS.map(([key]) => t(key))].join(',');
}

/** RFC 4180 text: one line per day, CRLF line ends, dates as YYYY-MM-DD. */
export function historyCsv(rows: readonly DayRow[]): string {
  const lines = rows.map(({ day, totals }) =>
    [day, ...COLUMNS.map(([, value]) => String(value(totals)))].join(','),
  );
  return `${[csvHeader(), ...lines].join('\r\n')}\r\n`;
}

export function csvFileName(today: DayKey): string {
  return t('history_export_file_name', today);
}
