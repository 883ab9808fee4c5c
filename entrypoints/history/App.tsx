import { useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { localDayKey } from '@/lib/history/days';
import { findInsights } from '@/lib/history/insights';
import { streaks } from '@/lib/history/streak';
import { rowsForRange, summariseRows, withRunningSession } from '@/lib/history/view';
import { t } from '@/lib/i18n/t';
import type { PageData } from '@/lib/pages/page-data';
import { EmptyHistory } from './EmptyHistory';
import { PainSection } from './PainSection';
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
import { usePainDiary } from './usePainDiary';

export type RangeDays = 7 | 30;

interface AppProps {
  /** The page's stored data, read before its first render (see main.tsx). */
  data: PageData;
}

export function App({ data }: AppProps) {
  const { load, clear } = useHistoryData(data);
  const pain = usePainDiary();
  const [range, setRange] = useState<RangeDays>(7);

  if (load.status !== 'ready') {
    return (
      <main class="history" aria-busy={load.status === 'loading'}>
        <Brand title={t('history_title')} />
        {load.status === 'error' ? (
          <p role="alert">{t('history_load_error', load.message)}</p>
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
      <Brand title={t('history_title')} />
      <p class="history-lede">{t('history_lede')}</p>
      {empty ? (
        <EmptyHistory />
      ) : (
        <>
          <RangeChoice range={range} onChange={setRange} />
          <Summary range={range} summary={summariseRows(rows)} />
          <BreaksSection range={range} rows={rows} />
          <SittingSection range={range} rows={rows} />
          <StreakSection streaks={streaks(history.days, history.openDue, now)} />
          <InsightsSection insights={findInsights(sits, days, now)} />
          <TableSection range={range} rows={rows} today={today} />
        </>
      )}
      <PainSection page={pain} days={days} now={now} />
      <DataSection days={days} today={today} onClear={clear} />
    </main>
  );
}
