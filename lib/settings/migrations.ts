/**
 * Versions of the stored settings, and how each older one becomes the next.
 *
 * v1 (the first engine release, unversioned): any subset of the fields; a missing field meant
 *    "whatever the current default is".
 * v2: every field is stored, each valid. A later release that changes a default therefore does
 *    not silently change the schedule of someone who already has settings: such a change must be
 *    a migration of its own, where it can be decided and tested.
 * v3: adds `region`, the country whose emergency numbers the red-flag check names. A v2 value
 *    takes '' ("from the browser"), which is what the check did before there was a setting.
 * v4: adds the pain diary, its daily check-in, flare mode and the user's own exercises (issue 19)
 *    and the sit-stand desk (issue 20): `painDiary`, `checkInPrompt`, `checkInTime`, `flareDays`,
 *    `flareHeatCold`, `customExerciseMode`, `sitStand`, `standMinutes`. A v3 value takes each
 *    one's default: all are off, so nothing changes for the user until they choose it.
 *
 * Migrations are pure and must accept anything (a synced value may come from any version or be
 * corrupt); reading still validates every field afterwards.
 */

import { isRecord, parseSettings, type Settings } from './schema';

export const SETTINGS_VERSION = 4;

/**
 * The version each field was first stored in, for fields added after v2: a file of an earlier
 * version is complete without them.
 */
export const FIELD_SINCE: Readonly<Partial<Record<keyof Settings, number>>> = {
  region: 3,
  painDiary: 4,
  checkInPrompt: 4,
  checkInTime: 4,
  flareDays: 4,
  flareHeatCold: 4,
  customExerciseMode: 4,
  sitStand: 4,
  standMinutes: 4,
};

/** Every field a complete value of `version` holds (v1 values were partial: none is required). */
export function storedAt<K extends keyof Settings>(keys: readonly K[], version: number): K[] {
  if (version < 2) return [];
  return keys.filter((key) => (FIELD_SINCE[key] ?? 2) <= version);
}

// Each step writes out every field, each valid: parseSettings fills a field the older value did
// not have with its default, which for the region is '' (the browser's country). A value that
// is not even an object holds none of the user's settings and is left as it is: made into the
// defaults, it would pass for the user's own and hide the other copy (sync or this computer's)
// that readers fall back to.
const complete = (old: unknown): unknown => (isRecord(old) ? parseSettings(old).settings : old);

export const SETTINGS_MIGRATIONS: Readonly<Record<number, (old: unknown) => unknown>> = {
  2: complete,
  3: complete,
  4: complete,
};

/** Brings a value stored (or exported) at `fromVersion` up to the current version. */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  let migrated = value;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    const migrate = SETTINGS_MIGRATIONS[version];
    if (migrate) migrated = migrate(migrated);
  }
  return migrated;
}
