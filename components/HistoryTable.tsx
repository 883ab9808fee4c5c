import { useId } from 'preact/hooks';
import { type DayTotals, emptyDay } from '@/lib/history/aggregate';
import type { DayRow } from '@/lib/history/view';
import type { MessageKey } from '@/lib/i18n/keys';
import { formatNumber, t } from '@/lib/i18n/t';
import { wholeMinutes } from '@/lib/time/format';
import './HistoryTable.css';

interface HistoryTableProps {
  caption: string;
  rows: readonly DayRow[];
  /** The name of a day as people read it, e.g. "Mon 2 Mar". */
  dayName: (day: string) => string;
  /** The key of today, marked as such. */
  today: string;
}

const COLUMNS: readonly [MessageKey, (totals: DayTotals) => number][] = [
  ['history_table_due', (d) => d.due],
  ['history_table_guided', (d) => d.completed],
  ['history_table_natural', (d) => d.natural],
  ['history_table_snoozes', (d) => d.snoozed],
  ['history_table_skips', (d) => d.skipped],
  ['history_table_sat', (d) => wholeMinutes(d.satMs)],
  ['history_table_longest', (d) => wholeMinutes(d.longestSatMs)],
];

/** Standing at a sit-stand desk, beside sitting: only once any day in the table has some. */
const STOOD: (typeof COLUMNS)[number] = ['stand_history_table', (d) => wholeMinutes(d.stoodMs)];

function columnsFor(rows: readonly DayRow[]): typeof COLUMNS {
  if (!rows.some(({ totals }) => totals.stoodMs > 0)) return COLUMNS;
  const sat = COLUMNS.findIndex(([key]) => key === 'history_table_sat');
  return [...COLUMNS.slice(0, sat + 1), STOOD, ...COLUMNS.slice(sat + 1)];
}

/** Stands for the day's name while the "(today)" sentence is split around it. */
const SLOT = '\uE000';

/** A day's row header: its name, marked as today where it is, in the language's order. */
function DayHeader({ day, name, isToday }: { day: string; name: string; isToday: boolean }) {
  const time = <time dateTime={day}>{name}</time>;
  if (!isToday) return time;
  const [before = '', after = ''] = t('history_table_today', SLOT).split(SLOT);
  return (
    <>
      {before}
      {time}
      {after}
    </>
  );
}

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
  const columns = columnsFor(rows);
  const captionId = useId();
  return (
    // In a narrow window the table scrolls sideways; focusable, so the keyboard can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section class="history-table-wrap" aria-labelledby={captionId} tabIndex={0}>
      <table class="history-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history_table_day')}</th>
            {columns.map(([key]) => (
              <th key={key} scope="col">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ day, totals }) => (
            <tr key={day}>
              <th scope="row">
                <DayHeader day={day} name={dayName(day)} isToday={day === today} />
              </th>
              {columns.map(([key, value]) => (
                <td key={key}>{formatNumber(value(totals))}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('history_table_total')}</th>
            {columns.map(([key, value]) => (
              <td key={key}>{formatNumber(value(total))}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
