// First: the engine words its badge through browser.i18n, which Node lacks (see the file).
import '../e2e/support/messages';
import { cpus, freemem, totalmem } from 'node:os';
import type { Page } from 'playwright-core';
import { type LoadedExtension, launchExtension } from '../e2e/support/extension';
import { Probe } from '../e2e/support/probe';
import { sittingState } from '../e2e/support/seed';
import { racePopups, raceTable } from './race';
import { measureSizes } from './sizes';
import { countWakeups } from './wakeups';
import { countBrowsingWakeups } from './wakeups-browser';
import { WorkerProfiler } from './worker-cpu';

/**
 * `npm run bench`: how fast and light Limber is, measured in real Chromium with the built
 * extension. Prints a Markdown report for BENCHMARKS.md. Timings are never asserted anywhere.
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/** Rounds of the popup race (./race.ts), in each worker mode. */
const RACE_ROUNDS = Number(process.env.BENCH_RACE_ROUNDS ?? 15);
const WAKES = Number(process.env.BENCH_WAKES ?? 15);
/** Seconds of real sitting watched with no help: the alarm should fire about once a minute. */
const WINDOW_S = Number(process.env.BENCH_WINDOW_S ?? 130);
/** Seconds an hour of browsing (60 tab closes, 30 switches) is compressed into. */
const BROWSE_S = Number(process.env.BENCH_BROWSE_S ?? 130);
const MIN = 60_000;

/**
 * The baseline: the extension's own icon opened as a document, the lightest thing an extension
 * URL can load (no script, no storage, one small file). Each page's time is divided by the
 * baseline's time from the same round, so a busy machine slows both alike.
 */
const BASELINE = 'icon.svg';

/** When each page counts as ready: the moment it shows what a person opened it for. */
const PAGES = [
  { path: 'popup.html', ready: '[role="timer"]', what: 'the status countdown' },
  { path: 'options.html', ready: 'input', what: 'the first settings field' },
  { path: 'break.html', ready: '[role="timer"]', what: 'the break timer' },
  { path: 'history.html', ready: 'h2', what: 'the first history section' },
] as const;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/**
 * A script for the page that records the time from navigation start to the first moment
 * `selector` matches (or to the load event), so no round trip to this process is counted. A
 * string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
 */
function markReady(selector: string | null): string {
  const seen = selector
    ? `new MutationObserver(() => {
        if (window.__readyAt === undefined && document.querySelector(${JSON.stringify(selector)})) {
          window.__readyAt = performance.now();
        }
      }).observe(document, { childList: true, subtree: true });`
    : `addEventListener('load', () => { window.__readyAt = performance.now(); });`;
  return seen;
}

async function openTimed(ext: LoadedExtension, path: string, ready: string | null) {
  const page: Page = await ext.context.newPage();
  await page.addInitScript({ content: markReady(ready) });
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  await page.waitForFunction(
    () => (window as { __readyAt?: number }).__readyAt !== undefined,
    null,
    {
      polling: 20,
    },
  );
  const ms = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  await cdp.detach();
  await page.close();
  return { ms, heap };
}

async function measurePages(ext: LoadedExtension, probe: Probe) {
  const ratios = new Map<string, number[]>(PAGES.map((p) => [p.path, []]));
  const times = new Map<string, number[]>([
    [BASELINE, []],
    ...PAGES.map((p) => [p.path, []] as [string, number[]]),
  ]);
  const heaps = new Map<string, number[]>([
    [BASELINE, []],
    ...PAGES.map((p) => [p.path, []] as [string, number[]]),
  ]);
  // One round more than counted: the first warms the browser's caches.
  for (let round = 0; round <= RUNS; round++) {
    const base = await openTimed(ext, BASELINE, null);
    for (const page of PAGES) {
      const now = Date.now();
      // The break page shows a break in progress and the others a sitting session, as people
      // see them.
      await probe.setEngineState(
        page.path === 'break.html'
          ? {
              ...sittingState(now, 20 * MIN),
              phase: { kind: 'onBreak', startedAt: now, endsAt: now + 10 * MIN, long: false },
            }
          : sittingState(now, 20 * MIN),
      );
      const result = await openTimed(ext, page.path, page.ready);
      if (round === 0) continue;
      ratios.get(page.path)?.push(result.ms / base.ms);
      times.get(page.path)?.push(result.ms);
      heaps.get(page.path)?.push(result.heap);
    }
    if (round > 0) {
      times.get(BASELINE)?.push(base.ms);
      heaps.get(BASELINE)?.push(base.heap);
    }
  }
  return { ratios, times, heaps };
}

/** Triggers the real alarm `count` times and measures the worker's CPU for all those wakeups. */
async function measureWakeups(ext: LoadedExtension, probe: Probe) {
  await probe.setEngineState(sittingState(Date.now(), 20 * MIN));
  await probe.send({ type: 'getStatus' });
  const profiler = await WorkerProfiler.attach(ext.context);
  const perWake: number[] = [];
  for (let i = 0; i < WAKES; i++) {
    await profiler.start();
    // The background's own alarm, due now: the browser fires it as it would every minute, and
    // the background answers by setting it to its next wakeup.
    const firesAt = await probe.page.evaluate(() => {
      const when = Date.now();
      chrome.alarms.create('limber-next', { when });
      return when;
    });
    const deadline = Date.now() + 10_000;
    while ((await probe.alarmAt()) === firesAt || (await probe.alarmAt()) === null) {
      if (Date.now() > deadline) throw new Error('the alarm did not wake the background');
      await new Promise((r) => setTimeout(r, 50));
    }
    perWake.push(await profiler.stop());
  }
  await profiler.detach();
  return perWake;
}

/**
 * Watches the real browser for `WINDOW_S` seconds of sitting with default settings and nothing
 * else happening: how often the background's alarm fires, and the worker's CPU meanwhile.
 */
async function watchWindow(ext: LoadedExtension, probe: Probe) {
  await probe.setEngineState(sittingState(Date.now(), 20 * MIN));
  await probe.send({ type: 'getStatus' });
  const profiler = await WorkerProfiler.attach(ext.context);
  await profiler.start();
  const end = Date.now() + WINDOW_S * 1000;
  let scheduled = await probe.alarmAt();
  let fired = 0;
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 250));
    const next = await probe.alarmAt();
    // A new time after the old one passed: the alarm fired and the background set the next.
    if (next !== scheduled && scheduled !== null && scheduled <= Date.now()) fired += 1;
    scheduled = next;
  }
  const cpuMs = await profiler.stop();
  await profiler.detach();
  return { fired, cpuMs, seconds: WINDOW_S };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

async function main(): Promise<void> {
  const started = new Date();
  const sizes = measureSizes();
  const sim = [countWakeups('takes the break'), countWakeups('ignores it')];
  // In a browser of its own, with the plain popup's extension beside Limber.
  const race = await racePopups(RACE_ROUNDS);

  const ext = await launchExtension();
  let pages: Awaited<ReturnType<typeof measurePages>>;
  let wakes: number[];
  let watched: Awaited<ReturnType<typeof watchWindow>>;
  let browsing: Awaited<ReturnType<typeof countBrowsingWakeups>>;
  let errors: string[];
  try {
    const probe = await Probe.open(ext);
    pages = await measurePages(ext, probe);
    wakes = await measureWakeups(ext, probe);
    watched = await watchWindow(ext, probe);
    browsing = await countBrowsingWakeups(ext, probe, BROWSE_S);
    // Read before closing: a wakeup cut off by the browser shutting down is not the extension's.
    errors = [...ext.errors];
  } finally {
    await ext.close();
  }
  if (errors.length > 0) {
    console.error(`The extension logged errors during the run:\n${errors.join('\n')}`);
    process.exit(1);
  }

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const out: string[] = [];
  out.push(
    `Measured ${started.toISOString().slice(0, 10)} on ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory (${(freemem() / 2 ** 30).toFixed(0)} GiB free), Node ${process.version}, Chromium headless; ${RUNS} rounds after one warm-up, medians shown.`,
  );
  out.push('', '### Popup race', '');
  out.push(
    `Limber's popup against a plain HTML+JS popup of the same shape (tests/bench/plain-popup.ts), in one browser, ${RACE_ROUNDS} interleaved rounds after one warm-up, each popup divided by its own extension's blank page (icon.svg) from the same round; the service worker running, then stopped, before each open.`,
    '',
  );
  out.push(...raceTable(race));
  out.push('', '### Pages', '');
  out.push('| page | ready when it shows | time ÷ baseline | time | JS heap after render |');
  out.push('| --- | --- | ---: | ---: | ---: |');
  out.push(
    `| ${BASELINE} (baseline) | its load event | 1.00 | ${median(pages.times.get(BASELINE) ?? []).toFixed(1)} ms | ${MB(median(pages.heaps.get(BASELINE) ?? []))} |`,
  );
  for (const page of PAGES) {
    out.push(
      `| ${page.path} | ${page.what} | ${median(pages.ratios.get(page.path) ?? []).toFixed(2)} | ${median(pages.times.get(page.path) ?? []).toFixed(1)} ms | ${MB(median(pages.heaps.get(page.path) ?? []))} |`,
    );
  }
  out.push('', '### Background', '');
  out.push(
    '| one simulated hour of sitting, default settings | alarm wakeups | notifications | clicks |',
  );
  out.push('| --- | ---: | ---: | ---: |');
  for (const s of sim)
    out.push(`| the person ${s.response} | ${s.alarms} | ${s.notifications} | ${s.userEvents} |`);
  const cpuPerWake = median(wakes);
  const perHour = Math.max(...sim.map((s) => s.alarms + s.userEvents));
  out.push('');
  out.push(
    `Worker CPU per alarm wakeup (real alarm, ${WAKES} wakeups, CDP profiler at 100 µs): median ${cpuPerWake.toFixed(2)} ms, max ${Math.max(...wakes).toFixed(2)} ms; so about ${(cpuPerWake * perHour).toFixed(0)} ms of CPU per hour of sitting (${perHour} wakeups).`,
  );
  out.push(
    `Watched in the real browser for ${watched.seconds} s of sitting with nothing else happening: the alarm fired ${watched.fired} times (${((watched.fired * 3600) / watched.seconds).toFixed(0)} per hour) and the worker used ${watched.cpuMs.toFixed(1)} ms of CPU (${((watched.cpuMs * 3600) / watched.seconds).toFixed(0)} ms per hour). While DevTools is attached the worker is never stopped, so this shows wakeups, not worker restarts.`,
  );
  out.push('', '### Wakeups', '');
  out.push(
    `An hour of browsing compressed into ${browsing.seconds} s (${browsing.tabCloses} tabs opened and closed, ${browsing.tabSwitches} switches between tabs), sitting, no break due, the worker stopped at the outset and again after each start: ${browsing.starts} worker starts, ${browsing.alarmStarts} of them the heartbeat alarm, ${browsing.starts - browsing.alarmStarts} caused by the browsing. The engine's own count above gives the heartbeat's share of an hour: about one start a minute.`,
  );
  out.push('', '### Sizes (gzip level 9, 1 kB = 1000 bytes)', '');
  out.push('| what | raw | gzip |', '| --- | ---: | ---: |');
  out.push(`| background.js | ${kB(sizes.background.raw)} | ${kB(sizes.background.gzip)} |`);
  for (const page of sizes.pages) {
    const raw = page.files.reduce((s, f) => s + f.raw, 0);
    out.push(
      `| ${page.page}.html first render: ${page.files.length} JS/CSS files | ${kB(raw)} | ${kB(page.gzip)} |`,
    );
  }
  for (const d of sizes.data)
    out.push(`| ${d.file} (read when a reminder shows) | ${kB(d.raw)} | ${kB(d.gzip)} |`);
  for (const z of sizes.zips) out.push(`| ${z.file} (zip, as uploaded) | ${kB(z.bytes)} | – |`);
  console.log(out.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
