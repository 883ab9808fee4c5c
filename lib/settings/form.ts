/**
 * What the options page holds while a person edits a field: the text as typed, checked against
 * the saved settings. A valid draft comes with the change it makes; an invalid one with the
 * message shown beside the field.
 */

import { NUMBER_FIELDS, type NumberField } from './fields';
import type { Settings, Weekday } from './schema';
import { breakLengthsProblem, checkNumber, checkWorkingDays, checkWorkingTime } from './validate';

/** A field the page can hold a not-yet-saved (and maybe invalid) value for. */
export type DraftField =
  | NumberField
  | 'workingHours.start'
  | 'workingHours.end'
  | 'workingHours.days';

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

const DRAFT_LABELS: Record<Exclude<DraftField, NumberField>, string> = {
  'workingHours.start': 'Working day starts',
  'workingHours.end': 'Working day ends',
  'workingHours.days': 'Working days',
};

export function draftLabel(field: DraftField): string {
  return field in NUMBER_FIELDS
    ? NUMBER_FIELDS[field as NumberField].label
    : DRAFT_LABELS[field as Exclude<DraftField, NumberField>];
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
