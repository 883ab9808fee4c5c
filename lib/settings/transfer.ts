/**
 * Settings to and from a JSON file. An import is checked in full before anything is applied:
 * every problem is reported, and a file with any problem changes nothing.
 */

import { t } from '@/lib/i18n/t';
import {
  fieldLabel,
  isLabelledField,
  plainNumber,
  SETTING_KEYS,
  WORKING_HOURS_KEYS,
} from './fields';
import { migrateSettings, SETTINGS_VERSION, storedAt } from './migrations';
import { parseSettings, type Settings, type SettingsProblem } from './schema';
import { type FileSections, parseSections } from './transfer-sections';
import { breakLengthsProblem } from './validate';

export const SETTINGS_FILE_KIND = 'limber-settings';

/**
 * The settings are well under 2 kB; with a year of the pain diary (about 45 kB as the file writes
 * it) and 30 of the user's own exercises at every limit (about 80 kB), a file stays under 200 kB.
 * Anything this big is not one.
 */
export const MAX_IMPORT_BYTES = 512 * 1024;

export interface SettingsFile extends FileSections {
  kind: typeof SETTINGS_FILE_KIND;
  version: number;
  exportedAt: string;
  settings: Settings;
  /**
   * The settings the user's organisation set by policy when the file was made (DEPLOYING.md):
   * their values came from the organisation, not the user. Only in files that have any.
   */
  lockedByOrganisation?: string[];
}

export type ImportResult =
  | { ok: true; settings: Settings; sections: FileSections }
  | { ok: false; problems: string[] };

function localDate(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function exportSettings(
  settings: Settings,
  now: number,
  locked: readonly string[] = [],
  sections: FileSections = {},
): { fileName: string; text: string } {
  const file: SettingsFile = {
    kind: SETTINGS_FILE_KIND,
    version: SETTINGS_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
    ...(locked.length > 0 ? { lockedByOrganisation: [...locked] } : {}),
    // Each part only when there is something in it: an empty diary is no diary to merge.
    ...(sections.diary && sections.diary.length > 0 ? { diary: sections.diary } : {}),
    ...(sections.customExercises && sections.customExercises.length > 0
      ? { customExercises: sections.customExercises }
      : {}),
  };
  return {
    fileName: `limber-settings-${localDate(now)}.json`,
    text: `${JSON.stringify(file, null, 2)}\n`,
  };
}

export function tooLargeMessage(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const kb = Math.ceil(bytes / 1024);
  return t('settings_import_too_large', kb);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe rendering of a value from the file: never echo a huge string back. */
export function showValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** "Break length (breakMinutes)": the page's label, and the name the file uses. */
function label(field: string): string {
  return isLabelledField(field)
    ? t('settings_import_field', fieldLabel(field), field)
    : showValue(field);
}

/** One sentence for a field `parseSettings` refused, with what the file has there. */
function problemText(problem: SettingsProblem, value: unknown): string {
  const field = label(problem.field);
  const shown = showValue(value);
  switch (problem.problem) {
    case 'not-object':
      return t('settings_import_not_object', field, shown);
    case 'not-boolean':
      return t('settings_import_not_boolean', field, shown);
    case 'no-weekday':
      return t('settings_import_no_weekday', field, shown);
    case 'not-time':
      return t('settings_import_not_time', field, shown);
    case 'end-before-start':
      return t('settings_import_end_before_start', field, shown);
    case 'unknown-category':
      return t('settings_import_unknown_category', field, shown);
    case 'unknown-region':
      return t('settings_import_unknown_region', field, shown);
    case 'unknown-mode':
      return t('settings_import_unknown_mode', field, shown);
    case 'not-whole-number':
      return t(
        'settings_import_not_whole_number',
        field,
        shown,
        plainNumber(problem.min),
        plainNumber(problem.max),
      );
  }
}

function valueAt(settings: Record<string, unknown>, path: string): unknown {
  let value: unknown = settings;
  for (const part of path.split('.')) {
    value = isRecord(value) && Object.hasOwn(value, part) ? value[part] : undefined;
  }
  return value;
}

/** Unknown fields, and fields a file of its version must name but does not. */
function shapeProblems(settings: Record<string, unknown>, version: number): string[] {
  const problems: string[] = [];
  const known = new Set<string>(SETTING_KEYS);
  for (const key of Object.keys(settings)) {
    if (!known.has(key)) problems.push(t('settings_import_unknown', showValue(key)));
  }
  const hours = Object.hasOwn(settings, 'workingHours') ? settings.workingHours : undefined;
  if (isRecord(hours)) {
    const hourKeys = new Set<string>(WORKING_HOURS_KEYS);
    for (const key of Object.keys(hours)) {
      if (!hourKeys.has(key)) {
        problems.push(t('settings_import_unknown', showValue(`workingHours.${key}`)));
      }
    }
  }
  const required = storedAt(SETTING_KEYS, version);
  for (const key of required) {
    if (!Object.hasOwn(settings, key)) problems.push(t('settings_import_missing', label(key)));
  }
  if (required.length > 0 && isRecord(hours)) {
    for (const key of WORKING_HOURS_KEYS) {
      if (!Object.hasOwn(hours, key)) {
        problems.push(t('settings_import_missing', label(`workingHours.${key}`)));
      }
    }
  }
  return problems;
}

function parseFile(
  text: string,
): { version: number; settings: Record<string, unknown>; file: Record<string, unknown> } | string {
  const tooLarge = tooLargeMessage(new TextEncoder().encode(text).length);
  if (tooLarge) return tooLarge;
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return t('settings_import_not_json');
  }
  if (!isRecord(file) || !Object.hasOwn(file, 'kind') || file.kind !== SETTINGS_FILE_KIND) {
    return t('settings_import_not_limber');
  }
  const version = Object.hasOwn(file, 'version') ? file.version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return t('settings_import_no_version');
  }
  if (version > SETTINGS_VERSION) {
    return t('settings_import_newer', plainNumber(version));
  }
  const settings = Object.hasOwn(file, 'settings') ? file.settings : undefined;
  if (!isRecord(settings)) return t('settings_import_no_settings');
  return { version, settings, file };
}

/** Reads a settings file, or says everything that is wrong with it. */
export function parseSettingsFile(text: string): ImportResult {
  const file = parseFile(text);
  if (typeof file === 'string') return { ok: false, problems: [file] };
  // v1 stored only some fields; from v2 a file names every field its version had.
  const problems = shapeProblems(file.settings, file.version);
  const parsed = parseSettings(file.settings);
  for (const problem of parsed.problems) {
    problems.push(problemText(problem, valueAt(file.settings, problem.field)));
  }
  const badFields = new Set(parsed.problems.map((p) => p.field));
  const lengthsChecked = ['breakMinutes', 'longBreakMinutes', 'longBreakEvery'];
  if (lengthsChecked.every((field) => !badFields.has(field))) {
    const problem = breakLengthsProblem(parsed.settings, 'longBreakMinutes');
    if (problem)
      problems.push(t('settings_import_field_problem', label('longBreakMinutes'), problem));
  }
  const { sections, problems: sectionProblems } = parseSections(file.file);
  problems.push(...sectionProblems);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: parseSettings(migrateSettings(file.settings, file.version)).settings,
    sections,
  };
}
