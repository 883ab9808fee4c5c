/**
 * Kinds of exercise a user can switch off in the settings ("no standing moves", "nothing for the
 * neck"). An exercise belongs to its body areas plus 'standing' when it needs the user on their feet.
 */
export const EXERCISE_CATEGORIES = [
  'standing',
  'neck',
  'shoulders',
  'upper-back',
  'low-back',
  'hips-legs',
  'hands-wrists',
  'eyes',
] as const;

export type ExerciseCategory = (typeof EXERCISE_CATEGORIES)[number];

export function isExerciseCategory(value: unknown): value is ExerciseCategory {
  return (EXERCISE_CATEGORIES as readonly unknown[]).includes(value);
}
