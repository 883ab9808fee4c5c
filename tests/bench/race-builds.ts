import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../e2e/support/chromium';
import { sittingState } from '../e2e/support/seed';
import { buildPlainPopup, PLAIN_DUE_KEY } from './plain-popup';
import { median } from './race';

const MIN = 60_000;
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

interface Timing {
  ms: number;
  marks: Record<string, number>;
}

async function timedOpen(stage: Page, url: string, stayMs = 0): Promise<Timing> {
  await stage.goto(url);
  await stage.waitForFunction(
    () => (window as { __readyAt?: number }).__readyAt !== undefined,
    null,
    { polling: 20 },
  );
  const t = await stage.evaluate(() => {
    const w = window as unknown as { __readyAt: number };
    const marks: Record<string, number> = {};
    const nav = performance.getEntriesByType('navigation')[0] as
      | PerformanceNavigationTiming
      | undefined;
    if (nav) {
      marks.responseEnd = nav.responseEnd;
      marks.domInteractive = nav.domInteractive;
    }
    for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const name =
        r.name
          .split('/')
          .pop()
          ?.replace(/-[\w-]{8}\./, '.') ?? r.name;
      marks[`res:${name}`] = r.responseEnd;
    }
    for (const m of performance.getEntriesByType('mark')) marks[m.name] = m.startTime;
    return { ms: w.__readyAt, marks };
  });
  if (stayMs > 0) await stage.waitForTimeout(stayMs);
  await stage.goto('about:blank');
  return t;
}

/**
 * Races several builds of Limber against each other and the plain popup, in one interleaved run:
 * how a change to the popup was measured (BENCHMARKS.md, Popup race). The same method as
 * ./race.ts (each popup against its own blank page, worker awake and asleep, the warm-up round a
 * first use), with each build loaded as its own extension:
 *
 *   BENCH_VARIANTS=before=/tmp/before,now=.output/chrome-mv3 npx tsx tests/bench/race-builds.ts
 *
 * BENCH_RACE_ROUNDS (15), BENCH_MODES (awake,asleep); BENCH_MARKS=1 also prints the median of
 * each `performance.mark` a test build sets, and of its navigation timing.
 */
async function main() {
  const rounds = Number(process.env.BENCH_RACE_ROUNDS ?? 15);
  const modes = (process.env.BENCH_MODES ?? 'awake,asleep').split(',') as ('awake' | 'asleep')[];
  const specs = (process.env.BENCH_VARIANTS ?? '')
    .split(',')
    .filter(Boolean)
    .map((s) => s.split('='));
  const root = await mkdtemp(join(tmpdir(), 'n16p-race-'));
  const dirs: string[] = [await buildPlainPopup(join(root, 'plain'))];
  for (const [label, dir] of specs) {
    const to = join(root, label as string);
    await cp(dir as string, to, { recursive: true });
    const manifest = JSON.parse(await readFile(join(to, 'manifest.json'), 'utf8'));
    manifest.version_name = label;
    await writeFile(join(to, 'manifest.json'), JSON.stringify(manifest));
    dirs.push(to);
  }
  const profile = join(root, 'profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium() as string,
    headless: true,
    args: chromiumArgs(dirs.join(','), { headless: true }),
  });
  try {
    while (context.serviceWorkers().length < dirs.length)
      await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const ids = new Map<string, string>();
    for (const w of context.serviceWorkers()) {
      const m = await w.evaluate(() => chrome.runtime.getManifest());
      ids.set(
        m.name.startsWith('Plain popup') ? 'plain' : (m.version_name as string),
        new URL(w.url()).host,
      );
    }
    await new Promise((r) => setTimeout(r, 2000));
    for (const p of context.pages()) if (p.url().includes('options.html')) await p.close();
    const controller = await context.newPage();
    const cdp = await context.newCDPSession(controller);
    const status = new Map<string, { url: string; running: string }>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions)
        status.set(v.versionId, { url: v.scriptURL, running: v.runningStatus });
    });
    await cdp.send('ServiceWorker.enable');
    const wait = async (ok: () => boolean) => {
      for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
    };
    const stopAll = async () => {
      for (let a = 0; a < 3; a++) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        await wait(() => [...status.values()].every((v) => v.running === 'stopped'));
        if ([...status.values()].every((v) => v.running === 'stopped')) return;
      }
    };
    const start = async (id: string) => {
      await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${id}/` });
      await wait(() =>
        [...status.values()].some(
          (v) => v.url.startsWith(`chrome-extension://${id}/`) && v.running === 'running',
        ),
      );
    };
    const seeder = await context.newPage();
    const stage = await context.newPage();
    await stage.addInitScript({ content: MARK_READY });
    const labels = ['plain', ...specs.map(([l]) => l as string)];
    const res = new Map<
      string,
      { ratio: number[]; ms: number[]; blank: number[]; marks: Record<string, number[]> }
    >();
    for (let round = 0; round <= rounds; round++) {
      for (const mode of modes) {
        const order = labels.map((_, i) => labels[(i + round) % labels.length] as string);
        for (const label of order) {
          const id = ids.get(label) as string;
          const base = `chrome-extension://${id}/`;
          await seeder.goto(`${base}icon.svg`);
          if (label === 'plain')
            await seeder.evaluate(([k, at]) => chrome.storage.local.set({ [k]: at }), [
              PLAIN_DUE_KEY,
              Date.now() + 20 * MIN,
            ] as const);
          else
            await seeder.evaluate(
              (engine) => chrome.storage.local.set({ engine }),
              sittingState(Date.now(), 20 * MIN),
            );
          await seeder.goto('about:blank');
          const ready = () => (mode === 'asleep' ? stopAll() : start(id));
          await ready();
          const blank = await timedOpen(stage, `${base}icon.svg`);
          await ready();
          const popup = await timedOpen(stage, `${base}popup.html`, round === 0 ? 3000 : 0);
          if (round === 0) continue;
          const key = `${label} ${mode}`;
          const r = res.get(key) ?? { ratio: [], ms: [], blank: [], marks: {} };
          r.ratio.push(popup.ms / blank.ms);
          r.ms.push(popup.ms);
          r.blank.push(blank.ms);
          for (const [k, v] of Object.entries(popup.marks)) r.marks[k] = [...(r.marks[k] ?? []), v];
          res.set(key, r);
        }
      }
    }
    for (const mode of modes) {
      const plain = res.get(`plain ${mode}`);
      for (const label of labels) {
        const r = res.get(`${label} ${mode}`);
        if (!r || !plain) continue;
        const vs = (median(r.ratio) / median(plain.ratio)).toFixed(2);
        console.log(
          `${label.padEnd(12)} ${mode.padEnd(6)} ratio ${median(r.ratio).toFixed(2)} popup ${median(r.ms).toFixed(1)} ms blank ${median(r.blank).toFixed(1)} ms  vs plain ${vs}`,
        );
        if (process.env.BENCH_MARKS) {
          const marks = Object.entries(r.marks)
            .map(([k, v]) => [k, median(v)] as const)
            .sort((a, b) => a[1] - b[1]);
          console.log(`    ${marks.map(([k, v]) => `${k}=${v.toFixed(1)}`).join('  ')}`);
        }
      }
    }
  } finally {
    await context.close();
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
