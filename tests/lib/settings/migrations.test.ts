import { describe, expect, it } from 'vitest';
import { migrateSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

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
    expect(migrateSettings('not settings', 1)).toEqual(DEFAULT_SETTINGS);
  });

  it('leaves a current value alone', () => {
    const current = { ...DEFAULT_SETTINGS, sitMinutes: 50 };
    expect(migrateSettings(current, SETTINGS_VERSION)).toBe(current);
  });
});
