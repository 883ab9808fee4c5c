import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { effectiveSettings } from '@/lib/settings/policy';
import { isRecord, type ParsedSettings, parseSettings, type Settings } from '@/lib/settings/schema';
import { localSettingsItem, type SettingsPlace, settingsItem, settingsPlaceItem } from './items';
import { readPolicy, watchPolicy } from './policy';
import { NEWER_VERSION } from './store';

export {
  localSettingsItem,
  parsePlace,
  type SettingsPlace,
  settingsItem,
  settingsPlaceItem,
} from './items';

/**
 * Where the settings live. They belong in `storage.sync`, so they follow the user to every
 * browser signed in to the same account. When sync refuses a write (over its quota, or turned
 * off), they are kept in `storage.local` instead and `settingsPlace` says so, until a later save
 * reaches sync again. Values are validated on every read: a migration failure is only logged
 * (./store.ts), and a synced value may come from another version of Limber.
 *
 * Settings synced by a newer Limber (another computer updated first) are read field by field:
 * this version takes the fields it knows and ignores the rest. It never writes over them
 * (`keepNewer`): a change made here is saved to this computer only, with `settingsPlace`
 * saying why, so the user can still change this computer's schedule while the newer settings
 * stay whole for the computers that understand them. Refusing every change instead would leave
 * this computer stuck on settings it cannot edit until Limber updates itself. Once this
 * version is the newer one (or as new), the next change goes to sync again.
 */

/** A copy that could not be read at all: sync storage refused the read. */
export const UNREADABLE = 'unreadable';

export interface LoadedSettings extends ParsedSettings {
  place: SettingsPlace;
}

/**
 * The settings, repaired field by field where stored values are wrong, and where they live.
 * Defaults stand in only for what no copy holds: a missing or unreadable local copy (cleared,
 * or lost with a profile restored from a backup) falls back to the synced one, so the next save
 * never writes defaults over the user's own values.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  const place = await settingsPlaceItem.getValue();
  // Only the copies the rule needs are read: sync's where the settings live there, this
  // computer's where they live here (or sync cannot be read), sync's when that copy holds none.
  const syncedCopy = () => settingsItem.getValue().catch((): typeof UNREADABLE => UNREADABLE);
  if (place.area === 'sync') {
    const synced = await syncedCopy();
    const local = synced === UNREADABLE ? await localSettingsItem.getValue() : null;
    return chooseSettingsCopy(place, local, synced);
  }
  const local = await localSettingsItem.getValue();
  return chooseSettingsCopy(place, local, local === null ? await syncedCopy() : null);
}

/**
 * Which stored copy of the settings counts, and where they live, from the copies read (null:
 * one that holds none of the user's values): the copy where `place` says they live; a local copy
 * that holds none falls back to the synced one; sync that cannot be read leaves the local copy.
 * Defaults stand in only for what no copy holds. `loadSettings` reads by it, and so does a
 * page's first read (lib/pages/page-data.ts), from values already read.
 */
export function chooseSettingsCopy(
  place: SettingsPlace,
  local: ParsedSettings | null,
  synced: ParsedSettings | null | typeof UNREADABLE,
): LoadedSettings {
  const syncedCopy = synced === UNREADABLE ? null : synced;
  if (place.area === 'sync') {
    return synced === UNREADABLE
      ? { ...orDefaults(local), place: { area: 'local', reason: 'unavailable' } }
      : { ...orDefaults(syncedCopy), place };
  }
  return { ...orDefaults(local ?? syncedCopy), place };
}

/** A copy that holds none of the user's values reads as the defaults. */
function orDefaults(copy: ParsedSettings | null): ParsedSettings {
  return copy ?? parseSettings(undefined);
}

/** Whether stored settings' metadata (`{ v }`) says a newer Limber than this one saved them. */
export function savedByNewerVersion(meta: unknown): boolean {
  return isRecord(meta) && (meta.v as number) > SETTINGS_VERSION;
}

/**
 * Whether the synced settings were saved by a newer Limber than this one: they are read as far
 * as this version understands them, and kept as they are.
 */
export async function syncedByNewerVersion(): Promise<boolean> {
  try {
    return savedByNewerVersion(await settingsItem.getMeta());
  } catch {
    return false;
  }
}

/**
 * The settings in force: the organisation's policy where it sets a value, the user's own
 * elsewhere (lib/settings/policy.ts). What the background and the break page run on.
 */
export async function readSettings(): Promise<Settings> {
  const [loaded, policy] = await Promise.all([loadSettings(), readPolicy()]);
  return effectiveSettings(policy, loaded.settings);
}

function whySyncRefused(error: unknown): 'quota' | 'unavailable' | 'newer' {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes(NEWER_VERSION)) return 'newer';
  // Chrome: "QUOTA_BYTES quota exceeded", "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded";
  // Firefox: "QuotaExceededError: storage.sync API call exceeded its quota limitations."
  return /quota/i.test(message) ? 'quota' : 'unavailable';
}

/**
 * Saves complete settings: to sync if it takes them, else to this browser only (sync is full,
 * off, or holds settings from a newer Limber, which are never written over). Refuses (throws)
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
    const place: SettingsPlace = { area: 'local', reason: whySyncRefused(error) };
    await localSettingsItem.setValue(clean);
    await settingsPlaceItem.setValue(place);
    return place;
  }
  if ((await settingsPlaceItem.getValue()).area !== 'sync') {
    await settingsPlaceItem.removeValue();
  }
  return { area: 'sync' };
}

/**
 * Calls `onChange` whenever the settings may have changed, wherever they live: on this device,
 * from another device through sync, by moving between sync and local, or by the organisation's
 * policy changing.
 */
export function watchSettings(onChange: () => void): () => void {
  const stops: (() => void)[] = [watchPolicy(onChange)];
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
