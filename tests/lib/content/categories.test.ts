import { describe, expect, it } from 'vitest';
import { EXERCISE_CATEGORIES, isExerciseCategory } from '@/lib/content/categories';
import { categoryLabel } from '@/lib/content/category-labels';
import { LOCALES } from '@/lib/i18n/catalog';
import { useTestLocale } from '../../support/i18n';

describe('exercise categories', () => {
  it('names each category in English by default', () => {
    expect(EXERCISE_CATEGORIES.map(categoryLabel)).toEqual([
      'Standing moves',
      'Neck',
      'Shoulders',
      'Upper back and chest',
      'Lower back',
      'Hips and legs',
      'Hands and wrists',
      'Eyes',
    ]);
  });

  it.each(LOCALES)('%s gives every category its own name', (locale) => {
    useTestLocale(locale);
    const labels = EXERCISE_CATEGORIES.map(categoryLabel);
    for (const label of labels) expect(label).not.toMatch(/^exercises_/);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('recognises only known categories', () => {
    expect(isExerciseCategory('neck')).toBe(true);
    expect(isExerciseCategory('Neck')).toBe(false);
    expect(isExerciseCategory(3)).toBe(false);
  });
});
