import type { HistoryData } from '@/lib/history/aggregate';
import { parseHistory } from '@/lib/history/parse';
import { parseEngineState } from '@/lib/session/persist';
import type { BreakRecord, EngineState } from '@/lib/session/state';
import { storage } from './store';

/**
 * The one place in lib/ that touches browser storage. Values are stored raw and validated on
 * every read, because a fallback only applies when a value is missing altogether.
 */

// Settings live in sync storage with a local fallback; see ./settings.ts.
export {
  loadSettings,
  readSettings,
  type SettingsPlace,
  saveSettings,
  settingsItem,
  watchSettings,
} from './settings';
export const engineStateItem = storage.defineItem<unknown>('local:engine');
export const recordsItem = storage.defineItem<BreakRecord[]>('local:records', { fallback: [] });

/**
 * Per-day history totals (lib/history/aggregate.ts), kept a year. A change of format raises
 * `version` and adds the step from the old shape under `migrations`; the value is still parsed
 * on every read, because a migration that fails is only logged.
 */
export const historyItem = storage.defineItem<unknown>('local:history', {
  version: 1,
  migrations: {},
});

export async function readEngineState(): Promise<EngineState | null> {
  return parseEngineState(await engineStateItem.getValue());
}

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
