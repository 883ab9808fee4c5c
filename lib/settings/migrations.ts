/**
 * Versions of the stored settings, and how each older one becomes the next.
 *
 * v1 (the first engine release, unversioned): any subset of the fields; a missing field meant
 *    "whatever the current default is".
 * v2: every field is stored, each valid. A later release that changes a default therefore does
 *    not silently change the schedule of someone who already has settings: such a change must be
 *    a migration of its own, where it can be decided and tested.
 *
 * Migrations are pure and must accept anything (a synced value may come from any version or be
 * corrupt); reading still validates every field afterwards.
 */

import { parseSettings, type Settings } from './schema';

export const SETTINGS_VERSION = 2;

export const SETTINGS_MIGRATIONS: Readonly<Record<number, (old: unknown) => unknown>> = {
  2: (old: unknown): Settings => parseSettings(old).settings,
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
