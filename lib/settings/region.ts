/**
 * The country setting's choices: the countries the red-flag check has numbers for, by their
 * names in the user's language, and what "from my browser" stands for on this computer.
 */
import { effectiveRegion, REGION_CODES, routeFor } from '@/lib/content/regions';

export interface CountryChoice {
  /** ISO 3166-1 code, as stored. */
  code: string;
  name: string;
}

/** A country's name in `locale` ("Germany", "Alemania"); the code when the browser has none. */
export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/** Every country the check lists, by its name in `locale`, in that language's order. */
export function countryChoices(locale: string): CountryChoice[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return REGION_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
}

/**
 * What the browser says about the user's country: `listed` when the check has numbers for it,
 * `unlisted` when it names a country the check does not list, `unknown` when it names none.
 */
export type BrowserCountry =
  | { kind: 'listed'; code: string }
  | { kind: 'unlisted'; code: string }
  | { kind: 'unknown' };

/** `tags`: the browser's language tags, most preferred first (see `browserLanguageTags`). */
export function browserCountry(tags: readonly string[]): BrowserCountry {
  const code = effectiveRegion('', tags);
  if (code === null) return { kind: 'unknown' };
  return routeFor(code).id === 'unknown' ? { kind: 'unlisted', code } : { kind: 'listed', code };
}
