import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/catalog';
import { readFragments } from '@/lib/i18n/files';

/** The health text: translations must carry the same facts and figures as the English. */
const AREAS = ['redflags', 'guidance', 'diary'] as const;
const translations = LOCALES.filter((locale) => locale !== 'en');

const numbersIn = (text: string) => (text.match(/\d+/g) ?? []).sort();

describe.each(AREAS)('the %s text', (area) => {
  const english = readFragments('en')[area] ?? {};

  it('exists', () => {
    expect(Object.keys(english).length).toBeGreaterThan(10);
  });

  it.each(translations)('keeps every number of the English in %s', (locale) => {
    const translated = readFragments(locale)[area] ?? {};
    const changed = Object.entries(english).flatMap(([key, text]) => {
      const want = numbersIn(text);
      const got = numbersIn(translated[key] ?? '');
      return want.join() === got.join() ? [] : [{ key, want, got }];
    });
    expect(changed).toEqual([]);
  });

  it.each(translations)('is translated in %s, not copied from the English', (locale) => {
    const translated = readFragments(locale)[area] ?? {};
    // Words that happen to be spelt the same (French "Traction", Spanish "No", German and French
    // "Massage").
    const same = new Set(['Traction', 'No', 'Massage']);
    const copied = Object.entries(english)
      .filter(([key, text]) => translated[key] === text && !same.has(text))
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });
});
