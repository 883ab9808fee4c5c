import type { MessageKey } from '@/lib/i18n/keys';
import { t } from '@/lib/i18n/t';

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

const LABEL_KEYS: Record<ExerciseCategory, MessageKey> = {
  standing: 'exercises_category_standing',
  neck: 'exercises_category_neck',
  shoulders: 'exercises_category_shoulders',
  'upper-back': 'exercises_category_upper_back',
  'low-back': 'exercises_category_low_back',
  'hips-legs': 'exercises_category_hips_legs',
  'hands-wrists': 'exercises_category_hands_wrists',
  eyes: 'exercises_category_eyes',
};

/** A category's name in the user's language, e.g. "Hips and legs". */
export function categoryLabel(category: ExerciseCategory): string {
  return t(LABEL_KEYS[category]);
}

export function isExerciseCategory(value: unknown): value is ExerciseCategory {
  return (EXERCISE_CATEGORIES as readonly unknown[]).includes(value);
}
