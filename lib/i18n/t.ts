/**
 * Looks up the user's words in the extension's message catalog (see ./catalog.ts).
 *
 * This is the one part of lib/i18n that calls the browser; it is a read of text packaged with
 * the extension, with no state and no clock, so the pure modules that build sentences may use it
 * and stay testable (the unit tests serve the English catalog through the fake browser).
 */
import { browser } from 'wxt/browser';
import { CLOCK_OPTIONS, type ClockStyle, formatClockIn } from './clock';
import type { MessageKey, PluralBase } from './keys';

export type Substitution = string | number;

// WXT types message names from public/_locales, which this project builds rather than keeps
// (see ./catalog.ts); MessageKey is the checked list instead.
const getMessage = (name: string, substitutions?: string[]): string =>
  (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(
    name,
    substitutions,
  );

/**
 * A message by name, with `$1`..`$9` filled in. Numbers are written in the user's language. A
 * name with no message shows as the name itself, so a gap is visible rather than blank.
 */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  return lookup(key, substitutions);
}

/**
 * A message whose name is built from data (a tip's or an exercise's id); the content tests check
 * that every such name exists in every language.
 */
export function tData(key: string, ...substitutions: Substitution[]): string {
  return lookup(key, substitutions);
}

/**
 * A count in words: `<base>_one` or `<base>_other` by the language's plural rules, with the
 * number as `$1` and any further substitutions from `$2`.
 */
export function tn(base: PluralBase, count: number, ...substitutions: Substitution[]): string {
  const form = pluralRules().select(count) === 'one' ? 'one' : 'other';
  return lookup(`${base}_${form}`, [count, ...substitutions]);
}

/**
 * The language the messages are shown in, as a BCP 47 tag for `Intl` and `lang` attributes. When
 * the browser asks for a regional variant of that language (en-GB, fr-CA), dates and numbers
 * follow the region.
 */
export function uiLocale(): string {
  const language = getMessage('common_locale') || 'en';
  const preferred = typeof navigator === 'undefined' ? '' : navigator.language;
  return preferred.split('-')[0] === language ? preferred : language;
}

/**
 * The browser's language tags, most preferred first, then the browser's own language: where the
 * user's country is read from when they have not chosen one (see lib/content/regions.ts).
 */
export function browserLanguageTags(): string[] {
  const preferred = typeof navigator === 'undefined' ? [] : [...navigator.languages];
  return [...preferred, browser.i18n.getUILanguage()];
}

/** 'rtl' for right-to-left languages, for the pages' `dir` attribute. */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * `Intl` formatters, one per language, kind and options. Making one costs far more than using it
 * (the first number formatter in a fresh browser process loads the language's data: 12-57 ms
 * measured in headless Chromium), so each is made once and kept while the page is open.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string,
  make: (locale: string) => T,
): T {
  const locale = uiLocale();
  const key = locale + kind;
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = make(locale);
    formatters.set(key, made);
  }
  return made;
}

/**
 * The languages whose whole numbers below 1000 are plain digits, as `String` writes them
 * (tests/lib/i18n/t.test.ts checks each against `Intl`): counts and minutes need no number
 * formatter at all.
 */
const PLAIN_DIGITS = /^(en|es|de|fr)\b/;

/** Numbers written the user's way (a decimal comma in German, say). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  if (!options && Number.isInteger(value) && value >= 0 && value < 1000) {
    if (PLAIN_DIGITS.test(uiLocale())) return String(value);
  }
  return formatter(`n${JSON.stringify(options)}`, (l) => new Intl.NumberFormat(l, options)).format(
    value,
  );
}

/** A date or time written the user's way. */
export function formatDate(at: number | Date, options: Intl.DateTimeFormatOptions): string {
  return formatter(
    `d${JSON.stringify(options)}`,
    (l) => new Intl.DateTimeFormat(l, options),
  ).format(at);
}

/**
 * How the user's language writes clock times, when a page has one learnt earlier for this
 * language and browser (see ./clock.ts): then times are written without a formatter.
 */
let clockStyle: ClockStyle | null = null;

/**
 * Whom a clock style is learnt for: the language times are written in, and this browser and its
 * major version ("Chrome/156"), whose locale data it copies.
 */
export function clockStyleOwner(): string {
  const agent = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  return `${uiLocale()} ${agent.match(/(?:Firefox|Chrome)\/\d+/)?.[0] ?? agent}`;
}

/**
 * Writes clock times in `style` from now on, if it was learnt for this language and browser
 * (a stored style, already checked); says whether it was taken.
 */
export function adoptClockStyle(style: ClockStyle | null): boolean {
  clockStyle = style && style.owner === clockStyleOwner() ? style : null;
  return clockStyle !== null;
}

/** A time of day ("14:30", "2:30 PM") as the user's language writes it. */
export function formatTime(at: number): string {
  return clockStyle ? formatClockIn(clockStyle, at) : formatDate(at, CLOCK_OPTIONS);
}

function pluralRules(): Intl.PluralRules {
  return formatter('p', (locale) => new Intl.PluralRules(locale));
}

function lookup(key: string, substitutions: readonly Substitution[]): string {
  const text = getMessage(
    key,
    substitutions.map((value) => (typeof value === 'number' ? formatNumber(value) : value)),
  );
  return text || key;
}

/** Sets a page's language, text direction and title, before anything renders. */
export function localizePage(title: string): void {
  document.documentElement.lang = uiLocale();
  document.documentElement.dir = uiDirection();
  document.title = title;
}
