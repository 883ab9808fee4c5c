/**
 * What people see for each setting: its label, unit and a short help text. The options page
 * renders these, and import reports name bad fields by these labels, so both always agree.
 *
 * The words are in the message catalog (`settings_*`), under names built from each field's id,
 * so the tables here hold only structure.
 */

import { formatNumber, t, uiLocale } from '@/lib/i18n/t';
import { type BooleanField, type CustomExerciseMode, NUMBER_BOUNDS, type Settings } from './schema';

export { BOOLEAN_FIELDS, type BooleanField } from './schema';

export type NumberField = keyof typeof NUMBER_BOUNDS;

/** What a number setting counts; each has its own sentences, since units differ in grammar. */
export type Unit = 'minutes' | 'seconds' | 'breaks' | 'snoozes' | 'days';

export const NUMBER_UNITS: Readonly<Record<NumberField, Unit>> = {
  sitMinutes: 'minutes',
  breakMinutes: 'minutes',
  longBreakEvery: 'breaks',
  longBreakMinutes: 'minutes',
  idleSeconds: 'seconds',
  snoozeMinutes: 'minutes',
  maxSnoozes: 'snoozes',
  flareDays: 'days',
  standMinutes: 'minutes',
};

/** The part of each message name that names a field: every stored field path has one. */
const MESSAGE_IDS = {
  sitMinutes: 'sit_minutes',
  breakMinutes: 'break_minutes',
  longBreakEvery: 'long_break_every',
  longBreakMinutes: 'long_break_minutes',
  idleSeconds: 'idle_seconds',
  snoozeMinutes: 'snooze_minutes',
  maxSnoozes: 'max_snoozes',
  reRemind: 're_remind',
  holdDuringFullscreen: 'hold_during_fullscreen',
  showBadge: 'show_badge',
  notificationStays: 'notification_stays',
  notificationSilent: 'notification_silent',
  breakSound: 'break_sound',
  workingHours: 'working_hours',
  'workingHours.enabled': 'working_hours_enabled',
  'workingHours.days': 'working_hours_days',
  'workingHours.start': 'working_hours_start',
  'workingHours.end': 'working_hours_end',
  excludedCategories: 'excluded_categories',
  region: 'region',
  painDiary: 'pain_diary',
  checkInPrompt: 'check_in_prompt',
  checkInTime: 'check_in_time',
  flareDays: 'flare_days',
  flareHeatCold: 'flare_heat_cold',
  customExerciseMode: 'custom_exercise_mode',
  sitStand: 'sit_stand',
  standMinutes: 'stand_minutes',
} as const satisfies Record<NumberField | BooleanField, string> & Record<string, string>;

/** Every stored field path a label exists for. */
export type LabelledField = keyof typeof MESSAGE_IDS;

export const LABELLED_FIELDS = Object.keys(MESSAGE_IDS) as LabelledField[];

export function isLabelledField(path: string): path is LabelledField {
  return Object.hasOwn(MESSAGE_IDS, path);
}

/** The name a field goes by on the options page ("Break length"). */
export function fieldLabel(field: LabelledField): string {
  return t(`settings_${MESSAGE_IDS[field]}_label` as const);
}

/** A setting with a short help text under it. */
export type HelpedField =
  | NumberField
  | BooleanField
  | 'region'
  | 'checkInTime'
  | 'customExerciseMode';

/** The short help under a number, on/off or choice setting. */
export function fieldHelp(field: HelpedField): string {
  return t(`settings_${MESSAGE_IDS[field]}_help` as const);
}

/** The unit beside a number input ("minutes"). */
export function unitWord(field: NumberField): string {
  return t(`settings_unit_${NUMBER_UNITS[field]}` as const);
}

/**
 * A number as it is typed into a field: the language's digits, but no thousands separator, so
 * "3600" in a message is the same "3600" the input shows and accepts.
 */
export function plainNumber(value: number): string {
  return formatNumber(value, { useGrouping: false });
}

/** "From 5 to 240 minutes.", the range shown under a number field. */
export function rangeText(field: NumberField): string {
  const { min, max } = NUMBER_BOUNDS[field];
  return t(`settings_range_${NUMBER_UNITS[field]}` as const, plainNumber(min), plainNumber(max));
}

const COUNTS = {
  minutes: 'common_minutes',
  seconds: 'settings_seconds',
  breaks: 'settings_breaks',
  snoozes: 'settings_snoozes',
  days: 'settings_days',
} as const satisfies Record<Unit, string>;

/** "1 minute", "5 minutes", "3600 seconds": a count in the field's unit, in words. */
export function withUnit(value: number, field: NumberField): string {
  // As tn(), but with the number written as the field takes it (see plainNumber).
  const form = new Intl.PluralRules(uiLocale()).select(value) === 'one' ? 'one' : 'other';
  return t(`${COUNTS[NUMBER_UNITS[field]]}_${form}` as const, plainNumber(value));
}

/** Every top-level setting name, in the order of the type (for completeness checks). */
export const SETTING_KEYS = [
  'sitMinutes',
  'breakMinutes',
  'longBreakEvery',
  'longBreakMinutes',
  'idleSeconds',
  'snoozeMinutes',
  'maxSnoozes',
  'reRemind',
  'holdDuringFullscreen',
  'workingHours',
  'showBadge',
  'notificationStays',
  'notificationSilent',
  'breakSound',
  'excludedCategories',
  'region',
  'painDiary',
  'checkInPrompt',
  'checkInTime',
  'flareDays',
  'flareHeatCold',
  'customExerciseMode',
  'sitStand',
  'standMinutes',
] as const satisfies readonly (keyof Settings)[];

export const WORKING_HOURS_KEYS = ['enabled', 'days', 'start', 'end'] as const;

/** The name of each way routines can use the user's own exercises ("Mix them with Limber's"). */
export function customModeLabel(mode: CustomExerciseMode): string {
  return t(`settings_custom_exercise_mode_${mode}` as const);
}

export const NUMBER_FIELDS = Object.keys(NUMBER_BOUNDS) as NumberField[];
