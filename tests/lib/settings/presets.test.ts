import { describe, expect, it } from 'vitest';
import {
  describeSchedule,
  matchingPreset,
  presetChosen,
  presetName,
  presetWhy,
  SCHEDULE_PRESETS,
} from '@/lib/settings/presets';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/settings/schema';
import { breakLengthsProblem } from '@/lib/settings/validate';
import { useTestLocale } from '../../support/i18n';

describe('schedule presets', () => {
  it.each(SCHEDULE_PRESETS.map((p) => [p.id, p] as const))(
    '%s is a valid schedule with a source',
    (_id, preset) => {
      expect(parseSettings(preset.schedule).problems).toEqual([]);
      expect(breakLengthsProblem(preset.schedule, 'longBreakMinutes')).toBeNull();
      expect(preset.sources.length).toBeGreaterThan(0);
      for (const source of preset.sources) expect(source.url).toMatch(/^https:\/\//);
    },
  );

  it('includes the defaults, so a new user sees their schedule among the choices', () => {
    expect(matchingPreset(DEFAULT_SETTINGS)?.id).toBe('default');
  });

  it('recognises a preset whatever the unused long-break length', () => {
    const often = SCHEDULE_PRESETS.find((p) => p.id === 'often');
    if (!often) throw new Error('no "often" preset');
    expect(often.schedule.longBreakEvery).toBe(0);
    expect(matchingPreset({ ...often.schedule, longBreakMinutes: 20 })?.id).toBe('often');
  });

  it('names each preset, says why, and says when it is chosen', () => {
    for (const preset of SCHEDULE_PRESETS) {
      expect(presetName(preset)).toMatch(/^Every \d+ minutes/);
      expect(presetWhy(preset)).toMatch(/\.$/);
      expect(presetChosen(preset)).toBe(`Schedule set: ${presetName(preset).toLowerCase()}`);
    }
  });

  it('matches nothing for a schedule of ones own', () => {
    expect(matchingPreset({ ...DEFAULT_SETTINGS, sitMinutes: 35 })).toBeUndefined();
  });
});

describe('describeSchedule', () => {
  it.each([
    [
      { sitMinutes: 30, breakMinutes: 2, longBreakEvery: 2, longBreakMinutes: 5 },
      'A 2-minute break after every 30 minutes of sitting; every 2nd break lasts 5 minutes.',
    ],
    [
      { sitMinutes: 20, breakMinutes: 2, longBreakEvery: 0, longBreakMinutes: 5 },
      'A 2-minute break after every 20 minutes of sitting.',
    ],
    [
      { sitMinutes: 45, breakMinutes: 3, longBreakEvery: 1, longBreakMinutes: 10 },
      'A 10-minute break after every 45 minutes of sitting.',
    ],
    [
      { sitMinutes: 50, breakMinutes: 5, longBreakEvery: 3, longBreakMinutes: 1 },
      'A 5-minute break after every 50 minutes of sitting; every 3rd break lasts 1 minute.',
    ],
    [
      { sitMinutes: 50, breakMinutes: 5, longBreakEvery: 4, longBreakMinutes: 15 },
      'A 5-minute break after every 50 minutes of sitting; every 4th break lasts 15 minutes.',
    ],
  ])('%o reads "%s"', (schedule, text) => {
    expect(describeSchedule(schedule)).toBe(text);
  });
});

describe('describeSchedule in other languages', () => {
  const schedules = [
    { sitMinutes: 30, breakMinutes: 2, longBreakEvery: 2, longBreakMinutes: 5 },
    { sitMinutes: 20, breakMinutes: 1, longBreakEvery: 0, longBreakMinutes: 5 },
    { sitMinutes: 45, breakMinutes: 3, longBreakEvery: 3, longBreakMinutes: 1 },
  ];

  it.each([
    [
      'de',
      [
        'Eine 2-minütige Pause nach je 30 Minuten Sitzen; jede 2. Pause dauert 5 Minuten.',
        'Eine 1-minütige Pause nach je 20 Minuten Sitzen.',
        'Eine 3-minütige Pause nach je 45 Minuten Sitzen; jede 3. Pause dauert 1 Minute.',
      ],
    ],
    [
      'es',
      [
        'Una pausa de 2 minutos tras cada 30 minutos sentado; una de cada 2 pausas dura 5 minutos.',
        'Una pausa de 1 minuto tras cada 20 minutos sentado.',
        'Una pausa de 3 minutos tras cada 45 minutos sentado; una de cada 3 pausas dura 1 minuto.',
      ],
    ],
    [
      'fr',
      [
        'Une pause de 2 minutes toutes les 30 minutes en position assise\u00a0; une pause sur 2 dure 5 minutes.',
        'Une pause de 1 minute toutes les 20 minutes en position assise.',
        'Une pause de 3 minutes toutes les 45 minutes en position assise\u00a0; une pause sur 3 dure 1 minute.',
      ],
    ],
  ] as const)('%s', (locale, texts) => {
    useTestLocale(locale);
    expect(schedules.map(describeSchedule)).toEqual(texts);
  });
});
