import { useEffect, useState } from 'preact/hooks';
import type { HistoryData } from '@/lib/history/aggregate';
import { type SatRecord, satRecords } from '@/lib/history/parse';
import type { EngineState } from '@/lib/session/state';
import { historyItem, readHistory } from '@/lib/storage/history';
import { engineStateItem, readEngineState, recordsItem } from '@/lib/storage/items';

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

/** Re-read at least this often, so today's running session and the date stay current. */
const REFRESH_MS = 60_000;

/** The history, the raw sitting records and the engine state, kept current as they change. */
export function useHistoryData(): HistoryLoad {
  const [load, setLoad] = useState<HistoryLoad>({ status: 'loading' });

  useEffect(() => {
    let alive = true;
    const read = async () => {
      try {
        const [history, records, state] = await Promise.all([
          readHistory(),
          recordsItem.getValue(),
          readEngineState(),
        ]);
        if (alive) {
          setLoad({
            status: 'ready',
            data: { history, sits: satRecords(records), state, now: Date.now() },
          });
        }
      } catch (error) {
        console.error('Limber history:', error);
        if (alive) setLoad({ status: 'error', message: String(error) });
      }
    };
    void read();
    const unwatch = [historyItem, recordsItem, engineStateItem].map((item) =>
      item.watch(() => void read()),
    );
    const timer = setInterval(() => void read(), REFRESH_MS);
    return () => {
      alive = false;
      for (const stop of unwatch) stop();
      clearInterval(timer);
    };
  }, []);

  return load;
}
