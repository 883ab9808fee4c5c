import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OTHER_REGION, REGION_CODES } from '@/lib/content/regions';
import {
  CUSTOM_EXERCISE_MODES,
  DEFAULT_SETTINGS,
  NUMBER_BOUNDS,
  parseSettings,
} from '@/lib/settings/schema';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored, without a problem', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('fills missing fields with their defaults silently', () => {
    const { settings, problems } = parseSettings({ sitMinutes: 45 });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, sitMinutes: 45 });
  });

  it('repairs each bad field to its default and keeps the good ones', () => {
    const { settings, problems } = parseSettings({
      sitMinutes: 'forty',
      breakMinutes: 3,
      showBadge: 'yes',
      idleSeconds: 5,
      excludedCategories: ['neck', 'flying'],
      workingHours: { enabled: true, days: [], start: 600, end: 1000 },
    });
    expect(settings.sitMinutes).toBe(DEFAULT_SETTINGS.sitMinutes);
    expect(settings.breakMinutes).toBe(3);
    expect(settings.showBadge).toBe(DEFAULT_SETTINGS.showBadge);
    expect(settings.idleSeconds).toBe(DEFAULT_SETTINGS.idleSeconds);
    expect(settings.excludedCategories).toEqual([]);
    expect(settings.workingHours).toEqual({
      enabled: true,
      days: DEFAULT_SETTINGS.workingHours.days,
      start: 600,
      end: 1000,
    });
    expect(problems.map((p) => p.field).sort()).toEqual(
      ['excludedCategories', 'idleSeconds', 'showBadge', 'sitMinutes', 'workingHours.days'].sort(),
    );
  });

  it('repairs working hours that end before they start', () => {
    const { settings, problems } = parseSettings({ workingHours: { start: 600, end: 500 } });
    expect(settings.workingHours.start).toBe(DEFAULT_SETTINGS.workingHours.start);
    expect(settings.workingHours.end).toBe(DEFAULT_SETTINGS.workingHours.end);
    expect(problems).toEqual([{ field: 'workingHours.end', problem: 'end-before-start' }]);
  });

  it('takes the region from the browser by default, without a problem', () => {
    expect(DEFAULT_SETTINGS.region).toBe('');
    expect(parseSettings({ sitMinutes: 45 })).toEqual({
      settings: { ...DEFAULT_SETTINGS, sitMinutes: 45, region: '' },
      problems: [],
    });
  });

  it('keeps a listed country, "not listed" and "from the browser" as the region', () => {
    for (const region of ['', OTHER_REGION, 'GB', 'DE', 'US', 'PT', ...REGION_CODES]) {
      expect(parseSettings({ region })).toEqual({
        settings: { ...DEFAULT_SETTINGS, region },
        problems: [],
      });
    }
  });

  it('repairs a region the check does not list to the browser’s, and reports it', () => {
    for (const region of [
      'gb',
      'XX',
      'CN',
      'United Kingdom',
      'GB ',
      'zz',
      '__proto__',
      'constructor',
      'hasOwnProperty',
      5,
      null,
      true,
      ['GB'],
      { code: 'GB' },
    ]) {
      const { settings, problems } = parseSettings({ region, sitMinutes: 40 });
      expect(settings, JSON.stringify(region)).toEqual({
        ...DEFAULT_SETTINGS,
        sitMinutes: 40,
        region: '',
      });
      expect(problems, JSON.stringify(region)).toEqual([
        { field: 'region', problem: 'unknown-region' },
      ]);
    }
  });

  it('reports a value that is not an object at all', () => {
    for (const value of [42, 'settings', [1, 2], true]) {
      const { settings, problems } = parseSettings(value);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toEqual([{ field: '(settings)', problem: 'not-object' }]);
    }
  });

  it('never reads inherited or prototype keys', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"sitMinutes": 7, "showBadge": false}, "constructor": {"prototype": {"x": 1}}}',
    );
    const { settings } = parseSettings(hostile);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).sitMinutes).toBeUndefined();
    const inherited = Object.create({ sitMinutes: 60 });
    expect(parseSettings(inherited).settings.sitMinutes).toBe(DEFAULT_SETTINGS.sitMinutes);
  });

  it('returns a fresh object that does not share arrays with the defaults', () => {
    const { settings } = parseSettings({});
    settings.workingHours.days.push(0);
    settings.excludedCategories.push('neck');
    expect(DEFAULT_SETTINGS.workingHours.days).toEqual([1, 2, 3, 4, 5]);
    expect(DEFAULT_SETTINGS.excludedCategories).toEqual([]);
  });

  it('has the diary, flare, own-exercise and sit-stand settings off, or at their defaults', () => {
    expect(parseSettings({})).toEqual({
      settings: expect.objectContaining({
        painDiary: false,
        checkInPrompt: false,
        checkInTime: 960,
        flareDays: 7,
        flareHeatCold: false,
        customExerciseMode: 'mixed',
        sitStand: false,
        standMinutes: 30,
      }),
      problems: [],
    });
    expect(NUMBER_BOUNDS.flareDays).toEqual({ min: 1, max: 14 });
    expect(NUMBER_BOUNDS.standMinutes).toEqual({ min: 10, max: 120 });
  });

  it('repairs a bad check-in time or exercise mode and reports it', () => {
    for (const checkInTime of [-1, 1440, 12.5, '09:00', null]) {
      expect(parseSettings({ checkInTime })).toEqual({
        settings: DEFAULT_SETTINGS,
        problems: [{ field: 'checkInTime', problem: 'not-time' }],
      });
    }
    for (const customExerciseMode of ['mine', '', 1, ['only'], 'ONLY']) {
      expect(parseSettings({ customExerciseMode })).toEqual({
        settings: DEFAULT_SETTINGS,
        problems: [{ field: 'customExerciseMode', problem: 'unknown-mode' }],
      });
    }
    expect(parseSettings({ checkInTime: 0, customExerciseMode: 'always' }).settings).toEqual({
      ...DEFAULT_SETTINGS,
      checkInTime: 0,
      customExerciseMode: 'always',
    });
    expect(parseSettings({ flareDays: 0, standMinutes: 121 }).problems).toEqual([
      { field: 'flareDays', problem: 'not-whole-number', min: 1, max: 14 },
      { field: 'standMinutes', problem: 'not-whole-number', min: 10, max: 120 },
    ]);
  });

  it('never throws, and always returns settings that read back unchanged and clean', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { settings } = parseSettings(value);
        expect(parseSettings(settings)).toEqual({ settings, problems: [] });
        for (const [field, { min, max }] of Object.entries(NUMBER_BOUNDS)) {
          const n = settings[field as keyof typeof NUMBER_BOUNDS];
          expect(n).toBeGreaterThanOrEqual(min);
          expect(n).toBeLessThanOrEqual(max);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps any valid settings exactly', () => {
    const valid = fc.record({
      sitMinutes: fc.integer({ min: 5, max: 240 }),
      breakMinutes: fc.integer({ min: 1, max: 30 }),
      maxSnoozes: fc.integer({ min: 0, max: 10 }),
      reRemind: fc.boolean(),
      region: fc.constantFrom('', OTHER_REGION, ...REGION_CODES),
      painDiary: fc.boolean(),
      checkInPrompt: fc.boolean(),
      checkInTime: fc.integer({ min: 0, max: 1439 }),
      flareDays: fc.integer({ min: 1, max: 14 }),
      flareHeatCold: fc.boolean(),
      customExerciseMode: fc.constantFrom(...CUSTOM_EXERCISE_MODES),
      sitStand: fc.boolean(),
      standMinutes: fc.integer({ min: 10, max: 120 }),
      workingHours: fc
        .record({
          enabled: fc.boolean(),
          days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
          start: fc.integer({ min: 0, max: 1439 }),
          length: fc.integer({ min: 1, max: 1440 }),
        })
        .filter((h) => h.start + h.length <= 1440)
        .map(({ enabled, days, start, length }) => ({
          enabled,
          days: [...days].sort((a, b) => a - b),
          start,
          end: start + length,
        })),
    });
    fc.assert(
      fc.property(valid, (partial) => {
        const { settings, problems } = parseSettings(partial);
        expect(problems).toEqual([]);
        expect(settings).toMatchObject(partial);
      }),
    );
  });
});
