// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { MINIMUM_CHROME_VERSION } from '../wxt.config';

const ROOT = resolve(import.meta.dirname, '..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(ROOT, dir, name);
    if (statSync(path).isDirectory()) return files(relative(ROOT, path), ext);
    return ext.test(name) ? [relative(ROOT, path)] : [];
  });
}

/** Comments name features without using them. */
const code = (file: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

interface Feature {
  name: string;
  /** The first Chrome that has it (MDN's browser compatibility data). */
  chrome: number;
  pattern: RegExp;
  /** A use of it, so the pattern itself is tested. */
  sample: string;
}

/**
 * Web features that came to Chrome after version 90 and that the pages could not do without,
 * with the version that brought each. Adding a newer one to the code without raising
 * MINIMUM_CHROME_VERSION fails below; so does raising it with no feature that needs it.
 */
const CSS_FEATURES: Feature[] = [
  { name: ':has()', chrome: 105, pattern: /:has\(/, sample: 'li:has(> a) {' },
  {
    name: 'container queries',
    chrome: 105,
    pattern: /@container\b|container-type\s*:/,
    sample: '@container (width >= 40rem) {',
  },
  { name: 'accent-color', chrome: 93, pattern: /accent-color\s*:/, sample: 'accent-color: red;' },
  { name: '@layer', chrome: 99, pattern: /@layer\b/, sample: '@layer base {' },
  {
    name: 'dynamic viewport units',
    chrome: 108,
    pattern: /\d(dvh|svh|lvh|dvw)\b/,
    sample: '100dvh',
  },
  {
    name: 'color-mix()',
    chrome: 111,
    pattern: /color-mix\(/,
    sample: 'color-mix(in srgb, red, blue)',
  },
  { name: 'CSS nesting', chrome: 112, pattern: /&[\s.:[>+~]/, sample: '& .child {' },
  { name: 'subgrid', chrome: 117, pattern: /\bsubgrid\b/, sample: 'grid-template-rows: subgrid;' },
  { name: '@scope', chrome: 118, pattern: /@scope\b/, sample: '@scope (.card) {' },
  {
    name: ':user-invalid',
    chrome: 119,
    pattern: /:user-(in)?valid\b/,
    sample: 'input:user-invalid',
  },
  {
    name: 'light-dark()',
    chrome: 123,
    pattern: /light-dark\(/,
    sample: 'color: light-dark(#000, #fff);',
  },
  {
    name: 'field-sizing',
    chrome: 123,
    pattern: /field-sizing\s*:/,
    sample: 'field-sizing: content;',
  },
];

const JS_FEATURES: Feature[] = [
  { name: 'Array.prototype.at', chrome: 92, pattern: /\.at\(/, sample: 'list.at(-1)' },
  { name: 'Object.hasOwn', chrome: 93, pattern: /Object\.hasOwn\(/, sample: 'Object.hasOwn(o, k)' },
  { name: 'findLast', chrome: 97, pattern: /\.findLast(Index)?\(/, sample: 'list.findLast(f)' },
  {
    name: 'structuredClone',
    chrome: 98,
    pattern: /\bstructuredClone\(/,
    sample: 'structuredClone(x)',
  },
  {
    name: 'change-array-by-copy',
    chrome: 110,
    pattern: /\.(toSorted|toReversed|toSpliced)\(/,
    sample: 'list.toSorted()',
  },
  {
    name: 'AbortSignal.any',
    chrome: 116,
    pattern: /AbortSignal\.any\(/,
    sample: 'AbortSignal.any([])',
  },
  {
    name: 'groupBy',
    chrome: 117,
    pattern: /\b(Object|Map)\.groupBy\(/,
    sample: 'Object.groupBy(l, f)',
  },
  {
    name: 'Promise.withResolvers',
    chrome: 119,
    pattern: /Promise\.withResolvers\(/,
    sample: 'Promise.withResolvers()',
  },
  {
    name: 'Array.fromAsync',
    chrome: 121,
    pattern: /Array\.fromAsync\(/,
    sample: 'Array.fromAsync(it)',
  },
  {
    name: 'Set methods',
    chrome: 122,
    pattern: /\.(union|intersection|symmetricDifference|isDisjointFrom)\(/,
    sample: 'a.union(b)',
  },
  {
    name: 'Intl.DurationFormat',
    chrome: 129,
    pattern: /Intl\.DurationFormat\b/,
    sample: 'new Intl.DurationFormat()',
  },
];

const SOURCE_DIRS = ['components', 'entrypoints', 'lib'];

function used(features: Feature[], ext: RegExp): { feature: Feature; file: string }[] {
  const sources = SOURCE_DIRS.flatMap((dir) => files(dir, ext));
  return features.flatMap((feature) =>
    sources.filter((file) => feature.pattern.test(code(file))).map((file) => ({ feature, file })),
  );
}

describe('minimum_chrome_version', () => {
  const uses = [...used(CSS_FEATURES, /\.css$/), ...used(JS_FEATURES, /\.tsx?$/)];

  it.each([...CSS_FEATURES, ...JS_FEATURES])('recognises $name', ({ pattern, sample }) => {
    expect(sample).toMatch(pattern);
  });

  it('finds the features the pages are known to use', () => {
    const names = new Set(uses.map((u) => u.feature.name));
    expect(names).toContain(':has()');
    expect(names).toContain('container queries');
  });

  it('is the Chrome version of the newest feature used', () => {
    const newest = Math.max(...uses.map((u) => u.feature.chrome));
    const needing = uses
      .filter((u) => u.feature.chrome === newest)
      .map((u) => `${u.feature.name} in ${u.file}`);
    expect(Number(MINIMUM_CHROME_VERSION), `the newest: ${needing.join(', ')}`).toBe(newest);
  });

  it('is in the Chrome manifest, and not in Firefox’s', async () => {
    const manifest = config.manifest;
    if (typeof manifest !== 'function') throw new Error('the manifest is not built per browser');
    const env = { mode: 'production', command: 'build', manifestVersion: 3 } as const;
    const chrome = await manifest({ ...env, browser: 'chrome' });
    const firefox = await manifest({ ...env, browser: 'firefox', manifestVersion: 2 });
    expect(chrome.minimum_chrome_version).toBe(MINIMUM_CHROME_VERSION);
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
  });
});

describe('build groups', () => {
  const hooks = config.hooks as Record<string, unknown> | undefined;
  const grouped = hooks?.['entrypoints:grouped'] as (wxt: unknown, groups: unknown[]) => void;
  const page = (name: string) => ({ name, type: 'unlisted-page' });
  const background = { name: 'background', type: 'background' };

  it('builds each page on its own, so none shares a chunk with another', () => {
    const groups: unknown[] = [
      background,
      [page('popup'), page('options'), page('break')],
      [page('sandbox')],
    ];
    grouped({}, groups);
    expect(groups).toEqual([
      background,
      [page('popup')],
      [page('options')],
      [page('break')],
      [page('sandbox')],
    ]);
  });
});
