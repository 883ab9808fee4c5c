import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ConfirmAction } from '@/components/ConfirmAction';
import { HistoryChart } from '@/components/HistoryChart';
import { HistoryTable } from '@/components/HistoryTable';
import type { DayTotals } from '@/lib/history/aggregate';
import { csvFileName, historyCsv } from '@/lib/history/csv';
import { formatDuration, plural, wholeMinutes } from '@/lib/history/format';
import { type Insight, insightText } from '@/lib/history/insights';
import { COUNT_STEPS, MINUTE_STEPS } from '@/lib/history/scale';
import type { Streaks } from '@/lib/history/streak';
import { type DayRow, type RangeSummary, rowsWithData } from '@/lib/history/view';
import type { IntentReply } from '@/lib/messages';
import type { RangeDays } from './App';
import { downloadText } from './download';
import { axisLabel, dayName, hourName } from './names';

const RANGES: readonly RangeDays[] = [7, 30];
const MINUTE = 60_000;

export function RangeChoice({
  range,
  onChange,
}: {
  range: RangeDays;
  onChange: (range: RangeDays) => void;
}) {
  return (
    <fieldset class="history-range">
      <legend>Show</legend>
      {RANGES.map((days) => (
        <label key={days}>
          <input
            type="radio"
            name="range"
            value={days}
            checked={range === days}
            onChange={() => onChange(days)}
          />
          Last {days} days
        </label>
      ))}
    </fieldset>
  );
}

export function Summary({ range, summary }: { range: RangeDays; summary: RangeSummary }) {
  return (
    <dl class="history-summary" aria-label={`The last ${range} days at a glance`}>
      <div>
        <dt>Breaks taken</dt>
        <dd>{summary.taken}</dd>
      </div>
      <div>
        <dt>Due breaks taken</dt>
        <dd>
          {summary.dueTaken} of {summary.due}
        </dd>
      </div>
      <div>
        <dt>Time sat</dt>
        <dd>{formatDuration(summary.satMs)}</dd>
      </div>
      <div>
        <dt>Longest sit</dt>
        <dd>{formatDuration(summary.longestSatMs)}</dd>
      </div>
    </dl>
  );
}

function chartLabels(rows: readonly DayRow[], range: RangeDays) {
  return {
    labels: rows.map((r) => axisLabel(r.day, range)),
    longLabels: rows.map((r) => dayName(r.day)),
    labelEvery: range <= 7 ? 1 : 5,
  };
}

export function BreaksSection({ range, rows }: { range: RangeDays; rows: readonly DayRow[] }) {
  const due = rows.map((r) => r.totals.due);
  const taken = rows.map((r) => r.totals.completed + r.totals.natural);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return (
    <section aria-labelledby="breaks-heading">
      <h2 id="breaks-heading">Breaks</h2>
      <HistoryChart
        title={`Breaks due and breaks taken, each of the last ${range} days`}
        summary={`${plural(sum(due), 'break')} fell due and you took ${plural(sum(taken), 'break')} in all. The table below lists each day.`}
        {...chartLabels(rows, range)}
        series={[
          { name: 'Breaks due', variant: 'due', values: due },
          { name: 'Breaks taken (guided or away)', variant: 'taken', values: taken },
        ]}
        steps={COUNT_STEPS}
        formatValue={String}
      />
    </section>
  );
}

export function SittingSection({ range, rows }: { range: RangeDays; rows: readonly DayRow[] }) {
  const minutes = rows.map((r) => wholeMinutes(r.totals.satMs));
  const total = rows.reduce((sum, r) => sum + r.totals.satMs, 0);
  return (
    <section aria-labelledby="sitting-heading">
      <h2 id="sitting-heading">Time sat</h2>
      <HistoryChart
        title={`Minutes sat, each of the last ${range} days`}
        summary={`${formatDuration(total)} sat in all. The table below lists each day.`}
        {...chartLabels(rows, range)}
        series={[{ name: 'Minutes sat', variant: 'sat', values: minutes }]}
        steps={MINUTE_STEPS}
        formatValue={(m) => formatDuration(m * MINUTE)}
      />
    </section>
  );
}

export function StreakSection({ streaks }: { streaks: Streaks }) {
  return (
    <section aria-labelledby="streak-heading">
      <h2 id="streak-heading">Streak</h2>
      <p class="history-streak">
        {streaks.current > 0 ? (
          <>
            <strong>{plural(streaks.current, 'day')}</strong> in a row with every due break taken.
          </>
        ) : (
          'No streak right now: it starts on a day you take every break that falls due.'
        )}{' '}
        {streaks.best > 0 ? `Your best in the last year: ${plural(streaks.best, 'day')}.` : ''}
      </p>
      <p class="history-note">
        Days on which no break fell due neither count nor end a streak. A break counts as taken when
        it ends in a guided break or in time away, not in a skip or a pause.
      </p>
    </section>
  );
}

export function InsightsSection({ insights }: { insights: readonly Insight[] }) {
  return (
    <section aria-labelledby="insights-heading">
      <h2 id="insights-heading">Insights</h2>
      {insights.length === 0 ? (
        <p class="history-note">
          Not enough history yet. Insights appear after a few days with several sitting sessions.
        </p>
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
                      Source: {source.name}
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
      <h2 id="table-heading">Day by day</h2>
      <HistoryTable
        caption={`Breaks and sitting, each of the last ${range} days`}
        rows={rows}
        dayName={dayName}
        today={today}
      />
    </section>
  );
}

export function DataSection({
  days,
  today,
}: {
  days: Readonly<Record<string, DayTotals>>;
  today: string;
}) {
  const [message, setMessage] = useState('');
  const rows = rowsWithData(days);

  const exportCsv = () => {
    const name = csvFileName(today);
    downloadText(historyCsv(rows), name, 'text/csv;charset=utf-8');
    setMessage(`Saved ${name}, with ${plural(rows.length, 'day')}.`);
  };

  const clear = async () => {
    try {
      // Through the background, whose queue also saves new records: neither can undo the other.
      const reply = (await browser.runtime.sendMessage({ type: 'clearHistory' })) as
        | IntentReply
        | undefined;
      if (!reply?.ok) throw new Error(reply?.error ?? 'no answer from the background');
      setMessage('History cleared. Your settings are unchanged.');
    } catch (error) {
      setMessage(`Could not clear the history: ${String(error)}`);
    }
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p class="history-note">
        The export has one line per day for the whole year kept, in a CSV file for any spreadsheet.
      </p>
      <div class="history-actions">
        <button type="button" class="primary" onClick={exportCsv} disabled={rows.length === 0}>
          Export as CSV
        </button>
        <ConfirmAction
          label="Clear history…"
          question="Clear all history?"
          confirmLabel="Yes, clear history"
          onConfirm={clear}
        >
          <p>
            This deletes every daily total and break record Limber keeps, and cannot be undone. Your
            settings, and the sitting session under way, are kept.
          </p>
        </ConfirmAction>
      </div>
      <p role="status" class="history-status">
        {message}
      </p>
    </section>
  );
}
