import { describe, expect, it } from 'vitest';
import { REGION_CODES } from '@/lib/content/regions';
import { browserCountry, countryChoices, countryName } from '@/lib/settings/region';

describe('countryChoices', () => {
  it('lists every country the check has numbers for, once each', () => {
    const codes = countryChoices('en').map((choice) => choice.code);
    expect([...codes].sort()).toEqual([...REGION_CODES].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('names each country in the page’s language, in that language’s order', () => {
    for (const locale of ['en', 'en-GB', 'de', 'es', 'fr']) {
      const names = countryChoices(locale).map((choice) => choice.name);
      expect(names, locale).toEqual([...names].sort((a, b) => a.localeCompare(b, locale)));
    }
    const english = countryChoices('en');
    expect(english.find((c) => c.code === 'GB')?.name).toBe('United Kingdom');
    expect(english.find((c) => c.code === 'US')?.name).toBe('United States');
    const german = countryChoices('de').map((c) => c.name);
    expect(german).toContain('Deutschland');
    expect(german).toContain('Vereinigtes Königreich');
    // Sorted as German sorts: Österreich among the O's, not after Z.
    expect(german.indexOf('Österreich')).toBeLessThan(german.indexOf('Polen'));
    expect(countryChoices('fr').map((c) => c.name)).toContain('Allemagne');
    expect(countryChoices('es').map((c) => c.name)).toContain('Alemania');
  });

  it('names a single country', () => {
    expect(countryName('FR', 'en')).toBe('France');
    expect(countryName('FR', 'de')).toBe('Frankreich');
  });
});

describe('browserCountry', () => {
  it('is listed when a language tag names a country the check knows', () => {
    expect(browserCountry(['en-US', 'en'])).toEqual({ kind: 'listed', code: 'US' });
    // The first tag that names a country decides.
    expect(browserCountry(['de', 'de-AT', 'en-US'])).toEqual({ kind: 'listed', code: 'AT' });
    expect(browserCountry(['pt-PT'])).toEqual({ kind: 'listed', code: 'PT' });
  });

  it('is unlisted when the country is one the check has no numbers for', () => {
    expect(browserCountry(['zh-CN', 'zh'])).toEqual({ kind: 'unlisted', code: 'CN' });
  });

  it('is unknown when no tag names a country (a bare language, as Chromium gives with --lang)', () => {
    expect(browserCountry(['de', 'de'])).toEqual({ kind: 'unknown' });
    expect(browserCountry([])).toEqual({ kind: 'unknown' });
    expect(browserCountry(['not a tag', 'en'])).toEqual({ kind: 'unknown' });
  });
});
