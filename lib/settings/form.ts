/**
 * What the options page holds while a person edits a field: the text as typed, checked against
 * the saved settings. A valid draft comes with the change it makes; an invalid one with the
 * message shown beside the field.
 */

import { t } from '@/lib/i18n/t';
import { fieldLabel, type NumberField } from './fields';
import type { Settings, Weekday } from './schema';
import {
  breakLengthsProblem,
  checkCheckInTime,
  checkNumber,
  checkWorkingDays,
  checkWorkingTime,
} from './validate';

/** A field the page can hold a not-yet-saved (and maybe invalid) value for. */
export type DraftField =
  | NumberField
  | 'workingHours.start'
  | 'workingHours.end'
  | 'workingHours.days'
  | 'checkInTime';

export interface Draft {
  text: string;
  /** The browser says a number field holds something that is not a number. */
  badInput?: boolean;
  days?: Weekday[];
}

const LENGTH_FIELDS = ['breakMinutes', 'longBreakMinutes', 'longBreakEvery'] as const;
type LengthField = (typeof LENGTH_FIELDS)[number];

function isLengthField(field: string): field is LengthField {
  return (LENGTH_FIELDS as readonly string[]).includes(field);
}

/** The label of the field on the options page, which names it in the save status. */
export function draftLabel(field: DraftField): string {
  switch (field) {
    case 'workingHours.start':
      return t('settings_working_day_starts');
    case 'workingHours.end':
      return t('settings_working_day_ends');
    case 'workingHours.days':
    case 'checkInTime':
      return fieldLabel(field);
    default:
      return fieldLabel(field);
  }
}

export type Checked =
  | { ok: true; apply: (s: Settings) => Settings }
  | { ok: false; message: string };

/** Checks a draft against the saved settings; a valid one comes with the change it makes. */
export function checkDraft(field: DraftField, draft: Draft, saved: Settings): Checked {
  switch (field) {
    case 'workingHours.start':
    case 'workingHours.end': {
      const which = field === 'workingHours.start' ? 'start' : 'end';
      const other = which === 'start' ? saved.workingHours.end : saved.workingHours.start;
      const result = checkWorkingTime(which, draft.text, other);
      if (!result.ok) return result;
      return {
        ok: true,
        apply: (s) => ({ ...s, workingHours: { ...s.workingHours, [which]: result.value } }),
      };
    }
    case 'workingHours.days': {
      const result = checkWorkingDays(draft.days ?? []);
      if (!result.ok) return result;
      return {
        ok: true,
        apply: (s) => ({ ...s, workingHours: { ...s.workingHours, days: result.value } }),
      };
    }
    case 'checkInTime': {
      const result = checkCheckInTime(draft.text);
      if (!result.ok) return result;
      return { ok: true, apply: (s) => ({ ...s, checkInTime: result.value }) };
    }
    default: {
      const result = checkNumber(field, draft.text, draft.badInput);
      if (!result.ok) return result;
      if (isLengthField(field)) {
        const problem = breakLengthsProblem({ ...saved, [field]: result.value }, field);
        if (problem) return { ok: false, message: problem };
      }
      return { ok: true, apply: (s) => ({ ...s, [field]: result.value }) };
    }
  }
}
