import { describe, expect, it } from 'vitest';
import { customProblemText, listProblemText } from '@/lib/content/custom-exercise-text';
import { CUSTOM_LIMITS, type CustomProblem } from '@/lib/content/custom-exercises';
import { LOCALES } from '@/lib/i18n/catalog';
import { useTestLocale } from '../../support/i18n';

/** Every problem the checks can report. */
const PROBLEMS: CustomProblem[] = [
  { field: 'name', problem: 'empty' },
  { field: 'name', problem: 'too-long', max: CUSTOM_LIMITS.name },
  { field: 'steps', problem: 'none' },
  { field: 'steps', problem: 'too-many', max: CUSTOM_LIMITS.steps },
  { field: 'steps', problem: 'step-empty', step: 2 },
  { field: 'steps', problem: 'step-too-long', step: 3, max: CUSTOM_LIMITS.step },
  { field: 'dose', problem: 'hold' },
  { field: 'dose', problem: 'times' },
  { field: 'dose', problem: 'reps' },
  { field: 'dose', problem: 'kind' },
  { field: 'position', problem: 'unknown' },
  { field: 'illustration', problem: 'unknown' },
  { field: 'note', problem: 'too-long', max: CUSTOM_LIMITS.note },
  { field: 'flare', problem: 'not-boolean' },
];

describe('the words for an exercise’s problems', () => {
  it.each(LOCALES)('gives each problem its own words in %s, with its limits', (locale) => {
    useTestLocale(locale);
    const texts = PROBLEMS.map(customProblemText);
    expect(new Set(texts).size).toBe(PROBLEMS.length);
    for (const text of texts) expect(text).not.toMatch(/myexercises_|\$\d/);
    const numbers = (i: number) => (texts[i]?.match(/\d+/g) ?? []).map(Number);
    expect(numbers(1)).toEqual([60]);
    expect(numbers(5)).toEqual([3, 160]);
    expect(numbers(6)).toEqual([5, 120]);
    expect(numbers(8)).toEqual([1, 30]);
    expect(numbers(12)).toEqual([300]);
    expect(listProblemText('too-many')).toMatch(/30/);
    expect(listProblemText('not-found')).not.toBe(listProblemText('too-many'));
  });
});
