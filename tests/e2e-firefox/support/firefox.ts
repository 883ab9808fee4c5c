import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where `wxt build -b firefox` puts the Firefox MV2 extension. */
export const FIREFOX_BUILD_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');

/** Usual install paths, checked in order after FIREFOX_PATH. Debian's ESR comes first. */
const KNOWN_PATHS = [
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

/** The languages the Firefox suite switches to, and Debian's package for each one's UI. */
export const LANGUAGE_PACKS: Readonly<Record<string, string>> = {
  de: 'firefox-esr-l10n-de',
  es: 'firefox-esr-l10n-es-es',
  fr: 'firefox-esr-l10n-fr',
};

/** Why no Firefox was found, and how to get one. */
export function missingFirefoxMessage(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.FIREFOX_PATH?.trim();
  return [
    fromEnv
      ? `FIREFOX_PATH is set to ${fromEnv}, but there is no file there.`
      : `No Firefox was found (looked in ${KNOWN_PATHS.slice(0, 4).join(', ')} and the usual macOS and Windows places).`,
    'The Firefox end-to-end tests need Firefox 142 or newer. Set FIREFOX_PATH to its binary, or install it:',
    `  Debian/Ubuntu: sudo apt-get install -y firefox-esr ${Object.values(LANGUAGE_PACKS).join(' ')}`,
    '  macOS/Windows: install Firefox from its usual installer',
  ].join('\n');
}

/** The Firefox to drive: FIREFOX_PATH when set (and it must exist), else the first known path. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.FIREFOX_PATH?.trim();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return KNOWN_PATHS.find((path) => existsSync(path));
}
