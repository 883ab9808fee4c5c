import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import {
  exportSettings,
  MAX_IMPORT_BYTES,
  parseSettingsFile,
  SETTINGS_FILE_KIND,
  showValue,
  tooLargeMessage,
} from '@/lib/settings/transfer';
import { useTestLocale } from '../../support/i18n';

const NOW = new Date(2025, 2, 14, 9, 30).getTime();

const mine: Settings = {
  ...DEFAULT_SETTINGS,
  sitMinutes: 45,
  showBadge: false,
  excludedCategories: ['standing', 'neck'],
  workingHours: { enabled: true, days: [1, 2, 3], start: 480, end: 1020 },
  region: 'GB',
};

function fileWith(settings: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    kind: SETTINGS_FILE_KIND,
    version: SETTINGS_VERSION,
    settings,
    ...extra,
  });
}

function problemsOf(text: string): string[] {
  const result = parseSettingsFile(text);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problems;
}

describe('exportSettings', () => {
  it('names the file after the local date and writes the settings with their version', () => {
    const { fileName, text } = exportSettings(mine, NOW);
    expect(fileName).toBe('limber-settings-2025-03-14.json');
    expect(JSON.parse(text)).toEqual({
      kind: 'limber-settings',
      version: SETTINGS_VERSION,
      exportedAt: new Date(NOW).toISOString(),
      settings: mine,
    });
  });

  it('round-trips through import unchanged', () => {
    expect(parseSettingsFile(exportSettings(mine, NOW).text)).toEqual({
      ok: true,
      settings: mine,
      sections: {},
    });
  });
});

describe('parseSettingsFile', () => {
  it('refuses text that is not JSON', () => {
    expect(problemsOf('{ sitMinutes: 30')).toEqual([
      'This file is not valid JSON, so it is not a Limber settings file.',
    ]);
    expect(problemsOf('')).toHaveLength(1);
  });

  it('refuses JSON that is not a Limber settings file', () => {
    const message = 'This is not a Limber settings file: use a file made with "Export settings".';
    for (const text of ['[]', '42', 'null', '"x"', '{"sitMinutes": 30}', '{"kind": "other"}']) {
      expect(problemsOf(text)).toEqual([message]);
    }
  });

  it('refuses a file from a newer version, saying what to do', () => {
    expect(problemsOf(fileWith(mine, { version: SETTINGS_VERSION + 1 }))).toEqual([
      `This file was made by a newer version of Limber (settings version ${SETTINGS_VERSION + 1}). Update Limber, then import it again.`,
    ]);
  });

  it('refuses a missing or nonsense version', () => {
    for (const version of [undefined, 0, -1, 1.5, '2', null]) {
      expect(problemsOf(fileWith(mine, { version }))).toEqual([
        'This settings file has no valid version number.',
      ]);
    }
  });

  it('refuses a file without a settings object', () => {
    for (const settings of [undefined, null, [], 'x', 3]) {
      expect(problemsOf(fileWith(settings))).toEqual(['This settings file has no settings in it.']);
    }
  });

  it('reports every bad field, by its label, with what the file has', () => {
    const problems = problemsOf(
      fileWith({
        ...mine,
        sitMinutes: 'thirty',
        breakMinutes: -2,
        showBadge: 'yes',
        workingHours: { enabled: true, days: [], start: 480, end: 1020 },
      }),
    );
    expect(problems).toEqual([
      'Working days (workingHours.days) must list at least one weekday; the file has [].',
      'Sitting time before a break (sitMinutes) must be a whole number from 5 to 240; the file has "thirty".',
      'Break length (breakMinutes) must be a whole number from 1 to 30; the file has -2.',
      'Show the minutes left on the toolbar button (showBadge) must be true or false; the file has "yes".',
    ]);
  });

  it('reports problems in the browser’s language, naming fields as the page does', () => {
    useTestLocale('de');
    const problems = problemsOf(
      fileWith({ ...mine, idleSeconds: 5000, colour: 'blue', breakMinutes: 10 }),
    );
    expect(problems).toEqual([
      '"colour" ist keine Limber-Einstellung.',
      'Abwesend nach (idleSeconds) muss eine ganze Zahl von 15 bis 3600 sein; die Datei enthält 5000.',
      'Länge der längeren Pause (longBreakMinutes): Darf nicht kürzer sein als eine normale Pause (10 Minuten).',
    ]);
    useTestLocale('fr');
    expect(problemsOf('{')).toEqual([
      'Ce fichier n’est pas du JSON valide, ce n’est donc pas un fichier de réglages Limber.',
    ]);
  });

  it('reports unknown and missing fields', () => {
    const { maxSnoozes: _dropped, ...partial } = mine;
    const problems = problemsOf(
      fileWith({ ...partial, colour: 'blue', workingHours: { ...mine.workingHours, lunch: 1 } }),
    );
    expect(problems).toEqual([
      '"colour" is not a Limber setting.',
      '"workingHours.lunch" is not a Limber setting.',
      'Snoozes in a row (maxSnoozes) is missing.',
    ]);
  });

  it('refuses an end of the working day before its start', () => {
    const problems = problemsOf(
      fileWith({ ...mine, workingHours: { ...mine.workingHours, start: 600, end: 540 } }),
    );
    expect(problems).toEqual([
      'Working hours end (workingHours.end) must be after the start time; the file has 540.',
    ]);
  });

  it('refuses a longer break shorter than a normal one', () => {
    expect(problemsOf(fileWith({ ...mine, breakMinutes: 10, longBreakMinutes: 5 }))).toEqual([
      'Longer break length (longBreakMinutes): Cannot be shorter than a normal break (10 minutes).',
    ]);
  });

  it('fills fields an older (partial) version did not store from the defaults', () => {
    const result = parseSettingsFile(fileWith({ sitMinutes: 25 }, { version: 1 }));
    expect(result).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, sitMinutes: 25 },
      sections: {},
    });
  });

  it('refuses a country the check does not list, saying what the field takes', () => {
    expect(problemsOf(fileWith({ ...mine, region: 'Narnia' }))).toEqual([
      'Country or region (region) must be a country from Limber\'s list, "ZZ" for one not listed, or "" to take it from the browser; the file has "Narnia".',
    ]);
    expect(problemsOf(fileWith({ ...mine, region: 44 }))).toEqual([
      expect.stringMatching(/^Country or region \(region\) must be .* the file has 44\.$/),
    ]);
    useTestLocale('de');
    expect(problemsOf(fileWith({ ...mine, region: 'gb' }))).toEqual([
      'Land oder Region (region) muss ein Land aus der Liste von Limber sein, "ZZ" für ein Land, das nicht darin steht, oder "", um es vom Browser zu übernehmen; die Datei enthält "gb".',
    ]);
  });

  it('carries the region both ways: a country, "not listed" and "from the browser"', () => {
    for (const region of ['DE', 'ZZ', '']) {
      const settings = { ...mine, region };
      const { text } = exportSettings(settings, NOW);
      expect(JSON.parse(text).settings.region).toBe(region);
      expect(parseSettingsFile(text)).toEqual({ ok: true, settings, sections: {} });
    }
  });

  it('reads a v2 file, made before the region existed, with the region from the browser', () => {
    const { region: _new, ...v2 } = mine;
    expect(parseSettingsFile(fileWith(v2, { version: 2 }))).toEqual({
      ok: true,
      settings: { ...mine, region: '' },
      sections: {},
    });
    // A v2 file still has to name every field v2 had.
    const { maxSnoozes: _dropped, ...partial } = v2;
    expect(problemsOf(fileWith(partial, { version: 2 }))).toEqual([
      'Snoozes in a row (maxSnoozes) is missing.',
    ]);
    // A v2 file from this version's own export (with the region) reads the same.
    expect(parseSettingsFile(fileWith(mine, { version: 2 }))).toEqual({
      ok: true,
      settings: mine,
      sections: {},
    });
  });

  it('refuses a current file without the region', () => {
    const { region: _dropped, ...partial } = mine;
    expect(problemsOf(fileWith(partial))).toEqual(['Country or region (region) is missing.']);
  });

  it('reads a v3 file, made before the diary, flare and sit-stand settings, with each at its default', () => {
    const {
      painDiary: _a,
      checkInPrompt: _b,
      checkInTime: _c,
      flareDays: _d,
      flareHeatCold: _e,
      customExerciseMode: _f,
      sitStand: _g,
      standMinutes: _h,
      ...v3
    } = mine;
    expect(Object.keys(v3)).toHaveLength(Object.keys(mine).length - 8);
    expect(parseSettingsFile(fileWith(v3, { version: 3 }))).toEqual({
      ok: true,
      settings: {
        ...mine,
        painDiary: false,
        checkInPrompt: false,
        checkInTime: 960,
        flareDays: 7,
        flareHeatCold: false,
        customExerciseMode: 'mixed',
        sitStand: false,
        standMinutes: 30,
      },
      sections: {},
    });
    // A current file must name them.
    expect(problemsOf(fileWith(v3))).toHaveLength(8);
    expect(problemsOf(fileWith({ ...v3, painDiary: true, checkInPrompt: false }))).toContain(
      'Flare mode lasts (flareDays) is missing.',
    );
  });

  it('carries the diary, flare, own-exercise and sit-stand settings both ways', () => {
    const settings: Settings = {
      ...mine,
      painDiary: true,
      checkInPrompt: true,
      checkInTime: 9 * 60 + 15,
      flareDays: 14,
      flareHeatCold: true,
      customExerciseMode: 'only',
      sitStand: true,
      standMinutes: 45,
    };
    const { text } = exportSettings(settings, NOW);
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings, sections: {} });
  });

  it('refuses a bad check-in time, flare length, stand time or exercise mode, saying what it takes', () => {
    expect(
      problemsOf(
        fileWith({
          ...mine,
          checkInTime: 1440,
          flareDays: 15,
          standMinutes: 9,
          customExerciseMode: 'all',
          sitStand: 'yes',
        }),
      ),
    ).toEqual([
      'Flare mode lasts (flareDays) must be a whole number from 1 to 14; the file has 15.',
      'Standing time before sitting down (standMinutes) must be a whole number from 10 to 120; the file has 9.',
      'I have a sit-stand desk (sitStand) must be true or false; the file has "yes".',
      'Daily check-in time (checkInTime) must be a time of day; the file has 1440.',
      'My own exercises in breaks (customExerciseMode) must be "mixed", "always" or "only"; the file has "all".',
    ]);
    useTestLocale('fr');
    expect(problemsOf(fileWith({ ...mine, customExerciseMode: 'x' }))).toEqual([
      'Mes propres exercices pendant les pauses (customExerciseMode) doit être "mixed", "always" ou "only"\u00a0; le fichier contient "x".',
    ]);
  });

  describe('hostile input', () => {
    it('reports prototype keys as unknown and pollutes nothing', () => {
      const text = `{"kind":"${SETTINGS_FILE_KIND}","version":${SETTINGS_VERSION},"__proto__":{"polluted":1},"settings":${JSON.stringify(
        mine,
      ).replace(
        /^\{/,
        '{"__proto__":{"sitMinutes":5,"polluted":1},"constructor":{"prototype":{"polluted":1}},',
      )}}`;
      expect(problemsOf(text)).toEqual([
        '"__proto__" is not a Limber setting.',
        '"constructor" is not a Limber setting.',
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });

    it('does not take its kind or settings from the prototype chain', () => {
      const text = `{"__proto__": {"kind": "${SETTINGS_FILE_KIND}", "version": 2, "settings": {}}}`;
      expect(problemsOf(text)).toEqual([
        'This is not a Limber settings file: use a file made with "Export settings".',
      ]);
    });

    it('refuses wrong types everywhere, never throwing', () => {
      const problems = problemsOf(
        fileWith({
          ...mine,
          sitMinutes: { valueOf: 30 },
          breakMinutes: [2],
          longBreakEvery: null,
          reRemind: 1,
          workingHours: 'nine to five',
          excludedCategories: 'neck',
        }),
      );
      expect(problems).toHaveLength(6);
      expect(problems).toContain(
        'Working hours (workingHours) is not an object; the file has "nine to five".',
      );
      expect(problems).toContain(
        'Exercises to leave out (excludedCategories) lists an unknown kind of exercise; the file has "neck".',
      );
    });

    it('never echoes a huge string back, and refuses a huge file outright', () => {
      const huge = 'x'.repeat(20_000);
      const [problem] = problemsOf(fileWith({ ...mine, sitMinutes: huge }));
      expect(problem?.length).toBeLessThan(200);
      expect(problem).toContain('"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…');

      const big = fileWith({ ...mine, note: 'y'.repeat(MAX_IMPORT_BYTES) });
      expect(problemsOf(big)).toEqual([
        'This file is 513 kB, far too large for a Limber settings file (even with a year of the pain diary and your own exercises, they are under 200 kB).',
      ]);
    });

    it('survives deep nesting', () => {
      const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      expect(problemsOf(fileWith(null).replace('null', deep))).toEqual([
        'This settings file has no settings in it.',
      ]);
    });

    it('limits the size of a long key in its report', () => {
      const problems = problemsOf(fileWith({ ...mine, ['k'.repeat(5000)]: 1 }));
      expect(problems).toHaveLength(1);
      expect(problems[0]?.length).toBeLessThan(100);
    });
  });
});

describe('tooLargeMessage and showValue', () => {
  it('accepts up to the limit', () => {
    expect(tooLargeMessage(MAX_IMPORT_BYTES)).toBeNull();
    expect(tooLargeMessage(MAX_IMPORT_BYTES + 1)).toMatch(/far too large/);
  });

  it('shows values briefly', () => {
    expect(showValue(5)).toBe('5');
    expect(showValue(undefined)).toBe('undefined');
    expect(showValue('a'.repeat(100))).toHaveLength(41);
  });
});

describe('the diary and own exercises in a settings file (issue 19)', () => {
  useTestLocale('en');
  const diary = [
    { date: '2025-03-10', pain: 4, tags: ['stiff' as const], updatedAt: NOW - 5_000 },
    { date: '2025-03-12', pain: 6, tags: ['spasm' as const, 'leg' as const], updatedAt: NOW },
  ];
  const exercise = {
    id: 'custom-abc',
    name: 'Bird dog',
    steps: ['On hands and knees.', 'Reach one arm and the other leg out.'],
    dose: { kind: 'reps' as const, reps: 8 },
    position: 'floor' as const,
    illustration: null,
    note: 'Slowly.',
    flare: false,
  };

  it('writes each part only when it has something, and reads it back', () => {
    expect(JSON.parse(exportSettings(mine, NOW, [], { diary: [] }).text)).not.toHaveProperty(
      'diary',
    );
    const { text } = exportSettings(mine, NOW, [], { diary, customExercises: [exercise] });
    expect(JSON.parse(text)).toMatchObject({ diary, customExercises: [exercise] });
    expect(parseSettingsFile(text)).toEqual({
      ok: true,
      settings: mine,
      sections: { diary, customExercises: [exercise] },
    });
  });

  it('says what is wrong with each bad diary entry, and imports nothing', () => {
    const problems = problemsOf(
      fileWith(mine, {
        diary: [diary[0], { ...diary[1], pain: 11 }, { ...diary[1], tags: ['sore'] }, diary[0]],
      }),
    );
    expect(problems).toEqual([
      'Day 2 of the pain diary in the file is not a valid entry (a date, pain from 0 to 10, known notes, a time of edit): {"date":"2025-03-12","pain":11,"tags":["…',
      'Day 3 of the pain diary in the file is not a valid entry (a date, pain from 0 to 10, known notes, a time of edit): {"date":"2025-03-12","pain":6,"tags":["s…',
      'The pain diary in the file has 2025-03-10 twice.',
    ]);
    expect(problemsOf(fileWith(mine, { diary: { '2025-03-10': 4 } }))).toEqual([
      'The pain diary in the file is not a list of days: {"2025-03-10":4}',
    ]);
    const tooMany = Array.from({ length: 400 }, () => diary[0]);
    expect(problemsOf(fileWith(mine, { diary: tooMany }))).toEqual([
      'The pain diary in the file has 400 entries; a diary keeps at most 367, one a day for a year.',
    ]);
  });

  it('refuses own exercises that are not valid', () => {
    expect(
      problemsOf(fileWith(mine, { customExercises: [exercise, { ...exercise, name: '' }] })),
    ).toEqual(['Own exercise 2 in the file: Give the exercise a name.']);
    // Every problem, in the exercise form's own words.
    expect(
      problemsOf(
        fileWith(mine, {
          customExercises: [{ ...exercise, steps: [], dose: { kind: 'reps', reps: 0 } }],
        }),
      ),
    ).toEqual([
      'Own exercise 1 in the file: Add at least one step. Use a whole number of repetitions, from 1 to 30.',
    ]);
    expect(problemsOf(fileWith(mine, { customExercises: 'none' }))).toEqual([
      'Your own exercises in the file are not a list: "none"',
    ]);
  });

  it('gives an imported exercise without an id, or with one already taken, an id of its own', () => {
    const result = parseSettingsFile(
      fileWith(mine, {
        customExercises: [exercise, { ...exercise, name: 'Again' }, { ...exercise, id: undefined }],
      }),
    );
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const ids = result.sections.customExercises?.map((e) => e.id) ?? [];
    expect(ids[0]).toBe(exercise.id);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^custom-[a-z0-9]+$/);
  });

  it('keeps a file at every limit under the import limit', () => {
    const year = Array.from({ length: 367 }, (_, i) => ({
      date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      pain: 10,
      tags: ['stiff' as const, 'spasm' as const, 'leg' as const, 'night' as const],
      updatedAt: NOW,
    }));
    const long = (n: number) => 'é'.repeat(n);
    const full = Array.from({ length: 30 }, (_, i) => ({
      ...exercise,
      id: `custom-${i}`,
      name: long(60),
      steps: Array.from({ length: 6 }, () => long(160)),
      note: long(300),
    }));
    const { text } = exportSettings(mine, NOW, [], { diary: year, customExercises: full });
    expect(new TextEncoder().encode(text).length).toBeLessThan(200 * 1024);
  });
});
