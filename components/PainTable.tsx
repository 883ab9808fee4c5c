import { useId } from 'preact/hooks';
import { TAG_KEYS } from '@/lib/diary/csv';
import type { PainDay } from '@/lib/diary/insights';
import { formatNumber, t } from '@/lib/i18n/t';
import { formatDuration } from '@/lib/time/format';
import './HistoryTable.css';
import './PainTable.css';

interface PainTableProps {
  caption: string;
  /** The days, oldest first; the table lists them newest first, as a diary is read. */
  days: readonly PainDay[];
  /** The name of a day as people read it, e.g. "Mon 2 Mar". */
  dayName: (day: string) => string;
}

/**
 * The pain chart's numbers as a real table, with the day's notes and breaks: the way to read them
 * with a screen reader, and the detail behind the picture. Drawn in the history table's style.
 */
export function PainTable({ caption, days, dayName }: PainTableProps) {
  const captionId = useId();
  const rows = [...days].reverse();
  return (
    // In a narrow window the table scrolls sideways; focusable, so the keyboard can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section class="history-table-wrap" aria-labelledby={captionId} tabIndex={0}>
      <table class="history-table pain-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('diary_col_day')}</th>
            <th scope="col">{t('diary_col_pain')}</th>
            <th scope="col">{t('diary_col_tags')}</th>
            <th scope="col">{t('diary_col_sat')}</th>
            <th scope="col">{t('diary_col_breaks')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((day) => (
            <tr key={day.day}>
              <th scope="row">
                <time dateTime={day.day}>{dayName(day.day)}</time>
              </th>
              <td>{day.pain === null ? t('diary_chart_no_entry') : formatNumber(day.pain)}</td>
              <td class="pain-table-tags">{day.tags.map((tag) => t(TAG_KEYS[tag])).join(', ')}</td>
              <td>{formatDuration(day.satMs)}</td>
              <td>
                {day.due === 0
                  ? t('diary_breaks_none')
                  : t('diary_breaks_value', formatNumber(day.taken), formatNumber(day.due))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
