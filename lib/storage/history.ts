import { clearDiary } from './diary';
import { historyItem, recordsItem } from './items';
import { removeItems } from './store';

/**
 * Forgets the history: the daily totals and the raw records they came from, then the pain diary
 * kept beside them (issue 19; in sync and on this computer). Settings and the session under way
 * stay. The totals and records go in one storage call, so no reader sees one cleared without the
 * other.
 */
export async function clearHistory(): Promise<void> {
  await removeItems([historyItem, recordsItem]);
  await clearDiary();
}
