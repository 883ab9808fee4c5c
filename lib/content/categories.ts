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

export const CATEGORY_LABELS: Record<ExerciseCategory, string> = {
  standing: 'Standing moves',
  neck: 'Neck',
  shoulders: 'Shoulders',
  'upper-back': 'Upper back and chest',
  'low-back': 'Lower back',
  'hips-legs': 'Hips and legs',
  'hands-wrists': 'Hands and wrists',
  eyes: 'Eyes',
};

export function isExerciseCategory(value: unknown): value is ExerciseCategory {
  return (EXERCISE_CATEGORIES as readonly unknown[]).includes(value);
}
