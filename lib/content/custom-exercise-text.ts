/**
 * The user's own exercises in words: every problem the checks in ./custom-exercises.ts report,
 * the position and the dose. Kept apart from the checks so the worker and the storage never load
 * the words.
 */

import { t } from '@/lib/i18n/t';
import {
  CUSTOM_LIMITS,
  type CustomDose,
  type CustomPosition,
  type CustomProblem,
} from './custom-exercises';
import { formatDose } from './exercises';

/** One problem with one field, as the form shows it under that field. */
export function customProblemText(problem: CustomProblem): string {
  switch (problem.field) {
    case 'name':
      return problem.problem === 'empty'
        ? t('myexercises_error_name_empty')
        : t('myexercises_error_name_too_long', CUSTOM_LIMITS.name);
    case 'steps':
      switch (problem.problem) {
        case 'none':
          return t('myexercises_error_steps_none');
        case 'too-many':
          return t('myexercises_error_steps_too_many', CUSTOM_LIMITS.steps);
        case 'step-empty':
          return t('myexercises_error_step_empty', problem.step);
        case 'step-too-long':
          return t('myexercises_error_step_too_long', problem.step, CUSTOM_LIMITS.step);
      }
      break;
    case 'dose':
      switch (problem.problem) {
        case 'hold':
          return t(
            'myexercises_error_hold',
            CUSTOM_LIMITS.holdSeconds.min,
            CUSTOM_LIMITS.holdSeconds.max,
          );
        case 'times':
          return t('myexercises_error_times', CUSTOM_LIMITS.times.min, CUSTOM_LIMITS.times.max);
        case 'reps':
          return t('myexercises_error_reps', CUSTOM_LIMITS.reps.min, CUSTOM_LIMITS.reps.max);
        case 'kind':
          return t('myexercises_error_kind');
      }
      break;
    case 'position':
      return t('myexercises_error_position');
    case 'illustration':
      return t('myexercises_error_illustration');
    case 'note':
      return t('myexercises_error_note_too_long', CUSTOM_LIMITS.note);
    case 'flare':
      return t('myexercises_error_flare');
  }
  return t('myexercises_error_kind');
}

/** A change to the whole list that could not be made. */
export function listProblemText(problem: 'too-many' | 'not-found'): string {
  return problem === 'too-many'
    ? t('myexercises_error_too_many', CUSTOM_LIMITS.count)
    : t('myexercises_error_not_found');
}

export function customPositionText(position: CustomPosition): string {
  switch (position) {
    case 'standing':
      return t('myexercises_position_standing');
    case 'seated':
      return t('myexercises_position_seated');
    case 'floor':
      return t('myexercises_position_floor');
  }
}

/** The dose in the same words as Limber's moves: "Hold 20 seconds, 3 times", "10 times". */
export function customDoseText(dose: CustomDose): string {
  return dose.kind === 'hold'
    ? formatDose({ kind: 'hold', seconds: dose.seconds, times: dose.times })
    : formatDose({ kind: 'reps', reps: dose.reps });
}
