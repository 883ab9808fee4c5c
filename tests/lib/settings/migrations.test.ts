import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '@/lib/settings/fields';
import {
  FIELD_SINCE,
  migrateSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  storedAt,
} from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/lib/settings/schema';

/** The fields settings version 4 added (issues 19 and 20). */
const V4_FIELDS: readonly (keyof Settings)[] = [
  'painDiary',
  'checkInPrompt',
  'checkInTime',
  'flareDays',
  'flareHeatCold',
  'customExerciseMode',
  'sitStand',
  'standMinutes',
];

describe('settings migrations', () => {
  it('has a migration for every version after the first', () => {
    for (let version = 2; version <= SETTINGS_VERSION; version++) {
      expect(SETTINGS_MIGRATIONS[version], `migration to v${version}`).toBeTypeOf('function');
    }
  });

  it('v1 -> v2 writes out every field, keeping what the user chose', () => {
    const v1 = { sitMinutes: 45, workingHours: { enabled: true } };
    expect(migrateSettings(v1, 1)).toEqual({
      ...DEFAULT_SETTINGS,
      sitMinutes: 45,
      workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true },
    });
  });

  it('v1 -> v2 repairs corrupt fields instead of failing', () => {
    const migrated = migrateSettings({ sitMinutes: -1, showBadge: false, junk: 'x' }, 1);
    expect(migrated).toEqual({ ...DEFAULT_SETTINGS, showBadge: false });
  });

  it('leaves a value that holds no settings as it is, so readers fall back to the other copy', () => {
    // Made into the defaults, a damaged copy would pass for the user's own settings.
    for (const damaged of ['not settings', 42, true, [], [{ sitMinutes: 45 }]]) {
      for (const step of Object.values(SETTINGS_MIGRATIONS)) expect(step(damaged)).toBe(damaged);
      for (let from = 1; from < SETTINGS_VERSION; from++) {
        expect(migrateSettings(damaged, from), `${JSON.stringify(damaged)} from v${from}`).toBe(
          damaged,
        );
      }
    }
    // Read, it is still no settings: the defaults stand in for them.
    expect(parseSettings(migrateSettings('not settings', 1)).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('v2 -> v3 adds the region, from the browser, keeping everything else', () => {
    const { region: _added, ...v2 }: Settings = {
      ...DEFAULT_SETTINGS,
      sitMinutes: 50,
      breakSound: true,
      excludedCategories: ['neck'],
      workingHours: { enabled: true, days: [1, 3], start: 480, end: 960 },
    };
    expect(v2).not.toHaveProperty('region');
    expect(migrateSettings(v2, 2)).toEqual({ ...v2, region: '' });
  });

  it('v2 -> v3 repairs a v2 value that is corrupt, as v2 did', () => {
    expect(migrateSettings({ sitMinutes: 'x', showBadge: false }, 2)).toEqual({
      ...DEFAULT_SETTINGS,
      showBadge: false,
    });
    expect(migrateSettings({}, 2)).toEqual(DEFAULT_SETTINGS);
  });

  it('v3 -> v4 adds the diary, flare, own-exercise and sit-stand settings, each off or at its default', () => {
    const v3 = {
      ...Object.fromEntries(
        Object.entries(DEFAULT_SETTINGS).filter(
          ([key]) => !V4_FIELDS.includes(key as keyof Settings),
        ),
      ),
      sitMinutes: 45,
      region: 'DE',
      excludedCategories: ['neck'],
    };
    for (const key of V4_FIELDS) expect(v3).not.toHaveProperty(key);
    expect(migrateSettings(v3, 3)).toEqual({
      ...v3,
      painDiary: false,
      checkInPrompt: false,
      checkInTime: 16 * 60,
      flareDays: 7,
      flareHeatCold: false,
      customExerciseMode: 'mixed',
      sitStand: false,
      standMinutes: 30,
    });
  });

  it('v3 -> v4 repairs a corrupt v3 value, and brings a v1 value all the way', () => {
    expect(migrateSettings({ sitMinutes: 'x', region: 'GB' }, 3)).toEqual({
      ...DEFAULT_SETTINGS,
      region: 'GB',
    });
    expect(migrateSettings({ breakMinutes: 4 }, 1)).toEqual({
      ...DEFAULT_SETTINGS,
      breakMinutes: 4,
    });
  });

  it('knows which fields a complete value of each version holds', () => {
    expect(SETTINGS_VERSION).toBe(4);
    expect(FIELD_SINCE).toEqual({ region: 3, ...Object.fromEntries(V4_FIELDS.map((k) => [k, 4])) });
    expect(storedAt(SETTING_KEYS, 1)).toEqual([]);
    expect(storedAt(SETTING_KEYS, 2)).toEqual(
      SETTING_KEYS.filter((key) => key !== 'region' && !V4_FIELDS.includes(key)),
    );
    expect(storedAt(SETTING_KEYS, 3)).toEqual(
      SETTING_KEYS.filter((key) => !V4_FIELDS.includes(key)),
    );
    expect(storedAt(SETTING_KEYS, 4)).toEqual([...SETTING_KEYS]);
  });

  it('leaves a current value alone', () => {
    const current = { ...DEFAULT_SETTINGS, sitMinutes: 50 };
    expect(migrateSettings(current, SETTINGS_VERSION)).toBe(current);
  });
});
