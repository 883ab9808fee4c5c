import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutComments } from './support/source-text';

const ROOT = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(ROOT, dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(ROOT, path));
    return /\.tsx?$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Page code in lib/: the hooks the pages share, which read storage, the clock and the browser. */
const PAGE_CODE = 'lib/pages/';

describe('the functional core stays pure', () => {
  // Storage and messages are the core's two doors to the browser (lib/messages.ts sends the
  // pages' intents to the background); lib/i18n/t.ts reads the packaged message catalog (static
  // text, no state, no clock) and lib/i18n/files.ts reads it from disk for the build and the
  // tests. lib/pages/ is page code kept in lib/ because entrypoints/ folders are WXT's pages
  // and components/ holds views; it is checked below.
  const core = sourceFiles('lib').filter(
    (f) =>
      !f.startsWith('lib/storage/') &&
      !f.startsWith(PAGE_CODE) &&
      f !== 'lib/messages.ts' &&
      f !== 'lib/i18n/t.ts' &&
      f !== 'lib/i18n/files.ts',
  );

  it('has files to check', () => {
    expect(core.length).toBeGreaterThan(5);
  });

  it.each(core)('%s touches no browser API and reads no clock', (file) => {
    const text = read(file);
    expect(text).not.toMatch(/from 'wxt\/browser'|\bbrowser\.|\bchrome\./);
    expect(text).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now\(/);
  });

  it.each(sourceFiles('components'))('%s takes props and calls no browser API', (file) => {
    expect(read(file)).not.toMatch(/from 'wxt\/browser'|\bbrowser\.|\bchrome\./);
  });

  // A page's views take props too: its hooks (lib/pages/, a page's use*.ts) do the talking.
  it.each(['entrypoints/history/sections.tsx'])('%s calls no browser API', (file) => {
    expect(read(file)).not.toMatch(/from 'wxt\/browser'|\bbrowser\.|\bchrome\./);
  });
});

/** What a file imports (or re-exports, or loads with `import()`), as written. */
const specifiers = (file: string): string[] =>
  [...withoutComments(read(file)).matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1] as string,
  );

/** A project file an import names, or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? specifier.slice(2)
    : specifier.startsWith('.')
      ? join(dirname(from), specifier)
      : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    const path = join(ROOT, candidate);
    if (existsSync(path) && statSync(path).isFile()) return relative(ROOT, path);
  }
  throw new Error(`${from}: cannot resolve '${specifier}'`);
}

/** Every project file the given files load, themselves included, with the packages they name. */
function reachable(start: readonly string[]): { files: string[]; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [...start];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const specifier of specifiers(file)) {
      const target = resolveImport(file, specifier);
      if (target === null) packages.add(specifier);
      else queue.push(target);
    }
  }
  return { files: [...files].sort(), packages };
}

describe('the engine is pure, by what it imports', () => {
  // Everything the engine's code loads, however indirectly: the state machine and its status,
  // schedule, stored-state checks and deliveries, and what those read (the settings schema, the
  // keep rule of lib/history, units of time).
  const engine = reachable(sourceFiles('lib/session'));
  const BROWSER_PACKAGES = /^(wxt\/browser|browser|chrome|webextension-polyfill|@wxt-dev\/)/;

  it('follows the imports (the check would see a file that reaches the browser)', () => {
    expect(engine.files).toEqual(
      expect.arrayContaining([
        'lib/session/machine.ts',
        'lib/session/status.ts',
        'lib/settings/schema.ts',
        'lib/history/keep.ts',
        'lib/time/units.ts',
      ]),
    );
    // The same walk from the time formatting, which writes words, reaches the message catalog.
    const format = reachable(['lib/time/format.ts']);
    expect(format.files).toContain('lib/i18n/t.ts');
    expect(format.packages).toContain('wxt/browser');
  });

  it('imports no browser API package', () => {
    expect([...engine.packages].filter((p) => BROWSER_PACKAGES.test(p))).toEqual([]);
  });

  it('reaches no words: nothing in lib/i18n', () => {
    expect(engine.files.filter((f) => f.startsWith('lib/i18n/'))).toEqual([]);
  });

  it.each(engine.files.filter((f) => /\.tsx?$/.test(f)))(
    '%s reads no browser, language or clock',
    (file) => {
      const text = withoutComments(read(file));
      expect(text).not.toMatch(/\bbrowser\.|\bchrome\.|\bnavigator\b/);
      expect(text).not.toMatch(/Date\.now\b|new Date\(\)|performance\.now\b/);
    },
  );
});

describe('one home for each stored item', () => {
  // lib/storage/store.ts is the layer that defines items; lib/storage/items.ts defines every one
  // Limber keeps, each with its parse (tests/lib/storage/items.test.ts).
  it.each(
    [...sourceFiles('lib'), ...sourceFiles('entrypoints'), ...sourceFiles('components')].filter(
      (f) => f !== 'lib/storage/items.ts' && f !== 'lib/storage/store.ts',
    ),
  )('%s defines no stored item of its own', (file) => {
    expect(withoutComments(read(file))).not.toMatch(/\bdefineItem\b/);
  });
});

describe('page code (lib/pages/)', () => {
  const pageCode = sourceFiles('lib').filter((f) => f.startsWith(PAGE_CODE));
  const imports = (file: string) =>
    [...read(file).matchAll(/from '([^']+)'/g)].map((m) => m[1] as string);

  it('has files to check', () => {
    expect(pageCode.length).toBeGreaterThan(0);
  });

  it.each(
    [
      ...sourceFiles('lib'),
      ...sourceFiles('components'),
      ...sourceFiles('entrypoints/background'),
    ].filter((f) => !f.startsWith(PAGE_CODE)),
  )('%s does not import it: only pages do', (file) => {
    expect(imports(file).filter((from) => from.includes('/pages/'))).toEqual([]);
  });

  it.each(pageCode)('%s sends intents only through sendIntent', (file) => {
    expect(read(file)).not.toMatch(/runtime\.sendMessage/);
  });
});

describe('the pages reach the background one way', () => {
  it.each(sourceFiles('entrypoints').filter((f) => !f.startsWith('entrypoints/background/')))(
    '%s sends no message of its own (sendIntent does, in lib/messages.ts)',
    (file) => {
      expect(read(file)).not.toMatch(/runtime\.sendMessage/);
    },
  );
});

describe('permissions', () => {
  const config = read('wxt.config.ts');
  const declared = [
    ...(config.match(/permissions: \[([^\]]*)\]/)?.[1] ?? '').matchAll(/'([^']+)'/g),
  ]
    .map((m) => m[1])
    .sort();
  const code = [...sourceFiles('entrypoints'), ...sourceFiles('lib')].map(read).join('\n');

  /** How the code shows that it uses each permission. */
  const USES: Record<string, RegExp> = {
    alarms: /browser\.alarms\./,
    idle: /browser\.idle\./,
    notifications: /browser\.notifications\./,
    storage: /browser\.storage\b/,
  };

  it('asks for exactly the permissions the code uses, and no host access', () => {
    expect(declared).toEqual(Object.keys(USES).sort());
    for (const [permission, use] of Object.entries(USES)) {
      expect(code, `${permission} is declared but unused`).toMatch(use);
    }
    expect(config).not.toMatch(/host_permissions|content_scripts|<all_urls>/);
  });
});

describe('no machine paths, no files from outside the repository', () => {
  const IGNORED = new Set(['node_modules', '.output', '.wxt', '.git', 'test-results']);

  function walk(dir: string): string[] {
    return readdirSync(join(ROOT, dir)).flatMap((name) => {
      if (IGNORED.has(name)) return [];
      const path = join(dir, name);
      return statSync(join(ROOT, path)).isDirectory() ? walk(path) : [path];
    });
  }

  /** The files git keeps; without git (a source archive), every file outside the ignored folders. */
  function trackedFiles(): string[] {
    try {
      const listed = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
      return listed.split('\0').filter((file) => file && existsSync(join(ROOT, file)));
    } catch {
      return walk('.');
    }
  }

  const texts = trackedFiles()
    .filter((file) => file !== 'package-lock.json')
    .map((file) => ({ file, text: read(file) }))
    .filter(({ text }) => !text.includes('\u0000'));

  /** Where a line matches, as `file:line: text`. */
  function matching(pattern: RegExp): string[] {
    return texts.flatMap(({ file, text }) =>
      text
        .split('\n')
        .flatMap((line, at) => (pattern.test(line) ? [`${file}:${at + 1}: ${line.trim()}`] : [])),
    );
  }

  it('has files to check', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it('names no absolute home or workspace path of a developer’s machine', () => {
    // Home folders (home, Users or root at the top of the disk; Users on C:) and workspace roots
    // (work, workspace), but not the same words in a URL's path.
    const machinePath = /(?<![\w.-])\/(?:home|Users|root|work|workspace)\/|[A-Za-z]:\\\\?Users\\/;
    expect(matching(machinePath)).toEqual([]);
  });

  it('cites no notes kept outside the repository: sources are public', () => {
    const outsideNotes = /health-facts\.md|\bshared\/(?:content|design)\//;
    expect(matching(outsideNotes)).toEqual([]);
    // Every Markdown file a file names is one of the repository's own.
    const own = new Set(texts.map(({ file }) => file.split('/').pop()));
    const named = texts.flatMap(({ text }) => text.match(/(?<![\w/.-])[\w.-]+\.md\b/g) ?? []);
    expect([...new Set(named)].filter((name) => !own.has(name))).toEqual([]);
  });
});
