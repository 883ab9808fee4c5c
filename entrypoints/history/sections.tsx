import { useState } from 'preact/hooks';
import { ConfirmAction } from '@/components/ConfirmAction';
import { type ChartSeries, HistoryChart } from '@/components/HistoryChart';
import { HistoryTable } from '@/components/HistoryTable';
import type { DayTotals } from '@/lib/history/aggregate';
import { csvFileName, historyCsv } from '@/lib/history/csv';
import { type Insight, insightText } from '@/lib/history/insights';
import { COUNT_STEPS, MINUTE_STEPS } from '@/lib/history/scale';
import type { Streaks } from '@/lib/history/streak';
import { type DayRow, type RangeSummary, rowsWithData } from '@/lib/history/view';
import { formatNumber, t, tn } from '@/lib/i18n/t';
import type { IntentError } from '@/lib/messages';
import type { SendOutcome } from '@/lib/pages/useEngineSnapshot';
import { formatDuration, wholeMinutes } from '@/lib/time/format';
import { MINUTE } from '@/lib/time/units';
import type { RangeDays } from './App';
import { downloadText } from './download';
import { axisLabel, dayName, hourName } from './names';

const RANGES: readonly RangeDays[] = [7, 30];

/**
 * A message with its stressed words between `**`, as translators mark them, so each language
 * decides which words carry the stress.
 */
export function emphasised(text: string) {
  return text
    .split('**')
    .map((part, i) => (i % 2 === 1 ? <strong key={part}>{part}</strong> : part));
}

export function RangeChoice({
  range,
  onChange,
}: {
  range: RangeDays;
  onChange: (range: RangeDays) => void;
}) {
  return (
    <fieldset class="history-range">
      <legend>{t('history_range_legend')}</legend>
      {RANGES.map((days) => (
        <label key={days}>
          <input
            type="radio"
            name="range"
            value={days}
            checked={range === days}
            onChange={() => onChange(days)}
          />
          {tn('history_range_last_days', days)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * A duration for a summary card, short enough for one line: "under 1 min" rather than the
 * longer "under a minute" other sentences use.
 */
function cardDuration(ms: number): string {
  return ms > 0 && wholeMinutes(ms) === 0 ? t('history_duration_under_minute') : formatDuration(ms);
}

export function Summary({ range, summary }: { range: RangeDays; summary: RangeSummary }) {
  // With no break due in the range, "0 of 0" says nothing: say so in words.
  const noneDue = summary.due === 0;
  return (
    <dl class="history-summary" aria-label={tn('history_summary_label', range)}>
      <div class="history-card history-card--taken">
        <dt>{t('history_summary_taken')}</dt>
        <dd>{formatNumber(summary.taken)}</dd>
      </div>
      <div class="history-card">
        <dt>{t('history_summary_due_taken')}</dt>
        <dd class={noneDue ? 'is-words' : undefined}>
          {noneDue
            ? t('history_summary_none_due')
            : t('history_summary_due_taken_value', summary.dueTaken, summary.due)}
        </dd>
      </div>
      <div class="history-card history-card--sat">
        <dt>{t('history_summary_sat')}</dt>
        <dd>{cardDuration(summary.satMs)}</dd>
      </div>
      <div class="history-card">
        <dt>{t('history_summary_longest')}</dt>
        <dd>{cardDuration(summary.longestSatMs)}</dd>
      </div>
    </dl>
  );
}

function chartLabels(rows: readonly DayRow[], range: RangeDays) {
  return {
    labels: rows.map((r) => axisLabel(r.day, range)),
    longLabels: rows.map((r) => dayName(r.day)),
    labelEvery: range <= 7 ? 1 : 5,
    // A week's bars are wide enough to carry their numbers, so colour is not the only cue.
    showValues: range <= 7,
  };
}

const formatCount = (value: number) => formatNumber(value);

export function BreaksSection({ range, rows }: { range: RangeDays; rows: readonly DayRow[] }) {
  const due = rows.map((r) => r.totals.due);
  const taken = rows.map((r) => r.totals.completed + r.totals.natural);
  const missed = rows.map((r) => Math.max(0, r.totals.due - r.totals.dueTaken));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  // Two counts, each agreeing with its own verb, in one sentence the language may reorder.
  const summary = t(
    'history_breaks_chart_summary',
    tn('history_breaks_due_clause', sum(due)),
    tn('history_breaks_taken_clause', sum(taken)),
  );
  return (
    <section aria-labelledby="breaks-heading">
      <h2 id="breaks-heading">{t('history_breaks_heading')}</h2>
      <HistoryChart
        title={tn('history_breaks_chart_title', range)}
        summary={summary}
        {...chartLabels(rows, range)}
        series={[
          { name: t('history_series_taken'), variant: 'taken', values: taken },
          { name: t('history_series_missed'), variant: 'missed', values: missed },
        ]}
        steps={COUNT_STEPS}
        formatValue={formatCount}
      />
    </section>
  );
}

export function SittingSection({ range, rows }: { range: RangeDays; rows: readonly DayRow[] }) {
  const minutes = rows.map((r) => wholeMinutes(r.totals.satMs));
  const total = rows.reduce((sum, r) => sum + r.totals.satMs, 0);
  // At a sit-stand desk, standing beside sitting: only once the range has any.
  const stood = rows.reduce((sum, r) => sum + r.totals.stoodMs, 0);
  const series: ChartSeries[] = [
    { name: t('history_series_sat'), variant: 'sat', values: minutes },
  ];
  if (stood > 0) {
    const values = rows.map((r) => wholeMinutes(r.totals.stoodMs));
    series.push({ name: t('stand_history_series'), variant: 'stood', values });
  }
  const summary =
    stood > 0
      ? t('stand_history_summary', formatDuration(total), formatDuration(stood))
      : t('history_sitting_chart_summary', formatDuration(total));
  return (
    <section aria-labelledby="sitting-heading">
      <h2 id="sitting-heading">{t('history_sitting_heading')}</h2>
      <HistoryChart
        title={tn('history_sitting_chart_title', range)}
        summary={summary}
        {...chartLabels(rows, range)}
        series={series}
        steps={MINUTE_STEPS}
        formatValue={(m) => formatDuration(m * MINUTE)}
      />
    </section>
  );
}

export function StreakSection({ streaks }: { streaks: Streaks }) {
  return (
    <section aria-labelledby="streak-heading">
      <h2 id="streak-heading">{t('history_streak_heading')}</h2>
      <p class="history-streak">
        {streaks.current > 0
          ? emphasised(tn('history_streak_current', streaks.current))
          : t('history_streak_none')}
        {streaks.best > 0 ? ` ${tn('history_streak_best', streaks.best)}` : ''}
      </p>
      <p class="history-note">{t('history_streak_note')}</p>
    </section>
  );
}

export function InsightsSection({ insights }: { insights: readonly Insight[] }) {
  return (
    <section aria-labelledby="insights-heading">
      <h2 id="insights-heading">{t('history_insights_heading')}</h2>
      {insights.length === 0 ? (
        <p class="history-note">{t('history_insights_empty')}</p>
      ) : (
        <ul class="history-insights">
          {insights.map((insight) => {
            const { text, source } = insightText(insight, hourName);
            return (
              <li key={insight.kind}>
                {text}
                {source ? (
                  <>
                    {' '}
                    <a href={source.url} target="_blank" rel="noreferrer">
                      {t('history_source', source.name)}
                    </a>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function TableSection({
  range,
  rows,
  today,
}: {
  range: RangeDays;
  rows: readonly DayRow[];
  today: string;
}) {
  return (
    <section aria-labelledby="table-heading">
      <h2 id="table-heading">{t('history_table_heading')}</h2>
      <HistoryTable
        caption={tn('history_table_caption', range)}
        rows={rows}
        dayName={dayName}
        today={today}
      />
    </section>
  );
}

/** Why the history could not be cleared, in a few words for the end of a sentence. */
function clearFailure(error: IntentError): string {
  return error.reason === 'unreachable' || error.reason === 'refused'
    ? error.detail
    : t('history_clear_no_answer');
}

export function DataSection({
  days,
  today,
  onClear,
}: {
  days: Readonly<Record<string, DayTotals>>;
  today: string;
  /** Clears the history through the background, whose queue also saves new records. */
  onClear: () => Promise<SendOutcome>;
}) {
  const [message, setMessage] = useState('');
  const rows = rowsWithData(days);

  const exportCsv = () => {
    const name = csvFileName(today);
    downloadText(historyCsv(rows), name, 'text/csv;charset=utf-8');
    setMessage(tn('history_export_saved', rows.length, name));
  };

  const clear = async () => {
    const outcome = await onClear();
    if (outcome.kind === 'answered') setMessage(t('history_cleared'));
    else if (outcome.kind === 'failed') {
      setMessage(t('history_clear_failed', clearFailure(outcome.error)));
    }
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('history_data_heading')}</h2>
      <p class="history-note">{t('history_data_note')}</p>
      <div class="history-actions">
        <button type="button" class="primary" onClick={exportCsv} disabled={rows.length === 0}>
          {t('history_export_button')}
        </button>
        <ConfirmAction
          label={t('history_clear_button')}
          question={t('history_clear_question')}
          confirmLabel={t('history_clear_confirm')}
          onConfirm={clear}
        >
          <p>{t('history_clear_details')}</p>
        </ConfirmAction>
      </div>
      <p role="status" class="history-status">
        {message}
      </p>
    </section>
  );
}
