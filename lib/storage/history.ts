import type { HistoryData } from '@/lib/history/aggregate';
import { parseHistory } from '@/lib/history/parse';
import { recordsItem } from './items';
import { storage } from './store';

/**
 * Apart from ./items.ts so that a page which never reads the history (the popup) does not load
 * its parsing and day arithmetic along with the items it does use.
 *
 * Per-day history totals (lib/history/aggregate.ts), kept a year. A change of format raises
 * `version` and adds the step from the old shape under `migrations`; the value is still parsed
 * on every read, because a migration that fails is only logged.
 */
export const historyItem = storage.defineItem<unknown>('local:history', {
  version: 1,
  migrations: {},
});

export async function readHistory(): Promise<HistoryData> {
  return parseHistory(await historyItem.getValue());
}

/**
 * Forgets the history: the daily totals and the raw records they came from. Settings and the
 * session under way stay. One storage call, so no reader sees one cleared without the other.
 */
export async function clearHistory(): Promise<void> {
  await storage.removeItems([historyItem, recordsItem]);
}
