import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { HistoryData } from '@/lib/history/aggregate';
import { parseHistory, type SatRecord, satRecords } from '@/lib/history/parse';
import type { PageData } from '@/lib/pages/page-data';
import { type SendOutcome, useEngineSnapshot } from '@/lib/pages/useEngineSnapshot';
import { useNow } from '@/lib/pages/useNow';
import type { EngineState } from '@/lib/session/state';
import { HISTORY_KEY } from '@/lib/storage/items';
import { MINUTE } from '@/lib/time/units';

/** Where the per-day history totals are kept (lib/storage), read with the page's other data. */
export { HISTORY_KEY };

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

/**
 * The history, the raw sitting records and the engine state, as read before the page's first
 * render (`data`, with the history under HISTORY_KEY) and kept current as they change, with the
 * clock re-read at least once a minute so today's running session and the date stay current.
 * The state and records come through the pages' shared engine hook, which this page does not
 * make ask the background on open: it only shows what is stored.
 */
export function useHistoryData(data: PageData): HistoryPage {
  const engine = useEngineSnapshot({ askOnOpen: false, data });
  const [history, setHistory] = useState<HistoryData | null>(() =>
    data.loaded() ? parseHistory(data.value(HISTORY_KEY)) : null,
  );
  // Which of the data's changes the first render showed.
  const firstRevision = useRef(data.loaded() ? data.revision() : -1);
  const tick = useNow(null, MINUTE);

  useEffect(() => {
    let alive = true;
    const show = () => {
      if (alive) setHistory(parseHistory(data.value(HISTORY_KEY)));
    };
    const unwatch = data.watch((keys) => {
      if (keys.has(HISTORY_KEY)) show();
    });
    // Read (or changed) after the first render: shown now.
    void data.ready.then(() => {
      if (data.revision() !== firstRevision.current) show();
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, [data]);

  const { records, state, loaded, send } = engine;
  const load = useMemo((): HistoryLoad => {
    const failed = data.error('local');
    if (failed !== null) return { status: 'error', message: failed };
    if (history === null || !loaded) return { status: 'loading' };
    // The clock as of this change or this minute's tick, whichever came last.
    const now = Math.max(tick, Date.now());
    return { status: 'ready', data: { history, sits: satRecords(records), state, now } };
  }, [data, history, records, state, loaded, tick]);

  return { load, clear: () => send({ type: 'clearHistory' }) };
}
