import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { Resvg } from '@resvg/resvg-js';
import { defineConfig } from 'wxt';
import { serialiseTips, TIP_FILE } from './lib/content/tip-file';
import { TIPS } from './lib/content/tips';

/** The PNG sizes Chrome Web Store and Firefox Add-ons ask for. */
const ICON_SIZES = [16, 32, 48, 128] as const;

/**
 * Only the extension's own files, and nothing that turns a string into code. Stricter than the
 * browsers' default (which allows any script-src 'self' page to connect, frame or post anywhere):
 * Limber makes no network request, so anything else it tried would be a bug to block.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const iconPaths = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: {
      // Extension pages run in browsers that all support modulepreload: no polyfill needed.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // Reading a property has no side effect anywhere in this code (no getters that act), so
        // content nobody uses, such as the tip texts' source links, can be left out of a bundle.
        treeshake: { propertyReadSideEffects: false },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Limber',
    description:
      'Posture and movement breaks for people who sit at a computer all day. Private: no network, no tracking.',
    icons: iconPaths,
    // Each permission is explained in the README; a test keeps this list and the code in step.
    permissions: ['alarms', 'idle', 'notifications', 'storage'],
    content_security_policy: browser === 'firefox' ? CSP : { extension_pages: CSP },
    commands: {
      'start-break': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Start a break now',
      },
      'toggle-pause': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Pause or resume reminders',
      },
    },
    action: {
      default_title: 'Limber',
      default_icon: iconPaths,
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'limber@limber.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // WXT makes an entrypoint named `history` the browser's own History page (Ctrl+H); Limber's
    // history is its own page, opened from the popup, so it is built as an ordinary page.
    'entrypoints:found': (_wxt, infos) => {
      for (const info of infos) if (info.type === 'history') info.type = 'unlisted-page';
    },
    // The icon's only source is public/icon.svg; the PNGs are rendered from it on every build so
    // the two can never drift apart, and no generated image is kept in git.
    'build:publicAssets': async (wxt, files) => {
      const svg = await readFile(resolve(wxt.config.publicDir, 'icon.svg'));
      const dir = resolve(wxt.config.wxtDir, 'icons');
      await mkdir(dir, { recursive: true });
      for (const size of ICON_SIZES) {
        const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
        const absoluteSrc = resolve(dir, `${size}.png`);
        await writeFile(absoluteSrc, png);
        files.push({ absoluteSrc, relativeDest: iconPaths[size] as string });
      }
      // The tip library as data, read by the background only when a reminder shows a tip.
      files.push({ relativeDest: TIP_FILE.slice(1), contents: serialiseTips(TIPS) });
    },
  },
});
