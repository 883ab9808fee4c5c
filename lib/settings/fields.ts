/**
 * What people see for each setting: its label, unit and a short help text. The options page
 * renders these, and import reports name bad fields by these labels, so both always agree.
 */

import type { NUMBER_BOUNDS, Settings } from './schema';

export type NumberField = keyof typeof NUMBER_BOUNDS;

export type BooleanField =
  | 'reRemind'
  | 'holdDuringFullscreen'
  | 'showBadge'
  | 'notificationStays'
  | 'notificationSilent'
  | 'breakSound';

export interface NumberFieldInfo {
  label: string;
  /** Plural unit shown beside the input ("minutes"). */
  unit: string;
  /** Singular, for "1 minute". */
  unitOne: string;
  help: string;
  /** Why the least value is what it is, when that is not obvious. */
  minReason?: string;
}

export const NUMBER_FIELDS: Readonly<Record<NumberField, NumberFieldInfo>> = {
  sitMinutes: {
    label: 'Sitting time before a break',
    unit: 'minutes',
    unitOne: 'minute',
    help: 'How long you sit before Limber reminds you to get up. Time away from the computer is not counted.',
  },
  breakMinutes: {
    label: 'Break length',
    unit: 'minutes',
    unitOne: 'minute',
    help: 'How long a break lasts. Being away from the computer this long counts as a break too.',
  },
  longBreakEvery: {
    label: 'A longer break every',
    unit: 'breaks',
    unitOne: 'break',
    help: 'Every so many breaks, the break is a longer one. 0 turns longer breaks off.',
  },
  longBreakMinutes: {
    label: 'Longer break length',
    unit: 'minutes',
    unitOne: 'minute',
    help: 'How long a longer break lasts.',
  },
  idleSeconds: {
    label: 'Away after',
    unit: 'seconds',
    unitOne: 'second',
    help: 'With no typing or mouse use for this long, Limber takes it that you may have stepped away. A tab playing sound counts as still sitting.',
    minReason: 'browsers cannot tell sooner',
  },
  snoozeMinutes: {
    label: 'Snooze length',
    unit: 'minutes',
    unitOne: 'minute',
    help: 'How long "Snooze" puts a reminder off.',
  },
  maxSnoozes: {
    label: 'Snoozes in a row',
    unit: 'snoozes',
    unitOne: 'snooze',
    help: 'After this many snoozes in a row, the reminder only offers the break. 0 turns snoozing off.',
  },
};

export interface BooleanFieldInfo {
  label: string;
  help: string;
}

export const BOOLEAN_FIELDS: Readonly<Record<BooleanField, BooleanFieldInfo>> = {
  reRemind: {
    label: 'Remind me once more',
    help: 'If a reminder goes unanswered, one quiet second reminder comes 5 minutes later.',
  },
  holdDuringFullscreen: {
    label: 'Hold reminders while a window is fullscreen',
    help: 'For presentations, video calls and films. The reminder comes when fullscreen ends.',
  },
  showBadge: {
    label: 'Show the minutes left on the toolbar button',
    help: 'The button still says "off" while reminders are paused, so a pause is never forgotten.',
  },
  notificationStays: {
    label: 'Reminder stays on screen',
    help: 'Until you start, snooze or close it. Otherwise it closes by itself; some systems decide this for every app.',
  },
  notificationSilent: {
    label: 'Silent reminders',
    help: 'No notification sound. The quiet second reminder is always silent.',
  },
  breakSound: {
    label: 'Chime when a guided break ends',
    help: 'A soft sound. The page always shows the end of the break too.',
  },
};

/** Labels for every stored field path, used when naming a bad field in an imported file. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(NUMBER_FIELDS).map(([k, v]) => [k, v.label])),
  ...Object.fromEntries(Object.entries(BOOLEAN_FIELDS).map(([k, v]) => [k, v.label])),
  workingHours: 'Working hours',
  'workingHours.enabled': 'Only remind me during working hours',
  'workingHours.days': 'Working days',
  'workingHours.start': 'Working hours start',
  'workingHours.end': 'Working hours end',
  excludedCategories: 'Exercises to leave out',
};

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
] as const satisfies readonly (keyof Settings)[];

export const WORKING_HOURS_KEYS = ['enabled', 'days', 'start', 'end'] as const;

/** "1 minute", "5 minutes". */
export function withUnit(value: number, field: NumberField): string {
  const info = NUMBER_FIELDS[field];
  return `${value} ${value === 1 ? info.unitOne : info.unit}`;
}
