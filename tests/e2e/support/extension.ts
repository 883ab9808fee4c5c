import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD_DIR, chromiumArgs, findChromium, missingChromiumMessage } from './chromium';
import { watchServiceWorkerExceptions } from './worker-exceptions';

/** A running Chromium with the built Limber extension loaded, and what it logged. */
export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The current background service worker (it changes after a restart). */
  serviceWorker(): Promise<Worker>;
  /** Opens an extension page such as `popup.html` in a new tab and waits for it to load. */
  openPage(path: string): Promise<Page>;
  /** Every console error and uncaught exception from the extension's pages and worker. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * One listener for the whole browser, added at launch: a listener added to each page or worker
 * as it appears is switched on only after it started, and would miss what it logged first (the
 * worker's start-up, a page the extension opens itself).
 */
function watchConsoles(context: BrowserContext, errors: string[]): void {
  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.worker() ? 'service worker' : (msg.page()?.url() ?? 'unknown');
    errors.push(`[${where}] ${msg.text()}`);
  });
  context.on('weberror', (err) => {
    errors.push(`[${err.page()?.url() ?? 'unknown'}] uncaught: ${err.error().message}`);
  });
}

/**
 * Launches Chromium with a fresh temporary profile and the extension from `.output/chrome-mv3`,
 * in the browser language `lang` when given (English otherwise).
 * Always call `close()` (in `afterEach`/`afterAll`); it removes the profile too.
 */
export async function launchExtension({ lang }: { lang?: string } = {}): Promise<LoadedExtension> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage());

  const profile = await mkdtemp(join(tmpdir(), 'limber-e2e-'));
  const errors: string[] = [];
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      // `--lang` picks the extension's messages (chrome.i18n); the locale emulation gives the
      // pages' own Intl and navigator.language the same language.
      args: [
        ...chromiumArgs(CHROME_BUILD_DIR, { headless: true }),
        ...(lang ? [`--lang=${lang}`] : []),
      ],
      ...(lang ? { locale: lang } : {}),
    });
    const ctx = context;
    watchConsoles(ctx, errors);
    await watchServiceWorkerExceptions(ctx, errors);

    const serviceWorker = async (): Promise<Worker> =>
      ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL((await serviceWorker()).url()).host;

    return {
      context: ctx,
      extensionId,
      serviceWorker,
      errors,
      async openPage(path) {
        const page = await ctx.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path}`);
        return page;
      },
      async close() {
        await ctx.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
