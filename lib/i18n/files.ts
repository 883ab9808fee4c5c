/**
 * Reads the message files from disk. For the build (wxt.config.ts) and the tests only: the
 * extension itself reads the merged catalog through `browser.i18n`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Fragment, LOCALES, type Locale, mergeFragments } from './catalog';

export const LOCALES_DIR = join(import.meta.dirname, 'locales');

/** Each area file of a locale, parsed, keyed by area name. */
export function readFragments(locale: Locale): Record<string, Fragment> {
  const dir = join(LOCALES_DIR, locale);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return Object.fromEntries(
    files.map((name) => [
      basename(name, '.json'),
      JSON.parse(readFileSync(join(dir, name), 'utf8')),
    ]),
  );
}

/** Every locale's merged catalog. */
export function readCatalogs(): Record<Locale, Record<string, string>> {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, mergeFragments(readFragments(locale))]),
  ) as Record<Locale, Record<string, string>>;
}
