import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where `wxt build` puts the Chrome MV3 extension. */
export const CHROME_BUILD_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

/** Usual install paths, checked in order after CHROME_PATH. */
const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Why no browser was found, and how to get one. */
export function missingChromiumMessage(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH?.trim();
  return [
    fromEnv
      ? `CHROME_PATH is set to ${fromEnv}, but there is no file there.`
      : `No Chromium or Chrome was found (looked in ${KNOWN_PATHS.slice(0, 4).join(', ')} and the usual macOS and Windows places).`,
    'Set CHROME_PATH to the browser binary, or install one:',
    '  Debian/Ubuntu: sudo apt-get install -y chromium',
    '  macOS/Windows: install Google Chrome or Chromium from its usual installer',
  ].join('\n');
}

/** The browser to drive: CHROME_PATH when set (and it must exist), else the first known path. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return KNOWN_PATHS.find((path) => existsSync(path));
}

/**
 * Flags that keep Chromium quiet on a machine with no network: no background fetches, no
 * component updates, no sync, and only our extension loaded.
 */
export function chromiumArgs(extensionDir: string, { headless }: { headless: boolean }): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}
