import type { CustomExercise, CustomPosition, CustomProblem } from '@/lib/content/custom-exercises';

/**
 * The exercise form as typed: text is kept as it is (a bad entry loses nothing), and turned into
 * a value for lib/content/custom-exercises.ts to check only when the user saves.
 */
export interface ExerciseDraft {
  name: string;
  /** One step a line. */
  steps: string;
  doseKind: 'hold' | 'reps';
  holdSeconds: string;
  times: string;
  reps: string;
  /** Empty until chosen for a new exercise. */
  position: CustomPosition | '';
  /** A figure's id, or empty for none. */
  illustration: string;
  note: string;
  flare: boolean;
}

/** Where each problem is shown: the input it is about. */
export type DraftField =
  | 'name'
  | 'steps'
  | 'doseKind'
  | 'holdSeconds'
  | 'times'
  | 'reps'
  | 'position'
  | 'illustration'
  | 'note'
  | 'flare';

/** The form's fields in page order, so the first with a problem takes the focus. */
export const DRAFT_FIELDS: readonly DraftField[] = [
  'name',
  'steps',
  'doseKind',
  'holdSeconds',
  'times',
  'reps',
  'position',
  'illustration',
  'note',
  'flare',
];

/** A new exercise's form, or an existing one's to edit. */
export function draftOf(exercise?: CustomExercise): ExerciseDraft {
  if (!exercise) {
    return {
      name: '',
      steps: '',
      doseKind: 'hold',
      holdSeconds: '20',
      times: '1',
      reps: '10',
      position: '',
      illustration: '',
      note: '',
      flare: false,
    };
  }
  const { dose } = exercise;
  return {
    name: exercise.name,
    steps: exercise.steps.join('\n'),
    doseKind: dose.kind,
    holdSeconds: dose.kind === 'hold' ? String(dose.seconds) : '20',
    times: dose.kind === 'hold' ? String(dose.times) : '1',
    reps: dose.kind === 'reps' ? String(dose.reps) : '10',
    position: exercise.position,
    illustration: exercise.illustration ?? '',
    note: exercise.note,
    flare: exercise.flare,
  };
}

/** A number as typed: a whole number in plain digits, else NaN (which the check refuses). */
function whole(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The draft as a value to check: blank lines between steps are dropped, not errors. */
export function draftValue(draft: ExerciseDraft): Record<string, unknown> {
  return {
    name: draft.name,
    steps: draft.steps.split('\n').filter((line) => line.trim() !== ''),
    dose:
      draft.doseKind === 'hold'
        ? { kind: 'hold', seconds: whole(draft.holdSeconds), times: whole(draft.times) }
        : { kind: 'reps', reps: whole(draft.reps) },
    position: draft.position === '' ? null : draft.position,
    illustration: draft.illustration === '' ? null : draft.illustration,
    note: draft.note,
    flare: draft.flare,
  };
}

/** The input a problem belongs under. */
export function fieldOf(problem: CustomProblem): DraftField {
  if (problem.field !== 'dose') return problem.field;
  switch (problem.problem) {
    case 'hold':
      return 'holdSeconds';
    case 'times':
      return 'times';
    case 'reps':
      return 'reps';
    case 'kind':
      return 'doseKind';
  }
}
