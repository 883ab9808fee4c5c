// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { POLYFILL_APIS, POLYFILL_FILE, trimPolyfill } from '@/lib/build/polyfill';

const ROOT = resolve(import.meta.dirname, '../../..');
const POLYFILL = createRequire(import.meta.url).resolve('webextension-polyfill');
const source = readFileSync(POLYFILL, 'utf8');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(ROOT, dir, name);
    if (statSync(path).isDirectory()) return files(relative(ROOT, path));
    return /\.tsx?$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

/** The API table a polyfill source holds, as data. */
function table(code: string): Record<string, unknown> {
  const start = code.indexOf('const apiMetadata = ') + 'const apiMetadata = '.length;
  const end = code.indexOf(';\n      if (Object.keys(apiMetadata).length === 0)');
  return JSON.parse(code.slice(start, end));
}

type Globals = { chrome?: unknown; browser?: unknown };
const globals = globalThis as Globals;
// The test setup's fake browser, put back after each test.
const saved: Globals = { chrome: globals.chrome, browser: globals.browser };

/**
 * Loads a polyfill source as the bundles do, against a fake `chrome` and, as in Firefox, a
 * native `browser` when one is given.
 */
async function load(code: string, chrome: unknown, browser?: unknown): Promise<unknown> {
  const file = join(mkdtempSync(join(tmpdir(), 'limber-polyfill-')), 'polyfill.mjs');
  writeFileSync(file, code);
  globals.chrome = chrome;
  globals.browser = browser;
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)).default;
}

afterEach(() => {
  globals.chrome = saved.chrome;
  globals.browser = saved.browser;
});

describe('the trimmed polyfill', () => {
  it('is applied to the file the package resolves to', () => {
    expect(POLYFILL).toMatch(POLYFILL_FILE);
  });

  it('keeps every API the extension calls', () => {
    const code = ['components', 'entrypoints', 'lib'].flatMap(files).map((f) => ({
      file: f,
      apis: [...readFileSync(join(ROOT, f), 'utf8').matchAll(/\bbrowser\.([A-Za-z0-9]+)/g)].map(
        (m) => m[1] as string,
      ),
    }));
    const used = new Set(code.flatMap((f) => f.apis));
    expect(used.size).toBeGreaterThan(5);
    for (const { file, apis } of code) {
      for (const api of apis) expect(POLYFILL_APIS, `browser.${api} in ${file}`).toContain(api);
    }
    // And lists nothing the code no longer calls.
    expect([...POLYFILL_APIS].sort()).toEqual([...used].sort());
  });

  it('keeps those APIs’ entries exactly as published, and no others', () => {
    const before = table(source);
    const after = table(trimPolyfill(source));
    const known = POLYFILL_APIS.filter((api) => api in before);
    expect(known.length).toBeGreaterThan(5);
    expect(Object.keys(after).sort()).toEqual([...known].sort());
    for (const api of known) expect(after[api]).toEqual(before[api]);
    expect(Object.keys(before).length).toBeGreaterThan(Object.keys(after).length + 10);
  });

  it('is an ES module: no UMD wrapper left', () => {
    const trimmed = trimPolyfill(source);
    expect(trimmed).toMatch(/\nexport default module\.exports;\n$/);
    expect(trimmed).not.toMatch(/define\.amd|typeof exports/);
  });

  it('still wraps a kept API in promises, as the published polyfill does', async () => {
    const calls: unknown[] = [];
    const chrome = {
      runtime: { id: 'limber', lastError: undefined },
      storage: {
        local: {
          get: (keys: unknown, done: (items: unknown) => void) => {
            calls.push(keys);
            done({ engine: 1 });
          },
        },
      },
    };
    const browser = (await load(trimPolyfill(source), chrome)) as unknown as {
      storage: { local: { get(keys: string): Promise<unknown> } };
    };
    await expect(browser.storage.local.get('engine')).resolves.toEqual({ engine: 1 });
    expect(calls).toEqual(['engine']);
    // The argument checks come with the table's entry.
    expect(() => (browser.storage.local.get as (...a: unknown[]) => unknown)(1, 2)).toThrow(
      /at most 1 argument/,
    );
  });

  it('gives Firefox its own browser object, as the published polyfill does', async () => {
    const native = { runtime: { id: 'limber' } };
    expect(await load(trimPolyfill(source), { runtime: { id: 'limber' } }, native)).toBe(native);
  });

  it('fails the build if the polyfill changes shape', () => {
    expect(() => trimPolyfill(source.replace('const apiMetadata = ', 'const metadata = '))).toThrow(
      /changed shape/,
    );
    expect(() => trimPolyfill(source.replace('(function (global, factory) {', '(() => {'))).toThrow(
      /changed shape/,
    );
  });
});
