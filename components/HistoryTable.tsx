import { useId } from 'preact/hooks';
import { type DayTotals, emptyDay } from '@/lib/history/aggregate';
import { wholeMinutes } from '@/lib/history/format';
import type { DayRow } from '@/lib/history/view';
import './HistoryTable.css';

interface HistoryTableProps {
  caption: string;
  rows: readonly DayRow[];
  /** The name of a day as people read it, e.g. "Mon 2 Mar". */
  dayName: (day: string) => string;
  /** The key of today, marked as such. */
  today: string;
}

const COLUMNS: readonly [string, (t: DayTotals) => number][] = [
  ['Breaks due', (t) => t.due],
  ['Guided breaks', (t) => t.completed],
  ['Natural breaks', (t) => t.natural],
  ['Snoozes', (t) => t.snoozed],
  ['Skips', (t) => t.skipped],
  ['Minutes sat', (t) => wholeMinutes(t.satMs)],
  ['Longest sit (min)', (t) => wholeMinutes(t.longestSatMs)],
];

function totalOf(rows: readonly DayRow[]): DayTotals {
  const total = emptyDay();
  for (const { totals: t } of rows) {
    for (const key of Object.keys(total) as (keyof DayTotals)[]) {
      total[key] = key === 'longestSatMs' ? Math.max(total[key], t[key]) : total[key] + t[key];
    }
  }
  return total;
}

/** The chart's numbers as a real table: the way to read them with a screen reader. */
export function HistoryTable({ caption, rows, dayName, today }: HistoryTableProps) {
  const total = totalOf(rows);
  const captionId = useId();
  return (
    // In a narrow window the table scrolls sideways; focusable, so the keyboard can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section class="history-table-wrap" aria-labelledby={captionId} tabIndex={0}>
      <table class="history-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {COLUMNS.map(([name]) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ day, totals }) => (
            <tr key={day}>
              <th scope="row">
                <time dateTime={day}>{dayName(day)}</time>
                {day === today ? ' (today)' : ''}
              </th>
              {COLUMNS.map(([name, value]) => (
                <td key={name}>{value(totals)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {COLUMNS.map(([name, value]) => (
              <td key={name}>{value(total)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
