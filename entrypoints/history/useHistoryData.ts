import { useEffect, useMemo, useState } from 'preact/hooks';
import type { HistoryData } from '@/lib/history/aggregate';
import { type SatRecord, satRecords } from '@/lib/history/parse';
import { type SendOutcome, useEngineSnapshot } from '@/lib/pages/useEngineSnapshot';
import { useNow } from '@/lib/pages/useNow';
import type { EngineState } from '@/lib/session/state';
import { historyItem, readHistory } from '@/lib/storage/history';
import { MINUTE } from '@/lib/time/units';

export interface HistorySnapshot {
  history: HistoryData;
  sits: SatRecord[];
  state: EngineState | null;
  now: number;
}

export type HistoryLoad =
  | { status: 'loading' }
  | { status: 'ready'; data: HistorySnapshot }
  | { status: 'error'; message: string };

export interface HistoryPage {
  load: HistoryLoad;
  /** Asks the background to forget the history and the raw records. */
  clear: () => Promise<SendOutcome>;
}

type HistoryRead =
  | { status: 'loading' }
  | { status: 'ready'; history: HistoryData }
  | { status: 'error'; message: string };

/**
 * The history, the raw sitting records and the engine state, kept current as they change, with
 * the clock re-read at least once a minute so today's running session and the date stay
 * current. The state and records come through the pages' shared engine hook, which this page
 * does not make ask the background on open: it only shows what is stored.
 */
export function useHistoryData(): HistoryPage {
  const engine = useEngineSnapshot({ askOnOpen: false });
  const [read, setRead] = useState<HistoryRead>({ status: 'loading' });
  const tick = useNow(null, MINUTE);

  useEffect(() => {
    let alive = true;
    const reread = () => {
      readHistory()
        .then((history) => {
          if (alive) setRead({ status: 'ready', history });
        })
        .catch((error: unknown) => {
          console.error('Limber history:', error);
          if (alive) setRead({ status: 'error', message: String(error) });
        });
    };
    reread();
    const unwatch = historyItem.watch(reread);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  const { records, state, loaded, send } = engine;
  const load = useMemo((): HistoryLoad => {
    if (read.status !== 'ready') return read;
    if (!loaded) return { status: 'loading' };
    // The clock as of this change or this minute's tick, whichever came last.
    const now = Math.max(tick, Date.now());
    return {
      status: 'ready',
      data: { history: read.history, sits: satRecords(records), state, now },
    };
  }, [read, records, state, loaded, tick]);

  return { load, clear: () => send({ type: 'clearHistory' }) };
}
