import { useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { localDayKey } from '@/lib/history/days';
import { findInsights } from '@/lib/history/insights';
import { streaks } from '@/lib/history/streak';
import { rowsForRange, summariseRows, withRunningSession } from '@/lib/history/view';
import {
  BreaksSection,
  DataSection,
  InsightsSection,
  RangeChoice,
  SittingSection,
  StreakSection,
  Summary,
  TableSection,
} from './sections';
import { useHistoryData } from './useHistoryData';

export type RangeDays = 7 | 30;

export function App() {
  const load = useHistoryData();
  const [range, setRange] = useState<RangeDays>(7);

  if (load.status !== 'ready') {
    return (
      <main class="history" aria-busy={load.status === 'loading'}>
        <Brand title="Your history" />
        {load.status === 'error' ? (
          <p role="alert">Limber could not read your history: {load.message}</p>
        ) : null}
      </main>
    );
  }

  const { history, sits, state, now } = load.data;
  const days = withRunningSession(history.days, state, now);
  const rows = rowsForRange(days, now, range);
  const today = localDayKey(now);
  const empty = Object.keys(days).length === 0;

  return (
    <main class="history">
      <Brand title="Your history" />
      <p class="history-lede">
        Your breaks and sitting time, day by day. It stays in this browser: daily totals for a year,
        the detail behind them for two weeks.
      </p>
      {empty ? (
        <p class="history-empty">
          Nothing is recorded yet. This page fills in as you sit and take breaks.
        </p>
      ) : null}
      <RangeChoice range={range} onChange={setRange} />
      <Summary range={range} summary={summariseRows(rows)} />
      <BreaksSection range={range} rows={rows} />
      <SittingSection range={range} rows={rows} />
      <StreakSection streaks={streaks(history.days, history.openDue, now)} />
      <InsightsSection insights={findInsights(sits, days, now)} />
      <TableSection range={range} rows={rows} today={today} />
      <DataSection days={days} today={today} />
    </main>
  );
}
