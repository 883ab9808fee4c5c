/**
 * Ready-made break schedules, each grounded in a published source (Dunstan 2012; Thorp 2014 and
 * Henson 2016; the HSE's advice on display screen work), listed in lib/content/sources.ts. A
 * preset sets only the four schedule fields; everything else stays as it is.
 */

import { SOURCES, type Source } from '@/lib/content/sources';
import { t, tn, uiLocale } from '@/lib/i18n/t';
import type { Settings } from './schema';

export type ScheduleFields = Pick<
  Settings,
  'sitMinutes' | 'breakMinutes' | 'longBreakEvery' | 'longBreakMinutes'
>;

export type PresetId = 'often' | 'default' | 'hourly';

/**
 * Its words are in the catalog under `settings_preset_<id>_*`: the name, why this schedule (in
 * our own words), and the sentence that says it was chosen.
 */
export interface SchedulePreset {
  id: PresetId;
  schedule: ScheduleFields;
  sources: readonly Source[];
}

export const SCHEDULE_PRESETS: readonly SchedulePreset[] = [
  {
    id: 'often',
    schedule: { sitMinutes: 20, breakMinutes: 2, longBreakEvery: 0, longBreakMinutes: 5 },
    sources: [SOURCES.dunstan2012],
  },
  {
    id: 'default',
    schedule: { sitMinutes: 30, breakMinutes: 2, longBreakEvery: 2, longBreakMinutes: 5 },
    sources: [SOURCES.thorp2014, SOURCES.henson2016],
  },
  {
    id: 'hourly',
    schedule: { sitMinutes: 50, breakMinutes: 5, longBreakEvery: 2, longBreakMinutes: 10 },
    sources: [SOURCES.hseBreaks],
  },
];

export function matchingPreset(settings: ScheduleFields): SchedulePreset | undefined {
  return SCHEDULE_PRESETS.find(
    ({ schedule }) =>
      schedule.sitMinutes === settings.sitMinutes &&
      schedule.breakMinutes === settings.breakMinutes &&
      schedule.longBreakEvery === settings.longBreakEvery &&
      // With longer breaks off their length does not change the schedule.
      (schedule.longBreakEvery === 0 || schedule.longBreakMinutes === settings.longBreakMinutes),
  );
}

/** "Every 30 minutes, 2 minutes; every 2nd break 5 minutes": the preset's button. */
export function presetName(preset: SchedulePreset): string {
  return t(`settings_preset_${preset.id}_name` as const);
}

/** Why this schedule, as the evidence says it. */
export function presetWhy(preset: SchedulePreset): string {
  return t(`settings_preset_${preset.id}_why` as const);
}

/** "Schedule set: every 20 minutes, 2 minutes", for the save status. */
export function presetChosen(preset: SchedulePreset): string {
  return t(`settings_preset_${preset.id}_chosen` as const);
}

/** The N of "every Nth break" as the language writes it there ("2nd", "2.", "2"). */
function nth(n: number): string {
  const form = new Intl.PluralRules(uiLocale(), { type: 'ordinal' }).select(n);
  const known = form === 'one' || form === 'two' || form === 'few' ? form : 'other';
  return t(`settings_schedule_nth_${known}` as const, n);
}

/** "A 2-minute break after every 30 minutes of sitting; every 2nd break lasts 5 minutes." */
export function describeSchedule(s: ScheduleFields): string {
  const sitting = tn('common_minutes', s.sitMinutes);
  if (s.longBreakEvery === 0) return tn('settings_schedule', s.breakMinutes, sitting);
  if (s.longBreakEvery === 1) return tn('settings_schedule', s.longBreakMinutes, sitting);
  return tn(
    'settings_schedule_with_long',
    s.breakMinutes,
    sitting,
    nth(s.longBreakEvery),
    tn('common_minutes', s.longBreakMinutes),
  );
}
