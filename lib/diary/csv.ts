import type { MessageKey } from '@/lib/i18n/keys';
import { t } from '@/lib/i18n/t';
import { wholeMinutes } from '@/lib/time/format';
import type { PainTag } from './entry';
import type { PainDay } from './insights';

/**
 * The diary as a spreadsheet, beside sitting and breaks: one line per day, RFC 4180 text with
 * CRLF line ends, as the history's own export (lib/history/csv.ts). Header names in the user's
 * language as plain words joined by underscores; tags as their fixed English codes joined by
 * spaces, so a script can read them in any language.
 */
const COLUMNS: readonly [MessageKey, (day: PainDay) => string][] = [
  ['diary_csv_pain', (d) => (d.pain === null ? '' : String(d.pain))],
  ['diary_csv_tags', (d) => d.tags.join(' ')],
  ['diary_csv_sat', (d) => String(wholeMinutes(d.satMs))],
  ['diary_csv_due', (d) => String(d.due)],
  ['diary_csv_taken', (d) => String(d.taken)],
];

export function diaryCsvHeader(): string {
  return [t('diary_csv_date'), ...COLUMNS.map(([key]) => t(key))].join(',');
}

/** The days that have a pain entry, oldest first. */
export function diaryCsv(days: readonly PainDay[]): string {
  const lines = days
    .filter((d) => d.pain !== null)
    .map((d) => [d.day, ...COLUMNS.map(([, value]) => value(d))].join(','));
  return `${[diaryCsvHeader(), ...lines].join('\r\n')}\r\n`;
}

export function diaryCsvFileName(today: string): string {
  return t('diary_csv_file_name', today);
}

/** Each tag's message, for the pages that name them. */
export const TAG_KEYS: Readonly<Record<PainTag, MessageKey>> = {
  stiff: 'diary_tag_stiff',
  spasm: 'diary_tag_spasm',
  leg: 'diary_tag_leg',
  night: 'diary_tag_night',
};
