import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISE_CATEGORIES } from '@/lib/content/categories';
import {
  DIARY_SETTINGS,
  diaryAllowed,
  effectiveSettings,
  keepLocked,
  lockedChanges,
  lockedFields,
  NO_POLICY,
  POLICY_KEYS,
  POLICY_SETTINGS,
  parsePolicy,
  type SettingKey,
} from '@/lib/settings/policy';
import {
  BOOLEAN_FIELDS,
  DEFAULT_SETTINGS,
  NUMBER_BOUNDS,
  parseSettings,
  type Settings,
} from '@/lib/settings/schema';

const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS) as Settings;
const own = (changes: Partial<Settings>): Settings => ({ ...defaults(), ...changes });

describe('parsePolicy', () => {
  it.each([
    ['nothing (no managed storage)', undefined],
    ['null', null],
    ['an array', [1, 2]],
    ['a string', 'sitMinutes=10'],
  ])('reads %s as no policy, with nothing to report', (_name, raw) => {
    expect(parsePolicy(raw)).toEqual(NO_POLICY);
  });

  it('reads an empty object (Chrome with no policy) as no policy', () => {
    expect(parsePolicy({})).toEqual(NO_POLICY);
  });

  it.each<[string, Record<string, unknown>, Partial<Settings>]>([
    ['a number', { sitMinutes: 45 }, { sitMinutes: 45 }],
    ['the least idle time', { idleSeconds: 15 }, { idleSeconds: 15 }],
    ['a switch', { reRemind: false }, { reRemind: false }],
    [
      'working hours, each day once and in order',
      { workingHours: { enabled: true, days: [5, 1, 1], start: 480, end: 960 } },
      { workingHours: { enabled: true, days: [1, 5], start: 480, end: 960 } },
    ],
    [
      'working hours with parts left out, which take the defaults',
      { workingHours: { enabled: true } },
      { workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true } },
    ],
    ['categories', { excludedCategories: ['eyes'] }, { excludedCategories: ['eyes'] }],
    ['a country', { region: 'DE' }, { region: 'DE' }],
    ['"from the browser"', { region: '' }, { region: '' }],
  ])('takes %s', (_name, raw, values) => {
    const policy = parsePolicy(raw);
    expect(policy.values).toEqual(values);
    expect(policy.problems).toEqual([]);
    expect(policy.locked).toEqual(Object.keys(values));
  });

  it.each<[string, Record<string, unknown>, SettingKey]>([
    ['a number out of range', { sitMinutes: 1000 }, 'sitMinutes'],
    ['an idle time the browser cannot detect', { idleSeconds: 5 }, 'idleSeconds'],
    ['a fraction', { breakMinutes: 2.5 }, 'breakMinutes'],
    ['a number as text', { sitMinutes: '45' }, 'sitMinutes'],
    ['a switch as text', { showBadge: 'true' }, 'showBadge'],
    [
      'working hours ending before they start',
      { workingHours: { start: 600, end: 540 } },
      'workingHours',
    ],
    ['working hours with no day', { workingHours: { days: [] } }, 'workingHours'],
    ['working hours that are not an object', { workingHours: 'nine to five' }, 'workingHours'],
    ['an unknown category', { excludedCategories: ['juggling'] }, 'excludedCategories'],
    ['an unknown country', { region: 'XX' }, 'region'],
  ])('ignores %s, and reports it', (_name, raw, key) => {
    const policy = parsePolicy(raw);
    expect(policy.values).toEqual({});
    expect(policy.locked).toEqual([]);
    expect(policy.problems).toEqual([{ kind: 'invalid', key }]);
  });

  it('checks each key on its own: one bad value leaves the others in force', () => {
    const policy = parsePolicy({ sitMinutes: 20, idleSeconds: 5, region: 'FR' });
    expect(policy.values).toEqual({ sitMinutes: 20, region: 'FR' });
    expect(policy.locked).toEqual(['sitMinutes', 'region']);
    expect(policy.problems).toEqual([{ kind: 'invalid', key: 'idleSeconds' }]);
  });

  it('reports a key that is not one of Limber’s policies, and a personal setting', () => {
    const policy = parsePolicy({ colour: 'blue', flareDays: 3, sitMinutes: 40 });
    expect(policy.values).toEqual({ sitMinutes: 40 });
    expect(policy.problems).toEqual([
      { kind: 'unknown', key: 'colour' },
      { kind: 'unknown', key: 'flareDays' },
    ]);
  });

  it('skips a key present with no value', () => {
    expect(parsePolicy({ sitMinutes: null })).toEqual(NO_POLICY);
  });

  it('locks the listed settings, each name on its own', () => {
    const policy = parsePolicy({ lockedSettings: ['showBadge', 'nope', 'sitMinutes'] });
    expect(policy.values).toEqual({});
    expect(policy.locked).toEqual(['sitMinutes', 'showBadge']);
    expect(policy.problems).toEqual([{ kind: 'unknown-lock', name: 'nope' }]);
  });

  it.each([
    ['not a list', 'sitMinutes'],
    ['a list with a number', ['sitMinutes', 3]],
  ])('ignores a list of locked settings that is %s', (_name, lockedSettings) => {
    const policy = parsePolicy({ lockedSettings });
    expect(policy.locked).toEqual([]);
    expect(policy.problems).toEqual([{ kind: 'invalid', key: 'lockedSettings' }]);
  });

  it('keeps whether the pain diary is allowed, and reports a value that is not a yes or no', () => {
    expect(parsePolicy({ painDiaryAllowed: false }).painDiaryAllowed).toBe(false);
    expect(parsePolicy({ painDiaryAllowed: true }).painDiaryAllowed).toBe(true);
    expect(parsePolicy({}).painDiaryAllowed).toBeNull();
    const bad = parsePolicy({ painDiaryAllowed: 'no' });
    expect(bad.painDiaryAllowed).toBeNull();
    expect(bad.problems).toEqual([{ kind: 'invalid', key: 'painDiaryAllowed' }]);
  });
});

describe('effectiveSettings', () => {
  it.each<[string, Record<string, unknown>, Partial<Settings>, Partial<Settings>]>([
    ['no policy: the user’s own', {}, { sitMinutes: 50 }, { sitMinutes: 50 }],
    [
      'the policy’s value over the user’s',
      { sitMinutes: 20 },
      { sitMinutes: 50 },
      { sitMinutes: 20 },
    ],
    [
      'the user’s own where the policy is silent',
      { sitMinutes: 20 },
      { breakMinutes: 4 },
      { sitMinutes: 20, breakMinutes: 4 },
    ],
    [
      'a locked setting with no value: the default',
      { lockedSettings: ['sitMinutes'] },
      { sitMinutes: 50 },
      { sitMinutes: 30 },
    ],
    ['an invalid value: the user’s own', { sitMinutes: 2 }, { sitMinutes: 50 }, { sitMinutes: 50 }],
    [
      'the diary not allowed: the diary and its prompt off',
      { painDiaryAllowed: false },
      { painDiary: true, checkInPrompt: true, checkInTime: 600, sitMinutes: 50 },
      { painDiary: false, checkInPrompt: false, checkInTime: 600, sitMinutes: 50 },
    ],
    [
      'the diary not allowed, beside a set value: both apply',
      { painDiaryAllowed: false, sitMinutes: 20 },
      { painDiary: true, checkInPrompt: true, sitMinutes: 50 },
      { painDiary: false, checkInPrompt: false, sitMinutes: 20 },
    ],
    [
      'the diary allowed: the user’s own',
      { painDiaryAllowed: true },
      { painDiary: true, checkInPrompt: true },
      { painDiary: true, checkInPrompt: true },
    ],
    [
      'the diary allowed, and the user keeps it off: off',
      { painDiaryAllowed: true },
      { painDiary: false, checkInPrompt: true },
      { painDiary: false, checkInPrompt: true },
    ],
    [
      'the diary policy not a yes or no: ignored, the user’s own',
      { painDiaryAllowed: 'no' },
      { painDiary: true, checkInPrompt: true },
      { painDiary: true, checkInPrompt: true },
    ],
  ])('%s', (_name, raw, mine, expected) => {
    expect(effectiveSettings(parsePolicy(raw), own(mine))).toEqual(own(expected));
  });

  it('gives copies: changing the result changes neither the policy nor the user’s settings', () => {
    const policy = parsePolicy({ excludedCategories: ['eyes'] });
    const mine = own({});
    const result = effectiveSettings(policy, mine);
    result.excludedCategories.push('neck');
    result.workingHours.days.push(0);
    expect(policy.values.excludedCategories).toEqual(['eyes']);
    expect(mine.workingHours.days).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('keepLocked and lockedChanges', () => {
  it('keeps the user’s own stored value of a locked setting through any change', () => {
    const policy = parsePolicy({ sitMinutes: 20 });
    const mine = own({ sitMinutes: 50 });
    const wanted = own({ sitMinutes: 10, breakMinutes: 5 });
    expect(keepLocked(policy, wanted, mine)).toEqual(own({ sitMinutes: 50, breakMinutes: 5 }));
  });

  it('keeps the user’s own diary and prompt while the diary is not allowed', () => {
    const policy = parsePolicy({ painDiaryAllowed: false });
    const mine = own({ painDiary: true, checkInPrompt: true });
    const wanted = own({ painDiary: false, checkInPrompt: false, breakMinutes: 5 });
    expect(keepLocked(policy, wanted, mine)).toEqual(
      own({ painDiary: true, checkInPrompt: true, breakMinutes: 5 }),
    );
    // Off when they are off, and no turning them on either.
    const off = own({});
    expect(keepLocked(policy, own({ painDiary: true, checkInPrompt: true }), off)).toEqual(off);
  });

  it.each<[string, Record<string, unknown>, readonly string[]]>([
    ['no policy', {}, []],
    ['the diary allowed', { painDiaryAllowed: true }, []],
    ['the diary not allowed', { painDiaryAllowed: false }, ['painDiary', 'checkInPrompt']],
    [
      'the diary not allowed, with a set value',
      { painDiaryAllowed: false, sitMinutes: 20 },
      ['sitMinutes', 'painDiary', 'checkInPrompt'],
    ],
    ['the diary policy invalid', { painDiaryAllowed: 0 }, []],
  ])('locks with %s: %j', (_name, raw, fields) => {
    const policy = parsePolicy(raw);
    expect(lockedFields(policy)).toEqual(fields);
    expect(diaryAllowed(policy)).toBe(!fields.includes('painDiary'));
  });

  it('names the diary as locked when an import would turn it on against the policy', () => {
    const policy = parsePolicy({ painDiaryAllowed: false });
    const effective = effectiveSettings(policy, own({ painDiary: true }));
    const file = own({ painDiary: true, checkInPrompt: false });
    expect(lockedChanges(policy, file, effective)).toEqual(['painDiary']);
  });

  it('names the locked settings an import would change, not those it leaves as they are', () => {
    const policy = parsePolicy({ sitMinutes: 20, showBadge: false });
    const effective = effectiveSettings(policy, own({}));
    const file = own({ sitMinutes: 45, showBadge: false, breakMinutes: 3 });
    expect(lockedChanges(policy, file, effective)).toEqual(['sitMinutes']);
  });
});

// ---- Properties over any policy and any user's settings ----

/** A valid value for each setting an organisation may set. */
const validValue: Record<SettingKey, fc.Arbitrary<unknown>> = {
  ...(Object.fromEntries(
    Object.entries(NUMBER_BOUNDS).map(([key, { min, max }]) => [key, fc.integer({ min, max })]),
  ) as Record<keyof typeof NUMBER_BOUNDS, fc.Arbitrary<unknown>>),
  ...(Object.fromEntries(BOOLEAN_FIELDS.map((key) => [key, fc.boolean()])) as Record<
    (typeof BOOLEAN_FIELDS)[number],
    fc.Arbitrary<unknown>
  >),
  workingHours: fc
    .record({
      enabled: fc.boolean(),
      days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1 }),
      start: fc.integer({ min: 0, max: 1439 }),
      length: fc.integer({ min: 1, max: 600 }),
    })
    .map(({ length, start, ...rest }) => ({
      ...rest,
      start,
      end: Math.min(start + length, 1440),
    })),
  excludedCategories: fc.uniqueArray(fc.constantFrom(...EXERCISE_CATEGORIES)),
  region: fc.constantFrom('', 'ZZ', 'GB', 'DE', 'US', 'FR'),
};

/** Anything at all: most of it invalid for any setting. */
const junk = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer({ min: -100000, max: 100000 }),
  fc.constant([]),
  fc.object(),
  fc.array(fc.anything()),
);

/** A managed-storage object: valid values, junk, locks, and keys Limber does not know. */
const managed = fc
  .tuple(
    fc.record(validValue, { requiredKeys: [] }),
    fc.dictionary(fc.constantFrom(...POLICY_SETTINGS), junk),
    fc.option(fc.array(fc.oneof(fc.constantFrom(...POLICY_SETTINGS), fc.string())), {
      nil: undefined,
    }),
    fc.dictionary(fc.string(), fc.anything()),
    fc.option(fc.oneof(fc.boolean(), junk), { nil: undefined }),
  )
  .map(([valid, bad, lockedSettings, extra, painDiaryAllowed]) => ({
    ...extra,
    ...valid,
    ...bad,
    ...(lockedSettings ? { lockedSettings } : {}),
    ...(painDiaryAllowed === undefined ? {} : { painDiaryAllowed }),
  }));

/** Any user's valid settings. */
const userSettings: fc.Arbitrary<Settings> = fc
  .record(validValue, { requiredKeys: [] })
  .map((values) => parseSettings(values).settings);

/** Whether the value under `key` in managed storage is one the settings' checks accept. */
function isValid(key: SettingKey, value: unknown): boolean {
  return parseSettings({ [key]: value }).problems.length === 0;
}

describe('properties', () => {
  it('policy wins: every valid policy value is in force, whatever the user has', () => {
    fc.assert(
      fc.property(managed, userSettings, (raw, mine) => {
        const result = effectiveSettings(parsePolicy(raw), mine);
        for (const key of POLICY_SETTINGS) {
          if (!Object.hasOwn(raw, key) || !isValid(key, raw[key])) continue;
          expect(result[key]).toEqual(parseSettings({ [key]: raw[key] }).settings[key]);
        }
      }),
    );
  });

  it('locks hold: a locked setting is the same whatever the user’s own settings are', () => {
    fc.assert(
      fc.property(managed, userSettings, userSettings, (raw, first, second) => {
        const policy = parsePolicy(raw);
        const a = effectiveSettings(policy, first);
        const b = effectiveSettings(policy, second);
        for (const key of lockedFields(policy)) expect(a[key]).toEqual(b[key]);
        // And nothing the user stores through a change can move it.
        const stored = keepLocked(policy, second, first);
        for (const key of lockedFields(policy)) {
          expect(effectiveSettings(policy, stored)[key]).toEqual(a[key]);
        }
      }),
    );
  });

  it('an invalid policy value is never applied: the user’s own value stands, and it is reported', () => {
    fc.assert(
      fc.property(managed, userSettings, (raw, mine) => {
        const policy = parsePolicy(raw);
        const result = effectiveSettings(policy, mine);
        const listed = new Set(Array.isArray(raw.lockedSettings) ? raw.lockedSettings : []);
        for (const key of POLICY_SETTINGS) {
          if (!Object.hasOwn(raw, key) || raw[key] == null || isValid(key, raw[key])) continue;
          expect(policy.problems).toContainEqual({ kind: 'invalid', key });
          if (!listed.has(key)) expect(result[key]).toEqual(mine[key]);
        }
        // Whatever the policy holds, the settings in force pass every check.
        expect(parseSettings(result).problems).toEqual([]);
      }),
    );
  });

  it('the user’s stored values are never written over: the merge and a save keep them', () => {
    fc.assert(
      fc.property(managed, userSettings, userSettings, (raw, mine, wanted) => {
        const policy = parsePolicy(raw);
        const before = structuredClone(mine);
        effectiveSettings(policy, mine);
        expect(mine).toEqual(before);
        const stored = keepLocked(policy, wanted, mine);
        const locked: readonly string[] = lockedFields(policy);
        for (const key of lockedFields(policy)) expect(stored[key]).toEqual(mine[key]);
        for (const key of Object.keys(wanted) as (keyof Settings)[]) {
          if (!locked.includes(key)) {
            expect(stored[key]).toEqual(wanted[key]);
          }
        }
        // Without the policy, the user's own settings are in force again, as they were.
        expect(effectiveSettings(parsePolicy(undefined), stored)).toEqual(stored);
      }),
    );
  });
});

describe('painDiaryAllowed over any policy and any user’s settings', () => {
  it('false: the diary and its prompt are never in force, and the user’s own come back after', () => {
    fc.assert(
      fc.property(managed, userSettings, userSettings, (raw, mine, wanted) => {
        const policy = parsePolicy({ ...raw, painDiaryAllowed: false });
        const result = effectiveSettings(policy, mine);
        for (const key of DIARY_SETTINGS) expect(result[key]).toBe(false);
        // Whatever the user then changes, what is stored is their own, and it stands again once
        // the organisation allows the diary or drops the policy.
        const stored = keepLocked(policy, wanted, mine);
        const allowed = parsePolicy({ ...raw, painDiaryAllowed: true });
        for (const key of DIARY_SETTINGS) {
          expect(stored[key]).toBe(mine[key]);
          expect(effectiveSettings(allowed, stored)[key]).toBe(mine[key]);
          expect(effectiveSettings(NO_POLICY, stored)[key]).toBe(mine[key]);
        }
      }),
    );
  });

  it('true, absent or invalid: the user’s own diary settings are in force', () => {
    fc.assert(
      fc.property(
        managed,
        userSettings,
        fc.option(fc.oneof(fc.constant(true), junk), { nil: undefined }),
        (raw, mine, allowed) => {
          const { painDiaryAllowed: _dropped, ...rest } = raw;
          const policy = parsePolicy(
            allowed === undefined ? rest : { ...rest, painDiaryAllowed: allowed },
          );
          expect(diaryAllowed(policy)).toBe(true);
          const result = effectiveSettings(policy, mine);
          for (const key of DIARY_SETTINGS) expect(result[key]).toBe(mine[key]);
        },
      ),
    );
  });
});

describe('the managed storage schema (public/managed-schema.json)', () => {
  const schema = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../public/managed-schema.json'), 'utf8'),
  ) as { type: string; properties: Record<string, { type: string; items?: { type: string } }> };

  it('declares every policy, and nothing else', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('gives each setting the type of its value, so the browser passes valid ones on', () => {
    const typeOf = (value: unknown) =>
      Array.isArray(value)
        ? 'array'
        : typeof value === 'number'
          ? 'integer'
          : typeof value === 'object'
            ? 'object'
            : typeof value;
    for (const key of POLICY_SETTINGS) {
      expect(schema.properties[key]?.type, key).toBe(typeOf(DEFAULT_SETTINGS[key]));
    }
    expect(schema.properties.lockedSettings).toMatchObject({
      type: 'array',
      items: { type: 'string' },
    });
    expect(schema.properties.painDiaryAllowed?.type).toBe('boolean');
    // Chrome refuses a schema whose array has no item type.
    for (const [key, entry] of Object.entries(schema.properties)) {
      if (entry.type === 'array') expect(entry.items, key).toBeDefined();
    }
  });
});
