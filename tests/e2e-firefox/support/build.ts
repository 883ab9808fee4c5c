import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIREFOX_BUILD_DIR, findFirefox, missingFirefoxMessage } from './firefox';

/**
 * vitest global setup for the Firefox end-to-end tests: fail at once, with the fix, when there is
 * no Firefox; then build the Firefox extension so the tests never run against stale output.
 * LIMBER_E2E_REUSE_BUILD=1 reuses an existing build (handy while writing a test).
 */
export default function setup(): void {
  if (!findFirefox()) throw new Error(missingFirefoxMessage());
  const reuse = process.env.LIMBER_E2E_REUSE_BUILD === '1';
  if (reuse && existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json'))) return;
  const root = resolve(FIREFOX_BUILD_DIR, '../..');
  execFileSync(join(root, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
    cwd: root,
    stdio: 'inherit',
  });
}
