import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIREFOX_BUILD_DIR, findFirefox, missingFirefoxMessage } from './firefox';

/** The Firefox the extension asks for: the manifest's `strict_min_version`. */
function requiredVersion(): number {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { strict_min_version: string } };
  };
  return Number.parseInt(manifest.browser_specific_settings.gecko.strict_min_version, 10);
}

/**
 * vitest global setup for the Firefox end-to-end tests: fail at once, with the fix, when there is
 * no Firefox or it is too old for the extension; then build the Firefox extension so the tests
 * never run against stale output. LIMBER_E2E_REUSE_BUILD=1 reuses an existing build (handy while
 * writing a test).
 */
export default function setup(): void {
  const firefox = findFirefox();
  if (!firefox) throw new Error(missingFirefoxMessage());
  const reuse = process.env.LIMBER_E2E_REUSE_BUILD === '1';
  if (!reuse || !existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json'))) {
    const root = resolve(FIREFOX_BUILD_DIR, '../..');
    execFileSync(join(root, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const version =
    execFileSync(firefox, ['--version'], { encoding: 'utf8' }).split('\n')[0]?.trim() ?? '';
  const major = Number.parseInt(/(\d+)\.\d/.exec(version)?.[1] ?? '0', 10);
  if (major < requiredVersion()) {
    throw new Error(
      [
        `${firefox} is ${version}; Limber needs Firefox ${requiredVersion()} or newer.`,
        'Set FIREFOX_PATH to a newer one, or update it (Debian 12 has a newer firefox-esr in',
        'bookworm-security: apt-get update && apt-get install -y firefox-esr).',
      ].join('\n'),
    );
  }
}
