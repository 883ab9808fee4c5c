import { describe, expect, it, onTestFinished } from 'vitest';
import { LOCALES } from '@/lib/i18n/catalog';
import { formatDate, formatNumber, t, tData, tn, uiDirection, uiLocale } from '@/lib/i18n/t';
import { useTestLocale } from '../../support/i18n';

describe('t', () => {
  it('reads the English catalog by default', () => {
    expect(t('extension_command_start_break')).toBe('Start a break now');
    expect(uiDirection()).toBe('ltr');
  });

  it('formats for the browser’s region when it asks for a variant of the shown language', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
    expect(uiLocale()).toBe('en-GB');
    useTestLocale('fr');
    expect(uiLocale()).toBe('fr');
  });

  it('follows the browser language', () => {
    useTestLocale('de');
    expect(t('extension_command_start_break')).toBe('Jetzt eine Pause beginnen');
    expect(uiLocale()).toBe('de');
  });

  it('shows the name of a missing message rather than nothing', () => {
    expect(tData('no_such_message')).toBe('no_such_message');
  });

  it('writes numbers the language’s way', () => {
    expect(formatNumber(1.5)).toBe('1.5');
    useTestLocale('de');
    expect(formatNumber(1.5)).toBe('1,5');
  });
});

describe('tn', () => {
  it('picks the plural form by the language’s rules', () => {
    expect(tn('common_minutes', 1)).toBe('1 minute');
    expect(tn('common_minutes', 2)).toBe('2 minutes');
    useTestLocale('fr');
    // French counts zero as singular.
    expect(tn('common_minutes', 0)).toBe('0 minute');
  });
});

type Kind = 'NumberFormat' | 'DateTimeFormat' | 'PluralRules';

/** Counts the `Intl` objects of one kind made until the test ends, each still a real one. */
function countMade(kind: Kind): { count: number } {
  const real = Intl[kind];
  const made = { count: 0 };
  (Intl as Record<Kind, unknown>)[kind] = new Proxy(real, {
    construct(target, args) {
      made.count++;
      return Reflect.construct(target, args);
    },
  });
  onTestFinished(() => {
    (Intl as Record<Kind, unknown>)[kind] = real;
  });
  return made;
}

describe('formatters', () => {
  it('writes whole numbers below 1000 as Intl does, in every language, without making one', () => {
    const made = countMade('NumberFormat');
    for (const locale of LOCALES) {
      useTestLocale(locale);
      for (let n = 0; n < 1000; n++) {
        expect(formatNumber(n)).toBe(new Intl.NumberFormat(uiLocale()).format(n));
      }
    }
    // Only the comparisons above made any.
    expect(made.count).toBe(LOCALES.length * 1000);
  });

  it('writes the rest as Intl does, making one formatter per language and options', () => {
    const values = [1000, 12_345.5, -3, 0.25, 2.5];
    const all = () => {
      for (const locale of LOCALES) {
        useTestLocale(locale);
        for (const value of values) formatNumber(value);
        formatNumber(0.5, { style: 'percent' });
      }
    };
    const made = countMade('NumberFormat');
    all();
    // Two per language at most (those made by earlier tests are kept), then none.
    expect(made.count).toBeLessThanOrEqual(LOCALES.length * 2);
    made.count = 0;
    all();
    all();
    expect(made.count).toBe(0);
    for (const locale of LOCALES) {
      useTestLocale(locale);
      for (const value of values) {
        expect(formatNumber(value)).toBe(new Intl.NumberFormat(uiLocale()).format(value));
      }
      expect(formatNumber(0.5, { style: 'percent' })).toBe(
        new Intl.NumberFormat(uiLocale(), { style: 'percent' }).format(0.5),
      );
    }
  });

  it('writes dates as Intl does, making one formatter per language and options', () => {
    const at = new Date(2025, 5, 10, 14, 30).getTime();
    const options: Intl.DateTimeFormatOptions = { weekday: 'short' };
    const made = countMade('DateTimeFormat');
    for (const locale of LOCALES) {
      useTestLocale(locale);
      formatDate(at, options);
    }
    expect(made.count).toBeLessThanOrEqual(LOCALES.length);
    made.count = 0;
    for (const locale of LOCALES) {
      useTestLocale(locale);
      for (let minute = 0; minute < 3; minute++) formatDate(at + minute * 60_000, options);
      expect(formatDate(at, options)).toBe(new Date(at).toLocaleDateString(uiLocale(), options));
    }
    expect(made.count).toBe(0);
  });

  it('makes one set of plural rules per language', () => {
    const made = countMade('PluralRules');
    const all = () => {
      for (const locale of LOCALES) {
        useTestLocale(locale);
        for (let n = 0; n < 5; n++) tn('common_minutes', n);
      }
    };
    all();
    expect(made.count).toBeLessThanOrEqual(LOCALES.length);
    made.count = 0;
    all();
    expect(made.count).toBe(0);
  });
});
