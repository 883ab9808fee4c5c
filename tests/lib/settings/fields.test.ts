import { describe, expect, it } from 'vitest';
import {
  BOOLEAN_FIELDS,
  FIELD_LABELS,
  NUMBER_FIELDS,
  SETTING_KEYS,
  withUnit,
} from '@/lib/settings/fields';
import { DEFAULT_SETTINGS, NUMBER_BOUNDS, parseSettings } from '@/lib/settings/schema';

describe('setting labels', () => {
  it('lists every setting there is', () => {
    expect([...SETTING_KEYS].sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('labels every number setting with a unit and help', () => {
    expect(Object.keys(NUMBER_FIELDS).sort()).toEqual(Object.keys(NUMBER_BOUNDS).sort());
    for (const info of Object.values(NUMBER_FIELDS)) {
      expect(info.label).not.toBe('');
      expect(info.unit).toMatch(/s$/);
      expect(info.help).toMatch(/\.$/);
    }
  });

  it('labels every true/false setting', () => {
    const booleans = Object.entries(DEFAULT_SETTINGS)
      .filter(([, value]) => typeof value === 'boolean')
      .map(([key]) => key);
    expect(Object.keys(BOOLEAN_FIELDS).sort()).toEqual(booleans.sort());
  });

  it('has a label for every field a stored value can be wrong in', () => {
    const { problems } = parseSettings({
      ...Object.fromEntries(SETTING_KEYS.map((key) => [key, 'wrong'])),
      workingHours: { enabled: 'x', days: 'x', start: 'x', end: 'x' },
    });
    for (const { field } of problems) expect(FIELD_LABELS[field], field).toBeTruthy();
  });

  it('writes units in the singular for one', () => {
    expect(withUnit(1, 'sitMinutes')).toBe('1 minute');
    expect(withUnit(15, 'idleSeconds')).toBe('15 seconds');
  });
});
