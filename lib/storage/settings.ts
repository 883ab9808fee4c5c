import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '@/lib/settings/migrations';
import { type ParsedSettings, parseSettings, type Settings } from '@/lib/settings/schema';
import { storage } from './store';

/**
 * Where the settings live. They belong in `storage.sync`, so they follow the user to every
 * browser signed in to the same account. When sync refuses a write (over its quota, or turned
 * off), they are kept in `storage.local` instead and `settingsPlace` says so, until a later save
 * reaches sync again. Values are validated on every read: a migration failure is only logged
 * (./store.ts), and a synced value may come from another version of Limber.
 */

export type SettingsPlace =
  | { area: 'sync' }
  | {
      area: 'local';
      /** `quota`: sync storage refused the write as too much or too often; `unavailable`: any other failure. */
      reason: 'quota' | 'unavailable';
    };

const versioned = { version: SETTINGS_VERSION, migrations: { ...SETTINGS_MIGRATIONS } };

export const settingsItem = storage.defineItem<unknown>('sync:settings', versioned);
export const localSettingsItem = storage.defineItem<unknown>('local:settings', versioned);
export const settingsPlaceItem = storage.defineItem<unknown>('local:settingsPlace');

export function parsePlace(value: unknown): SettingsPlace {
  if (typeof value === 'object' && value !== null && 'area' in value && value.area === 'local') {
    const reason = 'reason' in value && value.reason === 'quota' ? 'quota' : 'unavailable';
    return { area: 'local', reason };
  }
  return { area: 'sync' };
}

export interface LoadedSettings extends ParsedSettings {
  place: SettingsPlace;
}

/** The settings, repaired field by field where stored values are wrong, and where they live. */
export async function loadSettings(): Promise<LoadedSettings> {
  const place = parsePlace(await settingsPlaceItem.getValue());
  if (place.area === 'sync') {
    try {
      return { ...parseSettings(await settingsItem.getValue()), place };
    } catch {
      // Sync cannot even be read: the local copy is all there is.
      return {
        ...parseSettings(await localSettingsItem.getValue()),
        place: { area: 'local', reason: 'unavailable' },
      };
    }
  }
  return { ...parseSettings(await localSettingsItem.getValue()), place };
}

export async function readSettings(): Promise<Settings> {
  return (await loadSettings()).settings;
}

function isQuotaError(error: unknown): boolean {
  // Chrome: "QUOTA_BYTES quota exceeded", "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded";
  // Firefox: "QuotaExceededError: storage.sync API call exceeded its quota limitations."
  return /quota/i.test(error instanceof Error ? error.message : String(error));
}

/**
 * Saves complete settings: to sync if it takes them, else to this browser only. Refuses (throws)
 * anything that is not valid, so no caller can store a bad value.
 */
export async function saveSettings(settings: Settings): Promise<SettingsPlace> {
  const { settings: clean, problems } = parseSettings(settings);
  if (problems.length > 0) {
    throw new Error(`Invalid settings not saved: ${problems.map((p) => p.field).join(', ')}`);
  }
  try {
    await settingsItem.setValue(clean);
  } catch (error) {
    const place: SettingsPlace = {
      area: 'local',
      reason: isQuotaError(error) ? 'quota' : 'unavailable',
    };
    await localSettingsItem.setValue(clean);
    await settingsPlaceItem.setValue(place);
    return place;
  }
  if (parsePlace(await settingsPlaceItem.getValue()).area !== 'sync') {
    await settingsPlaceItem.removeValue();
  }
  return { area: 'sync' };
}

/**
 * Calls `onChange` whenever the settings may have changed, wherever they live: on this device,
 * from another device through sync, or by moving between sync and local.
 */
export function watchSettings(onChange: () => void): () => void {
  const stops: (() => void)[] = [];
  for (const item of [settingsItem, localSettingsItem, settingsPlaceItem]) {
    try {
      stops.push(item.watch(() => onChange()));
    } catch {
      // A storage area that does not exist cannot change.
    }
  }
  return () => {
    for (const stop of stops) stop();
  };
}
