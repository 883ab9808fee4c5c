import type { Plugin } from 'vite';

/**
 * webextension-polyfill as Limber uses it. The polyfill (what WXT's `browser` is, in every page
 * and the worker) carries a table of every extension API it wraps, bookmarks to webRequest, as
 * data in its source; Limber calls eleven of them. This build step keeps the table's entries for
 * those, exactly as published, and drops the rest, which no code here can reach: about 0.5 kB
 * gzip of the worker that starts every minute and of each page. Nothing else in the polyfill
 * changes: an API left out of the table would still work in Chrome (every Manifest V3 API returns
 * a promise by itself), and Firefox has its own `browser` and never runs the polyfill.
 *
 * It also drops the file's UMD wrapper (the branches for AMD loaders and script tags) for an
 * ES module export, so the bundles lose the CommonJS glue the wrapper made them carry.
 *
 * The build fails if the polyfill's file no longer looks as expected, so an update cannot slip
 * through unmodified or half-modified. tests/lib/build/polyfill.test.ts keeps POLYFILL_APIS in
 * step with the code: every API the extension calls on `browser` must be in it.
 *
 * Build code, run by wxt.config.ts in Node: no page or the worker imports it.
 */
export const POLYFILL_APIS = [
  'action',
  'alarms',
  'browserAction',
  'commands',
  'i18n',
  'idle',
  'notifications',
  'runtime',
  'storage',
  'tabs',
  'windows',
] as const;

/** The polyfill's file as the `webextension-polyfill` package resolves to. */
export const POLYFILL_FILE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;

const TABLE_START = 'const apiMetadata = ';
const TABLE_END = ';\n      if (Object.keys(apiMetadata).length === 0)';
const UMD_HEAD =
  /^\(function \(global, factory\) \{[\s\S]*?\}\)\(typeof globalThis[^\n]*function \(module\) \{\n/;
const UMD_TAIL = /\n\}\);\n(\/\/# sourceMappingURL=[^\n]*\n?)?$/;

/** The polyfill's source with its API table cut to `apis` and an ES module export. */
export function trimPolyfill(source: string, apis: readonly string[] = POLYFILL_APIS): string {
  const start = source.indexOf(TABLE_START);
  const end = source.indexOf(TABLE_END);
  if (start < 0 || end < start || !UMD_HEAD.test(source) || !UMD_TAIL.test(source)) {
    throw new Error('webextension-polyfill has changed shape: review lib/build/polyfill.ts');
  }
  const table = JSON.parse(source.slice(start + TABLE_START.length, end)) as Record<
    string,
    unknown
  >;
  const kept = Object.fromEntries(Object.entries(table).filter(([api]) => apis.includes(api)));
  const trimmed =
    source.slice(0, start + TABLE_START.length) + JSON.stringify(kept, null, 2) + source.slice(end);
  return trimmed
    .replace(UMD_HEAD, 'const module = { exports: {} };\n(function (module) {\n')
    .replace(UMD_TAIL, '\n})(module);\nexport default module.exports;\n');
}

/** The Vite plugin that applies `trimPolyfill` to the polyfill's file. */
export function trimmedPolyfill(): Plugin {
  return {
    name: 'limber:trimmed-polyfill',
    transform(code, id) {
      if (!POLYFILL_FILE.test(id.split('?')[0] as string)) return null;
      return { code: trimPolyfill(code), map: null };
    },
  };
}
