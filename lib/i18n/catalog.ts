/**
 * The message catalog: every word the user sees, per language, outside the code.
 *
 * Messages are written as small flat JSON files, one per area of the extension, in
 * `lib/i18n/locales/<locale>/<area>.json` (`{ "area_key": "Text with $1" }`). The build merges each
 * locale's files into the browser's own `_locales/<locale>/messages.json`, so the pages and the
 * worker read them through the i18n API and no text is carried in the JavaScript.
 */

/** Every shipped language; English is the source and the fallback for anything missing. */
export const LOCALES = ['en', 'es', 'de', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** One area's messages: key to text. */
export type Fragment = Readonly<Record<string, string>>;

/** Lower case because the browsers match message names case-insensitively. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

/**
 * Merges one locale's area files into one catalog. Each key must start with its file's area
 * name, so two areas can never define the same message.
 */
export function mergeFragments(
  fragments: Readonly<Record<string, Fragment>>,
): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [area, messages] of Object.entries(fragments)) {
    for (const [key, text] of Object.entries(messages)) {
      if (!KEY_PATTERN.test(key) || !key.startsWith(`${area}_`)) {
        throw new Error(
          `Message "${key}" in ${area}.json must be lower case and start with "${area}_"`,
        );
      }
      if (typeof text !== 'string' || text.trim() === '') {
        throw new Error(`Message "${key}" in ${area}.json is empty`);
      }
      merged[key] = text;
    }
  }
  return merged;
}

/** The `messages.json` the browsers read. */
export function toBrowserMessages(catalog: Readonly<Record<string, string>>): string {
  const messages = Object.fromEntries(
    Object.entries(catalog).map(([key, message]) => [key, { message }]),
  );
  return `${JSON.stringify(messages, null, 1)}\n`;
}

/** The numbered placeholders a message uses (`$1` to `$9`), sorted, each once. */
export function placeholdersOf(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\$\$|\$([1-9])/g)) if (match[1]) found.add(`$${match[1]}`);
  return [...found].sort();
}

/**
 * What the i18n API's getMessage returns for a message: `$1`..`$9` replaced by the
 * substitutions (a missing one by nothing) and `$$` by a dollar sign. The tests use it to serve
 * messages as a browser would.
 */
export function substitute(text: string, substitutions: readonly string[] = []): string {
  return text.replace(/\$\$|\$([1-9])/g, (_token, index?: string) =>
    index ? (substitutions[Number(index) - 1] ?? '') : '$',
  );
}
