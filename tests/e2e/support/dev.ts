/**
 * `npm run dev` (`npm run dev -- -b firefox` for Firefox): WXT's development mode, which builds
 * the extension into .output/<browser>-dev, rebuilds it on every change and opens a browser with
 * it loaded. WXT's own command crashes (`read ECONNRESET`) when no browser can open, and
 * Chromium started as root quits at once without `--no-sandbox`. This checks both first, as
 * `npm start` does: as root it adds `--no-sandbox`; with no display (or no browser) it still
 * runs the dev server, opens no browser, and says which folder to load by hand.
 */
import { resolve } from 'node:path';
import { createServer } from 'wxt';
import { findFirefox } from '../../e2e-firefox/support/firefox';
import { findChromium } from './chromium';

type Target = 'chrome' | 'firefox';

function targetOf(args: readonly string[]): Target {
  const at = args.findIndex((arg) => arg === '-b' || arg === '--browser');
  const named =
    at >= 0 ? args[at + 1] : args.find((arg) => arg.startsWith('--browser='))?.slice(10);
  if (named === undefined || named === 'chrome') return 'chrome';
  if (named === 'firefox') return 'firefox';
  throw new Error(`npm run dev: unknown browser "${named}" (chrome or firefox)`);
}

/** Why no browser can be opened here, or null when one can. */
function noBrowserReason(
  target: Target,
  binary: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return 'There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser can open.';
  }
  if (!binary) {
    return target === 'chrome'
      ? 'No Chromium or Chrome was found (set CHROME_PATH to its binary).'
      : 'No Firefox was found (set FIREFOX_PATH to its binary).';
  }
  return null;
}

function explainManualLoad(target: Target, reason: string): void {
  const dir = resolve(
    import.meta.dirname,
    '../../../.output',
    `${target === 'chrome' ? 'chrome-mv3' : 'firefox-mv2'}-dev`,
  );
  console.warn(`\n${reason}`);
  console.warn(
    'The dev server runs anyway and rebuilds on every change, without opening a browser.',
  );
  console.warn(
    target === 'chrome'
      ? 'In a browser on this machine, open chrome://extensions, turn on "Developer mode", click\n"Load unpacked" and choose:'
      : 'In Firefox on this machine, open about:debugging#/runtime/this-firefox, click\n"Load Temporary Add-on…" and choose manifest.json in:',
  );
  console.warn(`\n  ${dir}\n`);
  console.warn(
    'On a machine with no display at all, `npm run build` and `npm test` are the way to check changes.\n',
  );
}

async function main(): Promise<void> {
  const target = targetOf(process.argv.slice(2));
  const binary = target === 'chrome' ? findChromium() : findFirefox();
  const reason = noBrowserReason(target, binary);
  if (reason) explainManualLoad(target, reason);
  const asRoot = process.getuid?.() === 0;
  if (!reason && asRoot && target === 'chrome') {
    console.warn('Running as root: Chromium is started with --no-sandbox, which it needs as root.');
  }
  const server = await createServer({
    browser: target,
    webExt: {
      disabled: reason !== null,
      ...(binary ? { binaries: { [target]: binary } } : {}),
      ...(asRoot && target === 'chrome' ? { chromiumArgs: ['--no-sandbox'] } : {}),
    },
  });
  await server.start();
}

await main();
