import { t } from '@/lib/i18n/t';

const MINUTE = 60_000;

/** Whole minutes, rounded to the nearest: the unit of the table, the chart and the export. */
export function wholeMinutes(ms: number): number {
  return Math.round(ms / MINUTE);
}

/** A duration for reading: "under a minute", "45 min", "1 h", "2 h 5 min". */
export function formatDuration(ms: number): string {
  const minutes = wholeMinutes(ms);
  if (minutes === 0)
    return ms > 0 ? t('history_duration_under_a_minute') : t('common_duration_minutes', 0);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('common_duration_minutes', rest);
  return rest === 0
    ? t('common_duration_hours', hours)
    : t('common_duration_hours_minutes', hours, rest);
}
