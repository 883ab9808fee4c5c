import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROME_BUILD_DIR, chromiumArgs, findChromium } from '../e2e/support/chromium';
import { sittingState } from '../e2e/support/seed';
import { buildPlainPopup, PLAIN_DUE_KEY } from './plain-popup';

/**
 * The popup race of `npm run bench`: Limber's popup against the plain popup of the same shape
 * (./plain-popup.ts), both extensions in one headless Chromium. Each round times, for each
 * extension in turn (which goes first alternates), its own blank page (its icon.svg opened as a
 * document) and then its popup, from navigation start to the moment the countdown
 * (`[role="timer"]`) is in the page, recorded inside the page. Every page opens in one tab that
 * is navigated, never closed (see timedOpen). A popup's figure is its time
 * divided by its own blank page's time from the same round, so a busy machine slows both alike;
 * the table shows the median of the rounds.
 *
 * Twice over: with the extension's service worker running (started just before each open), and
 * asleep (every worker stopped just before each open, as the browser stops an idle one; closing
 * the blank page's tab would otherwise wake a worker that listens for closed tabs): then the
 * popup's message to its background starts the worker beside the popup's first render, on the
 * same cores. No other page of either extension is open while one is timed.
 */

export type WorkerMode = 'awake' | 'asleep';

export interface RaceResult {
  extension: 'limber' | 'plain';
  worker: WorkerMode;
  /** Per round: the popup's time divided by its blank page's. */
  ratios: number[];
  popupMs: number[];
  blankMs: number[];
}

interface Contender {
  extension: 'limber' | 'plain';
  id: string;
  popup: string;
  /** Puts the state the popup shows into the extension's storage. */
  seed: (page: Page) => Promise<void>;
}

const MIN = 60_000;
const BLANK = 'icon.svg';
/** How long each popup stays open in the warm-up round (see timedOpen). */
const WARM_UP_STAY_MS = 3_000;

/**
 * Records, inside each page the stage tab opens, the time from navigation start to the moment it
 * is ready: for a popup, the first `[role="timer"]` in it; for a blank page, its load event.
 */
const MARK_READY = `
  if (location.protocol === 'chrome-extension:') {
    if (location.pathname.endsWith('.html')) {
      new MutationObserver(() => {
        if (window.__readyAt === undefined && document.querySelector('[role="timer"]')) {
          window.__readyAt = performance.now();
        }
      }).observe(document, { childList: true, subtree: true });
    } else {
      addEventListener('load', () => { window.__readyAt = performance.now(); });
    }
  }`;

/**
 * Opens `url` in the stage tab and times it. One tab serves every open, navigated to the page and
 * then away to about:blank, so no tab is ever closed: closing one would wake a worker that
 * listens for closed tabs, in the middle of the next measurement.
 */
async function timedOpen(stage: Page, url: string, stayMs = 0): Promise<number> {
  await stage.goto(url);
  await stage.waitForFunction(
    () => (window as { __readyAt?: number }).__readyAt !== undefined,
    null,
    { polling: 20 },
  );
  const ms = await stage.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  // A page a person opened stays open a moment: long enough to keep what it learns for next
  // time (Limber's popup keeps how the language writes clock times, once it has shown itself).
  if (stayMs > 0) await stage.waitForTimeout(stayMs);
  await stage.goto('about:blank');
  return ms;
}

/** The extensions' service workers as DevTools sees them, to stop and start them. */
class Workers {
  private readonly status = new Map<string, { url: string; running: string }>();
  private readonly changed = new Set<() => void>();

  private constructor(private readonly cdp: CDPSession) {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) {
        this.status.set(v.versionId, { url: v.scriptURL, running: v.runningStatus });
      }
      for (const listener of this.changed) listener();
    });
  }

  static async attach(context: BrowserContext, controller: Page): Promise<Workers> {
    const cdp = await context.newCDPSession(controller);
    const workers = new Workers(cdp);
    await cdp.send('ServiceWorker.enable');
    return workers;
  }

  private until(done: () => boolean, what: string): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.changed.delete(check);
        reject(new Error(`the service workers did not ${what}`));
      }, 5_000);
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        this.changed.delete(check);
        resolve();
      };
      this.changed.add(check);
    });
  }

  private of(id: string) {
    return [...this.status.values()].filter((v) => v.url.startsWith(`chrome-extension://${id}/`));
  }

  async stopAll(): Promise<void> {
    const stopped = () => [...this.status.values()].every((v) => v.running === 'stopped');
    // An event (a closed tab, an alarm) can start a worker again as it stops: asked again then.
    for (let attempt = 1; !stopped(); attempt++) {
      await this.cdp.send('ServiceWorker.stopAllWorkers');
      try {
        await this.until(stopped, 'stop');
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  async start(id: string): Promise<void> {
    await this.cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${id}/` });
    await this.until(() => this.of(id).some((v) => v.running === 'running'), 'start');
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export { median };

/** Runs the race for `rounds` rounds (after one warm-up round) in each worker mode. */
export async function racePopups(rounds: number): Promise<RaceResult[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH');
  const plainDir = await buildPlainPopup(await mkdtemp(join(tmpdir(), 'limber-plain-popup-')));
  const profile = await mkdtemp(join(tmpdir(), 'limber-race-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumArgs(`${CHROME_BUILD_DIR},${plainDir}`, { headless: true }),
  });
  try {
    while (context.serviceWorkers().length < 2) {
      await context.waitForEvent('serviceworker', { timeout: 15_000 });
    }
    const ids = new Map<string, string>();
    for (const worker of context.serviceWorkers()) {
      const name = await worker.evaluate(() => chrome.runtime.getManifest().name);
      ids.set(name.startsWith('Plain popup') ? 'plain' : 'limber', new URL(worker.url()).host);
    }
    // Limber welcomes a new install with its options page: closed, so no page of either
    // extension stays open to keep its process warm.
    const welcome = (page: Page) => page.url().includes('options.html?welcome');
    const opened =
      context.pages().find(welcome) ??
      (await context.waitForEvent('page', { predicate: welcome, timeout: 15_000 }));
    await opened.close();
    const contenders: Contender[] = [
      {
        extension: 'limber',
        id: ids.get('limber') as string,
        popup: 'popup.html',
        seed: (page) =>
          page.evaluate(
            (engine) => chrome.storage.local.set({ engine }),
            sittingState(Date.now(), 20 * MIN),
          ),
      },
      {
        extension: 'plain',
        id: ids.get('plain') as string,
        popup: 'popup.html',
        seed: (page) =>
          page.evaluate(([key, at]) => chrome.storage.local.set({ [key]: at }), [
            PLAIN_DUE_KEY,
            Date.now() + 20 * MIN,
          ] as const),
      },
    ];
    // A page outside both extensions, to drive DevTools from; one to write each round's state
    // from; one that every timed page opens in (see timedOpen).
    const controller = await context.newPage();
    const workers = await Workers.attach(context, controller);
    const seeder = await context.newPage();
    const stage = await context.newPage();
    await stage.addInitScript({ content: MARK_READY });
    const results: RaceResult[] = [];
    for (const worker of ['awake', 'asleep'] as const) {
      for (const c of contenders) {
        results.push({ extension: c.extension, worker, ratios: [], popupMs: [], blankMs: [] });
      }
    }
    for (let round = 0; round <= rounds; round++) {
      for (const worker of ['awake', 'asleep'] as const) {
        const order = round % 2 === 0 ? contenders : [...contenders].reverse();
        for (const c of order) {
          const base = `chrome-extension://${c.id}/`;
          // A fresh state each round, written from a page of the extension.
          await seeder.goto(base + BLANK);
          await c.seed(seeder);
          await seeder.goto('about:blank');
          const ready = () => (worker === 'asleep' ? workers.stopAll() : workers.start(c.id));
          await ready();
          const blankMs = await timedOpen(stage, base + BLANK);
          await ready();
          // The first round warms the browser's caches, and is the popups' first use: each stays
          // open as a person's would, for a moment after it shows.
          const popupMs = await timedOpen(stage, base + c.popup, round === 0 ? WARM_UP_STAY_MS : 0);
          if (round === 0) continue;
          const result = results.find((r) => r.extension === c.extension && r.worker === worker);
          result?.ratios.push(popupMs / blankMs);
          result?.popupMs.push(popupMs);
          result?.blankMs.push(blankMs);
        }
      }
    }
    return results;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await rm(plainDir, { recursive: true, force: true });
  }
}

/** The race as a Markdown table for BENCHMARKS.md. */
export function raceTable(results: RaceResult[]): string[] {
  const row = (extension: string, worker: WorkerMode) =>
    results.find((r) => r.extension === extension && r.worker === worker);
  const lines = [
    '| popup | service worker | time ÷ own blank page | popup time | blank page time | Limber ÷ plain |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const worker of ['awake', 'asleep'] as const) {
    const plain = row('plain', worker);
    for (const extension of ['limber', 'plain'] as const) {
      const r = row(extension, worker);
      if (!r || !plain) continue;
      const versus =
        extension === 'limber' ? (median(r.ratios) / median(plain.ratios)).toFixed(2) : '';
      lines.push(
        `| ${extension === 'limber' ? 'Limber' : 'plain HTML+JS'} | ${worker} | ${median(r.ratios).toFixed(2)} | ${median(r.popupMs).toFixed(1)} ms | ${median(r.blankMs).toFixed(1)} ms | ${versus} |`,
      );
    }
  }
  return lines;
}

// `npx tsx tests/bench/race.ts` runs the race alone (BENCH_RACE_ROUNDS rounds, 15 unless told).
if (process.argv[1]?.endsWith('race.ts')) {
  racePopups(Number(process.env.BENCH_RACE_ROUNDS ?? 15))
    .then((results) => console.log(raceTable(results).join('\n')))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
