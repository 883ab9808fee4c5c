import { describe, expect, it } from 'vitest';
import {
  LOCALES,
  mergeFragments,
  placeholdersOf,
  substitute,
  toBrowserMessages,
} from '@/lib/i18n/catalog';
import { readCatalogs, readFragments } from '@/lib/i18n/files';

const catalogs = readCatalogs();
const english = catalogs.en;
const translations = LOCALES.filter((locale) => locale !== 'en');

describe('every language says everything English says, and nothing else', () => {
  it('has the same area files in every language', () => {
    const areas = Object.keys(readFragments('en'));
    expect(areas.length).toBeGreaterThan(1);
    for (const locale of translations) expect(Object.keys(readFragments(locale))).toEqual(areas);
  });

  it.each(translations)('%s has exactly the English message names', (locale) => {
    const keys = Object.keys(catalogs[locale]);
    const missing = Object.keys(english).filter((key) => !(key in catalogs[locale]));
    const extra = keys.filter((key) => !(key in english));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(translations)('%s keeps every placeholder of every message', (locale) => {
    const broken = Object.entries(english).flatMap(([key, text]) => {
      const translated = catalogs[locale][key];
      if (translated === undefined) return [];
      const want = placeholdersOf(text);
      const got = placeholdersOf(translated);
      return want.join() === got.join() ? [] : [{ key, want, got }];
    });
    expect(broken).toEqual([]);
  });

  it.each(LOCALES)('%s names its own language for dates and numbers', (locale) => {
    expect(catalogs[locale].common_locale).toBe(locale);
  });

  it('French keeps its colons, semicolons, question and exclamation marks off the line start', () => {
    // A no-break space before them, as French typography has it, so a line never starts with one.
    const plain = Object.entries(catalogs.fr).filter(([, text]) => / [:;?!]/.test(text));
    expect(plain).toEqual([]);
  });

  it.each(LOCALES)('%s fits the stores’ limits on the name and description', (locale) => {
    expect(catalogs[locale].extension_name?.length).toBeLessThanOrEqual(75);
    expect(catalogs[locale].extension_description?.length).toBeLessThanOrEqual(132);
  });
});

describe('mergeFragments', () => {
  it('refuses a key outside its area, so two areas cannot collide', () => {
    expect(() => mergeFragments({ popup: { options_title: 'x' } })).toThrow(/start with "popup_"/);
  });

  it('refuses upper case, which the browsers would match case-insensitively', () => {
    expect(() => mergeFragments({ popup: { popup_Title: 'x' } })).toThrow(/lower case/);
  });

  it('refuses an empty message', () => {
    expect(() => mergeFragments({ popup: { popup_title: ' ' } })).toThrow(/empty/);
  });

  it('merges areas into one catalog', () => {
    expect(mergeFragments({ a: { a_x: '1' }, b: { b_y: '2' } })).toEqual({ a_x: '1', b_y: '2' });
  });
});

describe('placeholders', () => {
  it('finds each numbered placeholder once, and not an escaped dollar', () => {
    expect(placeholdersOf('$2 of $1, $1 again, $$5')).toEqual(['$1', '$2']);
  });

  it('substitutes as the browsers do', () => {
    expect(substitute('$1 of $2 cost $$3', ['3', '5'])).toBe('3 of 5 cost $3');
    expect(substitute('only $1 and $2', ['one'])).toBe('only one and ');
  });

  it('writes the browsers’ messages.json shape', () => {
    expect(JSON.parse(toBrowserMessages({ a_x: 'Hi $1' }))).toEqual({ a_x: { message: 'Hi $1' } });
  });
});
