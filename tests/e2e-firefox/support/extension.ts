import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, TimeoutError } from 'puppeteer-core';
import { waitFor } from '../../e2e/support/wait';
import { ConsoleWatch } from './console';
import { FIREFOX_BUILD_DIR, findFirefox, LANGUAGE_PACKS, missingFirefoxMessage } from './firefox';

export interface LaunchOptions {
  /** The browser's language, as `intl.locale.requested` (Firefox needs that language's pack). */
  locale?: string;
  /** How long the event page may idle before Firefox suspends it (Firefox's default: 30 s). */
  backgroundIdleMs?: number;
}

/** The part of puppeteer's WebDriver BiDi connection used to reach Firefox's own windows. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface ChromeContext {
  context: string;
  url: string;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

const BROWSER_WINDOW = 'chrome://browser/content/browser.xhtml';
const ALERT_WINDOW = 'chrome://global/content/alerts/alert.xhtml';

const GECKO_ID = (
  JSON.parse(readFileSync(join(FIREFOX_BUILD_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;

/** puppeteer's handle on a tab's WebDriver BiDi browsing context (not in its public types). */
interface BidiFrame {
  browsingContext?: { navigate?(url: string, wait: 'none'): Promise<void> };
}

/**
 * Opens `url` in a new tab and waits until its document has loaded. BiDi reports no load event
 * for an extension page, so the navigation is sent without waiting for one and the document
 * itself is watched; `page.goto` would wait out its whole timeout each time.
 */
async function openTab(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  const context = (page.mainFrame() as unknown as BidiFrame).browsingContext;
  if (context?.navigate) {
    await context.navigate(url, 'none');
  } else {
    await page.goto(url, { timeout: 1500 }).catch((error: unknown) => {
      // No load event comes for an extension page; any other failure is real.
      if (!(error instanceof TimeoutError)) throw error;
    });
  }
  await page
    .waitForFunction(
      (expected) => location.href === expected && document.readyState === 'complete',
      { timeout: 15_000 },
      url,
    )
    .catch((error: unknown) => {
      throw new Error(`${url} did not open: ${String(error)}`);
    });
  return page;
}

/**
 * A headless Firefox with the built extension (`.output/firefox-mv2`) installed as a temporary
 * add-on, driven over WebDriver BiDi with puppeteer-core. Its quirks, all measured:
 * - `--remote-allow-system-access` lets the tests open `moz-extension://` pages and reach
 *   Firefox's own windows (to click a notification, to mark the user active);
 * - the add-on's UUID is fixed by a pref, so every page's URL is known before install;
 * - BiDi reports no load event for extension pages, so `openPage` waits for the document itself;
 * - extension consoles do not reach puppeteer: Firefox prints them to its stdout and stderr,
 *   where ConsoleWatch reads them;
 * - with no notification daemon (CI), Firefox's own notification window is used, else each
 *   notification would close a few milliseconds after it opened.
 * Always call `close()` (in `afterAll`).
 */
export class FirefoxExtension {
  private flushes = 0;

  private constructor(
    readonly browser: Browser,
    readonly uuid: string,
    private readonly watch: ConsoleWatch,
    /** An extension page kept open to call the extension's APIs from (see ./probe.ts). */
    public probePage: Page,
  ) {}

  static async launch({ locale, backgroundIdleMs }: LaunchOptions = {}): Promise<FirefoxExtension> {
    const executablePath = findFirefox();
    if (!executablePath) throw new Error(missingFirefoxMessage());
    const uuid = randomUUID();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      headless: true,
      executablePath,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        'devtools.console.stdout.content': true,
        'alerts.useSystemBackend': false,
        // No experiments to fetch on a machine that may have no network.
        'messaging-system.rsexperimentloader.enabled': false,
        ...(locale ? { 'intl.locale.requested': locale } : {}),
        ...(backgroundIdleMs ? { 'extensions.background.idle.timeout': backgroundIdleMs } : {}),
      },
    });
    try {
      const watch = new ConsoleWatch();
      const child = browser.process();
      if (!child?.stdout || !child.stderr) throw new Error('Firefox gave no output streams');
      child.stdout.on('data', (chunk: Buffer) => watch.feed('out', chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => watch.feed('err', chunk.toString()));
      const installed = await browser.installExtension(FIREFOX_BUILD_DIR);
      if (installed !== GECKO_ID) throw new Error(`installed ${installed}, not ${GECKO_ID}`);
      const probePage = await openTab(browser, `moz-extension://${uuid}/options.html`);
      const ext = new FirefoxExtension(browser, uuid, watch, probePage);
      if (locale) await ext.expectLanguage(locale);
      return ext;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** Every console error and uncaught exception from the extension's pages and background. */
  get errors(): string[] {
    return this.watch.errors;
  }

  url(path: string): string {
    return `moz-extension://${this.uuid}/${path}`;
  }

  /** Opens an extension page such as `popup.html` in a new tab and waits for it to load. */
  openPage(path: string): Promise<Page> {
    return openTab(this.browser, this.url(path));
  }

  /** The open tab showing `path`, such as a break page the extension opened itself. */
  async pageShowing(path: string): Promise<Page> {
    const url = this.url(path);
    const found = await waitFor(
      async () => {
        for (const page of await this.browser.pages()) {
          // BiDi leaves an extension tab's puppeteer URL at about:blank: ask the page.
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href === url) return page;
        }
        return undefined;
      },
      (page) => page !== undefined,
      15_000,
    );
    if (!found) throw new Error(`no tab shows ${path}`);
    return found;
  }

  private get connection(): BidiConnection {
    return (this.browser as unknown as { connection: BidiConnection }).connection;
  }

  private async chromeContext(url: string): Promise<string> {
    const found = await waitFor(
      async () => {
        const { result } = await this.connection.send('browsingContext.getTree', {
          'moz:scope': 'chrome',
        });
        const { contexts } = result as { contexts: ChromeContext[] };
        return contexts.find((c) => c.url === url)?.context;
      },
      (context) => context !== undefined,
      10_000,
    );
    if (!found) throw new Error(`no Firefox window at ${url}`);
    return found;
  }

  /**
   * Evaluates `expression` with Firefox's own privileges in one of its windows (the browser
   * window unless said otherwise), and returns its value, which must be JSON.
   */
  async privileged<T>(expression: string, window = BROWSER_WINDOW): Promise<T> {
    const context = await this.chromeContext(window);
    const { result } = await this.connection.send('script.evaluate', {
      expression: `Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`,
      target: { context },
      awaitPromise: true,
    });
    const evaluated = result as EvaluateResult;
    if (evaluated.type === 'exception') {
      throw new Error(`in Firefox's window: ${evaluated.exceptionDetails?.text}`);
    }
    return JSON.parse(String(evaluated.result?.value)) as T;
  }

  /** The notification on screen as Firefox draws it (its own window: no system daemon here). */
  async notificationOnScreen(): Promise<{ title: string; text: string }> {
    return this.privileged(
      `({
        title: document.getElementById('alertTitleLabel').value,
        text: document.getElementById('alertTextLabel').textContent,
      })`,
      ALERT_WINDOW,
    );
  }

  /** Clicks the notification on screen, as the user would. */
  async clickNotification(): Promise<void> {
    await this.privileged(`document.getElementById('alertBox').click()`, ALERT_WINDOW);
  }

  /**
   * Tells Firefox the user just touched the keyboard or mouse. Headless Firefox gets no real
   * input, so after `idleSeconds` it reports the user away; tests that are not about that call
   * this first. (Input synthesised over WebDriver does not count as the user's.)
   */
  async markUserActive(): Promise<void> {
    await this.privileged(
      `Cc['@mozilla.org/widget/useridleservice;1']
        .getService(Ci.nsIUserIdleServiceInternal)
        .resetIdleTimeOut(0)`,
    );
  }

  /**
   * Switches Firefox's language and reloads the extension, which reads its messages at start.
   * Reopens the probe page, since the reload closes the extension's pages.
   */
  async switchLanguage(locale: string): Promise<void> {
    await this.privileged(`Services.prefs.setStringPref('intl.locale.requested', '${locale}')`);
    await this.expectLanguage(locale);
    await this.probePage.evaluate(() => browser.runtime.reload()).catch(() => undefined);
    this.probePage = await waitFor(
      () => this.openPage('options.html').catch(() => undefined),
      (page) => page !== undefined,
    ).then((page) => page as Page);
  }

  private async expectLanguage(locale: string): Promise<void> {
    const app = await this.privileged<string>('Services.locale.appLocaleAsBCP47');
    if (app.split('-')[0] !== locale.split('-')[0]) {
      const pack = LANGUAGE_PACKS[locale.split('-')[0] ?? ''] ?? `the ${locale} language pack`;
      throw new Error(
        `Firefox shows ${app}, not ${locale}: its language pack is missing (Debian: apt-get install ${pack}).`,
      );
    }
  }

  /** Whether the event page is running now (Firefox suspends it when idle). */
  async backgroundRunning(): Promise<boolean> {
    return this.probePage.evaluate(() => browser.extension.getBackgroundPage() !== null);
  }

  /**
   * Waits until everything the extension logged so far has been read from Firefox's output: a
   * marker is logged (stdout) and thrown (stderr) from the probe page, and both are awaited.
   */
  async flushConsole(): Promise<void> {
    const marker = `limber-e2e-flush-${++this.flushes}`;
    await this.probePage.evaluate((m) => {
      console.log(m);
      setTimeout(() => {
        throw new Error(m);
      });
    }, marker);
    await waitFor(
      async () => this.watch.hasSeen(marker),
      (seen) => seen,
      10_000,
    );
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
