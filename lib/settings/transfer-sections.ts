/**
 * The optional parts of a settings file beyond the settings themselves (issue 19): the pain diary
 * and the user's own exercises. Each is checked in full on import like the settings, every
 * problem said in words, and a file with any problem changes nothing (./transfer.ts). A file
 * without a section leaves that part of Limber as it is.
 */

import { customProblemText } from '@/lib/content/custom-exercise-text';
import {
  CUSTOM_LIMITS,
  type CustomExercise,
  checkCustomExercise,
  isCustomId,
  newCustomId,
} from '@/lib/content/custom-exercises';
import { type DiaryEntry, entriesOf, parseEntry } from '@/lib/diary/entry';
import { t } from '@/lib/i18n/t';

/** What a file may carry beside its settings. */
export interface FileSections {
  /** The pain diary, one entry per day, oldest first; merged by day on import (newest edit wins). */
  diary?: DiaryEntry[];
  /** The user's own exercises, in their order; an import replaces the list. */
  customExercises?: CustomExercise[];
}

/** A year and a day: a diary keeps one entry a day for a year (lib/diary/entry.ts). */
export const MAX_DIARY_ENTRIES = 367;

/** A short, safe rendering of a value from the file. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The file's diary, checked: every entry must be valid and each day appear once. */
export function parseDiarySection(value: unknown): { entries: DiaryEntry[]; problems: string[] } {
  if (!Array.isArray(value)) {
    return { entries: [], problems: [t('diary_import_not_list', shown(value))] };
  }
  if (value.length > MAX_DIARY_ENTRIES) {
    return {
      entries: [],
      problems: [t('diary_import_too_many', String(value.length), String(MAX_DIARY_ENTRIES))],
    };
  }
  const problems: string[] = [];
  const byDay: Record<string, DiaryEntry> = {};
  value.forEach((item, i) => {
    const entry = parseEntry(item);
    if (!entry) problems.push(t('diary_import_bad_entry', String(i + 1), shown(item)));
    else if (Object.hasOwn(byDay, entry.date)) {
      problems.push(t('diary_import_repeated', entry.date));
    } else byDay[entry.date] = entry;
  });
  return { entries: entriesOf(byDay), problems };
}

/**
 * The file's own exercises, checked one by one as the exercise form checks them
 * (lib/content/custom-exercises.ts). The words for each field's problem are the exercise form's
 * to give; here a bad exercise is named by its place and what the file holds.
 */
export function parseCustomSection(value: unknown): {
  exercises: CustomExercise[];
  problems: string[];
} {
  if (!Array.isArray(value) || value.length > CUSTOM_LIMITS.count) {
    return { exercises: [], problems: [t('diary_import_exercises_not_list', shown(value))] };
  }
  const problems: string[] = [];
  const exercises: CustomExercise[] = [];
  value.forEach((item, i) => {
    const checked = checkCustomExercise(item);
    if (checked.ok) {
      // A file edited by hand may lack an id or repeat one: each gets its own.
      const { id } = checked.exercise;
      const free = isCustomId(id) && !exercises.some((e) => e.id === id);
      exercises.push({
        ...checked.exercise,
        id: free ? id : newCustomId([...exercises, ...value]),
      });
    } else {
      // In the exercise form's own words for each problem.
      const words = checked.problems.map(customProblemText).join(' ');
      problems.push(t('myexercises_import_bad', String(i + 1), words));
    }
  });
  return { exercises, problems };
}

/** Both sections of `file` (a parsed settings file), each only when the file has it. */
export function parseSections(file: Record<string, unknown>): {
  sections: FileSections;
  problems: string[];
} {
  const sections: FileSections = {};
  const problems: string[] = [];
  if (Object.hasOwn(file, 'diary')) {
    const diary = parseDiarySection(file.diary);
    sections.diary = diary.entries;
    problems.push(...diary.problems);
  }
  if (Object.hasOwn(file, 'customExercises')) {
    const custom = parseCustomSection(file.customExercises);
    sections.customExercises = custom.exercises;
    problems.push(...custom.problems);
  }
  return { sections, problems };
}
