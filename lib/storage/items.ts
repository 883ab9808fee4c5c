import { readOwed } from '@/lib/session/delivery';
import { parseEngineState } from '@/lib/session/persist';
import type { BreakRecord, EngineState } from '@/lib/session/state';
import { storage } from './store';

/**
 * The one place in lib/ that touches browser storage, with the history's item in ./history.ts.
 * Values are stored raw and validated on every read, because a fallback only applies when a value
 * is missing altogether.
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

/** The stored engine state, checked and repaired against the clock at `now` (see persist.ts). */
export async function readEngineState(now: number): Promise<EngineState | null> {
  return parseEngineState(await engineStateItem.getValue(), now);
}

/**
 * The stored engine state as the background reads it: as `readEngineState`, with what an
 * interrupted run still owes the browser (see lib/session/delivery.ts).
 */
export async function readEngineStateOwing(now: number): Promise<EngineState | null> {
  const stored = await engineStateItem.getValue();
  const state = parseEngineState(stored, now);
  const owed = readOwed(stored);
  return state && owed ? { ...state, owed } : state;
}
