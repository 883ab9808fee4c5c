import { historyItem, recordsItem } from './items';
import { removeItems } from './store';

/**
 * Forgets the history: the daily totals and the raw records they came from. Settings and the
 * session under way stay. One storage call, so no reader sees one cleared without the other.
 */
export async function clearHistory(): Promise<void> {
  await removeItems([historyItem, recordsItem]);
}
