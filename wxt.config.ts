import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { Resvg } from '@resvg/resvg-js';
import { defineConfig, type Entrypoint } from 'wxt';
import { trimmedPolyfill } from './lib/build/polyfill';
import { serialiseTips, TIP_FILE } from './lib/content/tip-file';
import { TIPS } from './lib/content/tips';
import { DEFAULT_LOCALE, LOCALES, toBrowserMessages } from './lib/i18n/catalog';
import { readCatalogs } from './lib/i18n/files';
import {
  NOTIFICATION_ICON,
  NOTIFICATION_ICON_PATH,
  STATE_ICON_SOURCES,
  stateIconPath,
  TOOLBAR_ICON_SIZES,
} from './lib/icons';

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

/**
 * The oldest Chrome the pages work in: the newest web feature they use decides it (today `:has()`
 * and container queries, both Chrome 105). tests/wxt.config.test.ts finds the features in the
 * stylesheets and code and keeps this number in step with them.
 */
export const MINIMUM_CHROME_VERSION = '105';

const iconPaths = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    // The polyfill's table of APIs cut to those Limber calls (see lib/build/polyfill.ts).
    plugins: [preact(), trimmedPolyfill()],
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
    // Every word is in the message catalog (lib/i18n), in the browser's language.
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: DEFAULT_LOCALE,
    icons: iconPaths,
    // Each permission is explained in the README; a test keeps this list and the code in step.
    permissions: ['alarms', 'idle', 'notifications', 'storage'],
    // Written as MV3 writes it; WXT turns it into MV2's plain string for Firefox (and, in
    // `npm run dev`, adds its dev server to it, which it can only do to this form).
    content_security_policy: { extension_pages: CSP },
    commands: {
      'start-break': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_extension_command_start_break__',
      },
      'toggle-pause': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_extension_command_toggle_pause__',
      },
    },
    action: { default_icon: iconPaths },
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
      : {
          minimum_chrome_version: MINIMUM_CHROME_VERSION,
          // The settings an organisation may set by policy (lib/settings/policy.ts, DEPLOYING.md).
          // Chrome and Edge need the schema; Firefox reads policies.json without one.
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
  hooks: {
    // WXT makes an entrypoint named `history` the browser's own History page (Ctrl+H); Limber's
    // history is its own page, opened from the popup, so it is built as an ordinary page.
    'entrypoints:found': (_wxt, infos) => {
      for (const info of infos) if (info.type === 'history') info.type = 'unlisted-page';
    },
    // Each page is built on its own, so it loads one script and one stylesheet for its first
    // render: built together, the code pages share is split into chunks of its own, and a page
    // waits for every file it loads before its script starts. What a page loads later with
    // `import()` stays a file apart: the popup's is one module (entrypoints/popup/later.ts), as
    // several lazy modules made the bundler split the first render's code too.
    'entrypoints:grouped': (_wxt, groups) => {
      const pages = groups.flatMap((group, at) => (Array.isArray(group) ? [at] : []));
      for (const at of pages.reverse()) {
        const group = groups[at] as Entrypoint[];
        groups.splice(at, 1, ...group.map((entry) => [entry]));
      }
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // Firefox's MV2 background is an event page, as Chrome's is a service worker: started by
      // the browser's events, suspended when idle, so it holds nothing in memory between them.
      if (manifest.background && 'scripts' in manifest.background) {
        manifest.background.persistent = false;
      }
      // WXT takes the toolbar button's tooltip from the popup's <title>; it is the extension's
      // name, in the user's language.
      for (const action of [manifest.action, manifest.browser_action]) {
        if (!action) continue;
        action.default_title = '__MSG_extension_name__';
        // Firefox's MV2 button is built from the popup alone and would lose its icons.
        action.default_icon ??= iconPaths;
      }
    },
    // The icons' only sources are the SVGs in public/; the PNGs are rendered from them on every
    // build so the two can never drift apart, and no generated image is kept in git.
    'build:publicAssets': async (wxt, files) => {
      const dir = resolve(wxt.config.wxtDir, 'icons');
      await mkdir(dir, { recursive: true });
      const render = async (source: string, size: number, relativeDest: string) => {
        const svg = await readFile(resolve(wxt.config.publicDir, source));
        const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
        const absoluteSrc = resolve(dir, relativeDest.replaceAll('/', '-'));
        await writeFile(absoluteSrc, png);
        files.push({ absoluteSrc, relativeDest });
      };
      for (const size of ICON_SIZES) await render('icon.svg', size, iconPaths[size] as string);
      // The toolbar's other states and the reminder's icon, drawn as one set (lib/icons.ts).
      for (const [state, source] of Object.entries(STATE_ICON_SOURCES)) {
        for (const size of TOOLBAR_ICON_SIZES) {
          await render(source, size, stateIconPath(state as keyof typeof STATE_ICON_SOURCES, size));
        }
      }
      await render(
        NOTIFICATION_ICON.source,
        NOTIFICATION_ICON.size,
        NOTIFICATION_ICON_PATH.slice(1),
      );
      // Each language's message files, merged into the file the browsers read.
      const catalogs = readCatalogs();
      for (const locale of LOCALES) {
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: toBrowserMessages(catalogs[locale]),
        });
      }
      // The tip library as data, read by the background only when a reminder shows a tip.
      files.push({ relativeDest: TIP_FILE.slice(1), contents: serialiseTips(TIPS) });
    },
  },
});
