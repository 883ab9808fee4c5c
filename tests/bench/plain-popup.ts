import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * The plain popup Limber's popup races in `npm run bench`: an extension of the same shape with
 * nothing but the platform, the floor a popup can reach. Its popup is one HTML, one script and
 * one stylesheet; it reads the moment its countdown runs to from `chrome.storage.local` in one
 * call, shows it as a `role="timer"` countdown, then sends its background one message, as
 * Limber's popup asks its background for the status once it has drawn itself. Its background
 * answers that message from storage. Its blank page is the same icon.svg as Limber's, so each
 * popup is timed against the same kind of page of its own extension.
 *
 * The peers the issue measured (other break extensions) cannot ship in this repository, so the
 * bench builds this one itself.
 */

/** Where the plain popup's countdown runs to, in its own storage. */
export const PLAIN_DUE_KEY = 'dueAt';

const POPUP_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Plain popup</title>
    <link rel="stylesheet" href="popup.css" />
    <script type="module" src="popup.js"></script>
  </head>
  <body>
    <main id="app"></main>
  </body>
</html>
`;

const POPUP_CSS = `body { margin: 0; min-width: 320px; font: 14px/1.4 system-ui, sans-serif; }
main { padding: 1rem; }
[role='timer'] { font-size: 2rem; font-variant-numeric: tabular-nums; margin: 0; }
`;

const POPUP_JS = `const pad = (n) => String(n).padStart(2, '0');
chrome.storage.local.get('${PLAIN_DUE_KEY}').then((stored) => {
  const left = Math.max(0, Math.ceil((stored.${PLAIN_DUE_KEY} - Date.now()) / 1000));
  const timer = document.createElement('p');
  timer.setAttribute('role', 'timer');
  timer.textContent = Math.floor(left / 60) + ':' + pad(left % 60);
  document.getElementById('app').append(timer);
  chrome.runtime.sendMessage({ type: 'getStatus' }).catch(() => {});
});
`;

const BACKGROUND_JS = `chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message?.type !== 'getStatus') return;
  chrome.storage.local.get('${PLAIN_DUE_KEY}').then((stored) => reply({ ok: true, ...stored }));
  return true;
});
`;

const MANIFEST = {
  manifest_version: 3,
  name: 'Plain popup (Limber bench)',
  version: '1.0.0',
  permissions: ['storage'],
  action: { default_popup: 'popup.html' },
  background: { service_worker: 'background.js' },
};

/** Writes the plain popup's extension into `dir` and returns `dir`. */
export async function buildPlainPopup(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const icon = await readFile(resolve(import.meta.dirname, '../../public/icon.svg'));
  const files: Record<string, string | Buffer> = {
    'manifest.json': JSON.stringify(MANIFEST, null, 2),
    'popup.html': POPUP_HTML,
    'popup.css': POPUP_CSS,
    'popup.js': POPUP_JS,
    'background.js': BACKGROUND_JS,
    'icon.svg': icon,
  };
  for (const [name, contents] of Object.entries(files)) await writeFile(join(dir, name), contents);
  return dir;
}
