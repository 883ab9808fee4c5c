import type { MessageKey } from '@/lib/i18n/keys';
import { t } from '@/lib/i18n/t';
import type { ExerciseCategory } from './categories';

/**
 * The categories' names in the user's language. Apart from ./categories.ts, which the settings
 * schema (and through it the engine) reads, so the engine's code reaches no words.
 */
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
