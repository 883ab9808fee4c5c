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
}) as Readonly<Settings>;

/** The on/off settings, each read the same way. */
export const BOOLEAN_FIELDS = [
  'reRemind',
  'holdDuringFullscreen',
  'showBadge',
  'notificationStays',
  'notificationSilent',
  'breakSound',
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
        | 'unknown-region';
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
  const region = own(source, 'region');
  if (region !== undefined) {
    if (isRegionSetting(region)) settings.region = region;
    else problems.push({ field: 'region', problem: 'unknown-region' });
  }
  return { settings, problems };
}
