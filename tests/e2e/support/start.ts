/**
 * `npm start`: opens Chromium/Chrome with the freshly built extension in a throwaway profile.
 * It lives beside the end-to-end harness because it shares its browser discovery and flags.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD_DIR, chromiumArgs, findChromium, missingChromiumMessage } from './chromium';

/** Chromium names an unpacked extension after a hash of its absolute path. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

function explainManualLoad(reason: string): never {
  console.error(`\n${reason}\n`);
  console.error('To try Limber by hand, open chrome://extensions, turn on "Developer mode",');
  console.error('click "Load unpacked" and choose this folder:');
  console.error(`\n  ${CHROME_BUILD_DIR}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (!existsSync(join(CHROME_BUILD_DIR, 'manifest.json'))) {
    explainManualLoad('The extension is not built yet: run `npm run build` first.');
  }
  const browser = findChromium();
  if (!browser) explainManualLoad(missingChromiumMessage());
  const hasDisplay =
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay) {
    explainManualLoad('There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set).');
  }

  const profile = await mkdtemp(join(tmpdir(), 'limber-start-'));
  const welcome = `chrome-extension://${unpackedExtensionId(CHROME_BUILD_DIR)}/options.html`;
  console.log(`Starting ${browser} with Limber loaded (temporary profile ${profile}).`);
  console.log(
    'Limber is in the toolbar (pin it from the puzzle-piece menu). Close the browser to end.',
  );
  const child = spawn(
    browser,
    [...chromiumArgs(CHROME_BUILD_DIR, { headless: false }), `--user-data-dir=${profile}`, welcome],
    { stdio: 'inherit' },
  );
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await new Promise<number>((done) => child.on('exit', (c) => done(c ?? 0)));
  await rm(profile, { recursive: true, force: true });
  process.exit(code);
}

await main();
