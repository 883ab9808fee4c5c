import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROME_BUILD_DIR, findChromium, missingChromiumMessage } from './chromium';

/**
 * vitest global setup for the end-to-end tests: fail at once, with the fix, when there is no
 * browser; then build the Chrome extension so the tests never run against stale output.
 * LIMBER_E2E_REUSE_BUILD=1 reuses an existing build (handy while writing a test).
 */
export default function setup(): void {
  if (!findChromium()) throw new Error(missingChromiumMessage());
  const reuse = process.env.LIMBER_E2E_REUSE_BUILD === '1';
  if (reuse && existsSync(join(CHROME_BUILD_DIR, 'manifest.json'))) return;
  const root = resolve(CHROME_BUILD_DIR, '../..');
  execFileSync(join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'inherit' });
}
