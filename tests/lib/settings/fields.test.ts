import { describe, expect, it } from 'vitest';
import { readCatalogs } from '@/lib/i18n/files';
import {
  BOOLEAN_FIELDS,
  customModeLabel,
  fieldHelp,
  fieldLabel,
  isLabelledField,
  LABELLED_FIELDS,
  NUMBER_FIELDS,
  NUMBER_UNITS,
  rangeText,
  SETTING_KEYS,
  unitWord,
  withUnit,
} from '@/lib/settings/fields';
import {
  CUSTOM_EXERCISE_MODES,
  DEFAULT_SETTINGS,
  NUMBER_BOUNDS,
  parseSettings,
} from '@/lib/settings/schema';
import { useTestLocale } from '../../support/i18n';

const english = readCatalogs().en;

describe('setting labels', () => {
  it('lists every setting there is', () => {
    expect([...SETTING_KEYS].sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('labels every number setting with a unit, help and range', () => {
    expect([...NUMBER_FIELDS].sort()).toEqual(Object.keys(NUMBER_BOUNDS).sort());
    expect(Object.keys(NUMBER_UNITS).sort()).toEqual(Object.keys(NUMBER_BOUNDS).sort());
    for (const field of NUMBER_FIELDS) {
      expect(fieldLabel(field)).not.toMatch(/^settings_/);
      expect(unitWord(field)).toMatch(/^[a-z]+s$/);
      expect(fieldHelp(field)).toMatch(/\.$/);
      expect(rangeText(field)).toMatch(/^From \d+ to \d+ [a-z]+s\.$/);
    }
  });

  it('labels every true/false setting', () => {
    const booleans = Object.entries(DEFAULT_SETTINGS)
      .filter(([, value]) => typeof value === 'boolean')
      .map(([key]) => key);
    expect([...BOOLEAN_FIELDS].sort()).toEqual(booleans.sort());
    for (const field of BOOLEAN_FIELDS) expect(fieldHelp(field)).toMatch(/\.$/);
  });

  it('has an English label for every field it names, and no label unused', () => {
    // A missing message would show as its own name.
    for (const field of LABELLED_FIELDS) expect(fieldLabel(field)).not.toMatch(/^settings_/);
    const labelKeys = Object.keys(english).filter((key) => /^settings_.*_label$/.test(key));
    expect(labelKeys).toHaveLength(LABELLED_FIELDS.length);
  });

  it('labels the country setting and says what it is for', () => {
    expect(fieldLabel('region')).toBe('Country or region');
    expect(fieldHelp('region')).toBe(
      'Chooses the emergency and urgent-care numbers the red-flag check shows.',
    );
    useTestLocale('de');
    expect(fieldLabel('region')).toBe('Land oder Region');
  });

  it('labels the diary, flare, own-exercise and sit-stand settings, with help', () => {
    expect(fieldLabel('flareDays')).toBe('Flare mode lasts');
    expect(unitWord('flareDays')).toBe('days');
    expect(rangeText('flareDays')).toBe('From 1 to 14 days.');
    expect(withUnit(1, 'flareDays')).toBe('1 day');
    expect(rangeText('standMinutes')).toBe('From 10 to 120 minutes.');
    expect(fieldLabel('checkInTime')).toBe('Daily check-in time');
    expect(fieldHelp('checkInTime')).toMatch(/\.$/);
    expect(fieldHelp('customExerciseMode')).toMatch(/\.$/);
    expect(CUSTOM_EXERCISE_MODES.map(customModeLabel)).toEqual([
      "Mixed with Limber's",
      'Always include one of mine',
      'Only mine',
    ]);
    useTestLocale('es');
    expect(withUnit(3, 'flareDays')).toBe('3 días');
    expect(customModeLabel('only')).toBe('Solo los míos');
  });

  it('has a label for every field a stored value can be wrong in', () => {
    const { problems } = parseSettings({
      ...Object.fromEntries(SETTING_KEYS.map((key) => [key, 'wrong'])),
      workingHours: { enabled: 'x', days: 'x', start: 'x', end: 'x' },
    });
    for (const { field } of problems) expect(isLabelledField(field), field).toBe(true);
    expect(isLabelledField('constructor')).toBe(false);
  });

  it('writes units in the singular for one', () => {
    expect(withUnit(1, 'sitMinutes')).toBe('1 minute');
    expect(withUnit(15, 'idleSeconds')).toBe('15 seconds');
    expect(withUnit(1, 'maxSnoozes')).toBe('1 snooze');
  });

  it('writes numbers as the field takes them, without a thousands separator', () => {
    expect(withUnit(3600, 'idleSeconds')).toBe('3600 seconds');
    expect(rangeText('idleSeconds')).toBe('From 15 to 3600 seconds.');
  });

  it('speaks the browser’s language', () => {
    useTestLocale('de');
    expect(fieldLabel('breakMinutes')).toBe('Pausenlänge');
    expect(withUnit(1, 'breakMinutes')).toBe('1 Minute');
    expect(rangeText('idleSeconds')).toBe('Von 15 bis 3600 Sekunden.');
    useTestLocale('fr');
    // French counts zero as singular.
    expect(withUnit(0, 'maxSnoozes')).toMatch(/^0 \S+[^s]$/);
  });
});
