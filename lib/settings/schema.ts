/**
 * Every setting Limber has, its default, and its bounds. The schedule's defaults follow the
 * evidence on breaking up sitting: a short movement break every 30 minutes (the HSE's advice on
 * display screen work, Thorp 2014, Henson 2016, Duran 2023), a longer one about every hour.
 */

import { type ExerciseCategory, isExerciseCategory } from '@/lib/content/categories';
import { isKnownRegion, OTHER_REGION } from '@/lib/content/region-codes';

/** 0 = Sunday ... 6 = Saturday, as `Date.getDay()`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface WorkingHours {
  enabled: boolean;
  days: Weekday[];
  /** Minutes after local midnight. */
  start: number;
  /** Minutes after local midnight; after `start` (ranges across midnight are not supported). */
  end: number;
}

export interface Settings {
  /** Sitting time before a break is due. */
  sitMinutes: number;
  /** Length of a short break; also the least time away that counts as a natural break. */
  breakMinutes: number;
  /** Every Nth break is a long one; 0 turns long breaks off. */
  longBreakEvery: number;
  longBreakMinutes: number;
  /** No keyboard or mouse input for this long means the user may be away. */
  idleSeconds: number;
  snoozeMinutes: number;
  /** Snoozes in a row before the reminder offers only the break. */
  maxSnoozes: number;
  /** One gentle second reminder when a due break is ignored. */
  reRemind: boolean;
  holdDuringFullscreen: boolean;
  workingHours: WorkingHours;
  showBadge: boolean;
  /** Keep the notification until the user acts on it, rather than letting it fade. */
  notificationStays: boolean;
  notificationSilent: boolean;
  /** A soft chime when a guided break ends (the visual cue is always there). */
  breakSound: boolean;
  /** Kinds of exercise the guided break never suggests. */
  excludedCategories: ExerciseCategory[];
  /**
   * The country whose emergency and urgent numbers the red-flag check names, as an ISO 3166-1
   * code from the check's list; '' takes it from the browser's language tags, and
   * OTHER_REGION ('ZZ') means a country not in the list (the check then names the general ones).
   */
  region: string;
  /** Keep a daily pain diary (issue 19); off until the user chooses it. */
  painDiary: boolean;
  /** A once-a-day prompt to fill in the diary, at `checkInTime`. */
  checkInPrompt: boolean;
  /** Minutes after local midnight the daily check-in prompt comes at (0 to 1439). */
  checkInTime: number;
  /** How many days flare mode lasts before it ends by itself. */
  flareDays: number;
  /** While flare mode is on, breaks remind the user they may use heat or cold. */
  flareHeatCold: boolean;
  /** How routines use the user's own exercises (lib/content/custom-exercises.ts). */
  customExerciseMode: CustomExerciseMode;
  /** The user has a sit-stand desk (issue 20): Limber alternates sitting and standing. */
  sitStand: boolean;
  /** Standing time before Limber suggests sitting down again, with a sit-stand desk. */
  standMinutes: number;
}

/**
 * `mixed`: the user's own exercises take turns with the built-in ones; `always`: every routine
 * includes one of theirs; `only`: routines are made of theirs alone (built-in ones fill in only
 * when they have none that fits).
 */
export const CUSTOM_EXERCISE_MODES = ['mixed', 'always', 'only'] as const;
export type CustomExerciseMode = (typeof CUSTOM_EXERCISE_MODES)[number];

export function isCustomExerciseMode(value: unknown): value is CustomExerciseMode {
  return (CUSTOM_EXERCISE_MODES as readonly unknown[]).includes(value);
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sitMinutes: 30,
  breakMinutes: 2,
  longBreakEvery: 2,
  longBreakMinutes: 5,
  idleSeconds: 120,
  snoozeMinutes: 5,
  maxSnoozes: 2,
  reRemind: true,
  holdDuringFullscreen: true,
  workingHours: Object.freeze({
    enabled: false,
    days: [1, 2, 3, 4, 5] as Weekday[],
    start: 9 * 60,
    end: 17 * 60 + 30,
  }),
  showBadge: true,
  notificationStays: true,
  notificationSilent: false,
  breakSound: false,
  excludedCategories: [] as ExerciseCategory[],
  region: '',
  painDiary: false,
  checkInPrompt: false,
  // Late in a working day, so the check-in can take in how the day went.
  checkInTime: 16 * 60,
  // A week of gentler breaks, ended sooner by hand or started again; pain that does not settle
  // is one to see a professional about (NHS: not better after a few weeks of self-care).
  flareDays: 7,
  flareHeatCold: false,
  customExerciseMode: 'mixed',
  sitStand: false,
  // Thorp 2014 (https://oem.bmj.com/content/71/11/765) alternated 30 minutes sitting and standing.
  standMinutes: 30,
}) as Readonly<Settings>;

/** The on/off settings, each read the same way. */
export const BOOLEAN_FIELDS = [
  'reRemind',
  'holdDuringFullscreen',
  'showBadge',
  'notificationStays',
  'notificationSilent',
  'breakSound',
  'painDiary',
  'checkInPrompt',
  'flareHeatCold',
  'sitStand',
] as const satisfies readonly (keyof Settings)[];

export type BooleanField = (typeof BOOLEAN_FIELDS)[number];

/** Inclusive bounds of each numeric setting. */
export const NUMBER_BOUNDS = {
  sitMinutes: { min: 5, max: 240 },
  breakMinutes: { min: 1, max: 30 },
  longBreakEvery: { min: 0, max: 10 },
  longBreakMinutes: { min: 1, max: 60 },
  // The browser's idle API cannot detect idleness after less than 15 seconds.
  idleSeconds: { min: 15, max: 3600 },
  snoozeMinutes: { min: 1, max: 60 },
  maxSnoozes: { min: 0, max: 10 },
  // Up to two weeks at a time: longer-lasting pain is for a professional to see (NHS: not better
  // after a few weeks of self-care), and the diary suggests it (lib/diary/suggest.ts).
  flareDays: { min: 1, max: 14 },
  standMinutes: { min: 10, max: 120 },
} as const satisfies Partial<Record<keyof Settings, { min: number; max: number }>>;

/**
 * What is wrong with a stored field, as data: the words are chosen where the problem is shown
 * (see transfer.ts), in the user's language.
 */
export type SettingsProblem =
  | {
      field: string;
      problem:
        | 'not-object'
        | 'not-boolean'
        | 'no-weekday'
        | 'not-time'
        | 'end-before-start'
        | 'unknown-category'
        | 'unknown-region'
        | 'unknown-mode';
    }
  | { field: string; problem: 'not-whole-number'; min: number; max: number };

export interface ParsedSettings {
  settings: Settings;
  /** What was wrong and replaced by its default; empty when the input was fully valid. */
  problems: SettingsProblem[];
}

/** A plain object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function parseWorkingHours(value: unknown, problems: SettingsProblem[]): WorkingHours {
  const fallback = DEFAULT_SETTINGS.workingHours;
  if (value === undefined) return { ...fallback, days: [...fallback.days] };
  if (!isRecord(value)) {
    problems.push({ field: 'workingHours', problem: 'not-object' });
    return { ...fallback, days: [...fallback.days] };
  }
  const enabledRaw = own(value, 'enabled');
  const enabled = typeof enabledRaw === 'boolean' ? enabledRaw : fallback.enabled;
  if (enabledRaw !== undefined && typeof enabledRaw !== 'boolean') {
    problems.push({ field: 'workingHours.enabled', problem: 'not-boolean' });
  }
  const daysRaw = own(value, 'days');
  let days = [...fallback.days];
  if (daysRaw !== undefined) {
    const valid =
      Array.isArray(daysRaw) &&
      daysRaw.length > 0 &&
      daysRaw.every((d) => Number.isInteger(d) && d >= 0 && d <= 6);
    if (valid) days = [...new Set(daysRaw as Weekday[])].sort((a, b) => a - b);
    else problems.push({ field: 'workingHours.days', problem: 'no-weekday' });
  }
  const minuteOfDay = (key: 'start' | 'end'): number => {
    const raw = own(value, key);
    if (raw === undefined) return fallback[key];
    if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= 24 * 60) return raw;
    problems.push({ field: `workingHours.${key}`, problem: 'not-time' });
    return fallback[key];
  };
  let start = minuteOfDay('start');
  let end = minuteOfDay('end');
  if (end <= start) {
    problems.push({ field: 'workingHours.end', problem: 'end-before-start' });
    start = fallback.start;
    end = fallback.end;
  }
  return { enabled, days, start, end };
}

/** A time of day as minutes after midnight, 0 (00:00) to 1439 (23:59). */
export function isMinuteOfDay(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < 24 * 60;
}

/** A value the region setting may hold: '' (from the browser), OTHER_REGION, or a listed country. */
export function isRegionSetting(value: unknown): value is string {
  return (
    typeof value === 'string' && (value === '' || value === OTHER_REGION || isKnownRegion(value))
  );
}

/**
 * Reads settings from anything (storage, an imported file): each field that is missing takes its
 * default silently, each field that is present but wrong takes its default and is reported.
 */
export function parseSettings(input: unknown): ParsedSettings {
  const problems: SettingsProblem[] = [];
  const source = isRecord(input) ? input : {};
  if (input !== undefined && input !== null && !isRecord(input)) {
    problems.push({ field: '(settings)', problem: 'not-object' });
  }
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    excludedCategories: [],
    workingHours: parseWorkingHours(own(source, 'workingHours'), problems),
  };
  for (const [key, { min, max }] of Object.entries(NUMBER_BOUNDS)) {
    const field = key as keyof typeof NUMBER_BOUNDS;
    const raw = own(source, field);
    if (raw === undefined) continue;
    if (typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max) {
      settings[field] = raw;
    } else {
      problems.push({ field, problem: 'not-whole-number', min, max });
    }
  }
  for (const field of BOOLEAN_FIELDS) {
    const raw = own(source, field);
    if (raw === undefined) continue;
    if (typeof raw === 'boolean') settings[field] = raw;
    else problems.push({ field, problem: 'not-boolean' });
  }
  const excluded = own(source, 'excludedCategories');
  if (excluded !== undefined) {
    if (Array.isArray(excluded) && excluded.every(isExerciseCategory)) {
      settings.excludedCategories = [...new Set(excluded)];
    } else {
      problems.push({ field: 'excludedCategories', problem: 'unknown-category' });
    }
  }
  const checkInTime = own(source, 'checkInTime');
  if (checkInTime !== undefined) {
    if (isMinuteOfDay(checkInTime)) settings.checkInTime = checkInTime;
    else problems.push({ field: 'checkInTime', problem: 'not-time' });
  }
  const mode = own(source, 'customExerciseMode');
  if (mode !== undefined) {
    if (isCustomExerciseMode(mode)) settings.customExerciseMode = mode;
    else problems.push({ field: 'customExerciseMode', problem: 'unknown-mode' });
  }
  const region = own(source, 'region');
  if (region !== undefined) {
    if (isRegionSetting(region)) settings.region = region;
    else problems.push({ field: 'region', problem: 'unknown-region' });
  }
  return { settings, problems };
}
