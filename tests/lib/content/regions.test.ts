import { describe, expect, it } from 'vitest';
import { routeKeys } from '@/lib/content/red-flags';
import {
  effectiveRegion,
  isKnownRegion,
  OTHER_REGION,
  REGION_CODES,
  REGION_ROUTES,
  ROUTE_IDS,
  ROUTES,
  regionFromLanguages,
  routeFor,
} from '@/lib/content/regions';
import { LOCALES } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';

const catalogs = readCatalogs();

describe('the table of numbers', () => {
  it.each([
    ['US', '911'],
    ['CA', '911'],
    ['MX', '911'],
    ['GB', '999'],
    ['IE', '112'],
    ['DE', '112'],
    ['FR', '15'],
    ['ES', '112'],
    ['IT', '112'],
    ['NL', '112'],
    ['CH', '144'],
    ['AT', '144'],
    ['AU', '000'],
    ['NZ', '111'],
    ['IN', '112'],
    ['JP', '119'],
    ['BR', '192'],
  ])('%s calls %s in an emergency', (region, number) => {
    expect(routeFor(region).emergency).toBe(number);
  });

  it.each([
    ['GB', ['111']],
    ['DE', ['116', '117']],
    ['CA', ['811']],
    ['AT', ['1450']],
    ['AU', ['1800', '022', '222']],
    ['NZ', ['0800', '611', '116']],
    ['JP', ['7119']],
  ])('%s has its urgent, not emergency, line', (region, numbers) => {
    expect(routeFor(region).urgentNumbers).toEqual(expect.arrayContaining(numbers));
  });

  it('covers every EU member state with 112', () => {
    const eu = [
      ...['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE'],
      ...['IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'],
    ];
    expect(eu).toHaveLength(27);
    for (const code of eu) {
      expect(isKnownRegion(code), code).toBe(true);
      expect(routeFor(code).emergencyNumbers, code).toContain('112');
    }
  });

  it('gives no number, but the general ones, for an unknown or unlisted country', () => {
    expect(routeFor(null).id).toBe('unknown');
    expect(routeFor(null).emergency).toBeNull();
    expect(routeFor('ZA').id).toBe('unknown');
    expect(routeFor(OTHER_REGION).id).toBe('unknown');
  });

  it('uses every route, and lists every country once, sorted', () => {
    const used = new Set(Object.values(REGION_ROUTES));
    expect([...used].sort()).toEqual(ROUTE_IDS.filter((id) => id !== 'unknown').sort());
    expect(REGION_CODES).toEqual([...new Set(REGION_CODES)].sort());
    for (const code of REGION_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it.each(ROUTE_IDS)(
    'route %s has an https source and its first number among its numbers',
    (id) => {
      const route = ROUTES[id];
      expect(route.sources.length).toBeGreaterThan(0);
      for (const source of route.sources) expect(new URL(source.url).protocol).toBe('https:');
      if (route.emergency !== null) expect(route.emergencyNumbers).toContain(route.emergency);
    },
  );
});

const digitsOf = (text: string) => text.match(/\d+/g) ?? [];

describe.each(LOCALES)('the words of each route in %s', (locale) => {
  it.each(ROUTE_IDS)('%s names exactly its numbers', (id) => {
    const route = ROUTES[id];
    const keys = routeKeys(id);
    const emergency = catalogs[locale][keys.emergency] ?? '';
    const today = catalogs[locale][keys.today] ?? '';
    expect(new Set(digitsOf(emergency))).toEqual(new Set(route.emergencyNumbers));
    expect(new Set(digitsOf(today))).toEqual(new Set(route.urgentNumbers));
  });

  it('shows UK services only to the UK (and 999 to Ireland, where it works too)', () => {
    for (const id of ROUTE_IDS.filter((r) => r !== 'gb')) {
      const keys = routeKeys(id);
      const text = `${catalogs[locale][keys.emergency]} ${catalogs[locale][keys.today]}`;
      expect(text, id).not.toMatch(/NHS|A&E|\bGP practice\b/);
      if (id !== 'ie') expect(text, id).not.toMatch(/\b999\b/);
    }
  });
});

describe('regionFromLanguages', () => {
  it('reads the region of the first tag that has one', () => {
    expect(regionFromLanguages(['en-US'])).toBe('US');
    expect(regionFromLanguages(['de', 'de-AT', 'en-US'])).toBe('AT');
    expect(regionFromLanguages(['en-gb'])).toBe('GB');
    expect(regionFromLanguages(['es-419', 'es-MX'])).toBe('419');
  });

  it('does not guess a country from a bare language', () => {
    expect(regionFromLanguages(['de'])).toBeNull();
    expect(regionFromLanguages(['en', 'fr'])).toBeNull();
    expect(regionFromLanguages([])).toBeNull();
  });

  it('skips tags that are not valid', () => {
    expect(regionFromLanguages(['not a tag', 'fr-FR'])).toBe('FR');
  });
});

describe('effectiveRegion', () => {
  it('takes the user’s choice over the browser’s', () => {
    expect(effectiveRegion('GB', ['en-US'])).toBe('GB');
  });

  it('follows the browser when the setting is empty', () => {
    expect(effectiveRegion('', ['de-DE'])).toBe('DE');
    expect(effectiveRegion('', ['de'])).toBeNull();
  });

  it('gives no country for "not listed", whatever the browser says', () => {
    expect(effectiveRegion(OTHER_REGION, ['en-US'])).toBeNull();
  });

  it('gives the unknown route for a region code that is not a country the table lists', () => {
    // es-419 (Latin America) is a region, not a country: the general numbers, not a guess.
    expect(routeFor(effectiveRegion('', ['es-419'])).id).toBe('unknown');
  });
});
