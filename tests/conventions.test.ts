import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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
