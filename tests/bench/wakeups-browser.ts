import type { Page } from 'playwright-core';
import type { LoadedExtension } from '../e2e/support/extension';
import { stopWorker } from '../e2e/support/faults';
import type { Probe } from '../e2e/support/probe';
import { sittingState } from '../e2e/support/seed';
import { WorkerStarts } from '../e2e/support/worker-starts';

/** An hour of ordinary browsing, as counted in the bench: what the person does. */
export const HOUR_OF_BROWSING = { tabCloses: 60, tabSwitches: 30 } as const;

export interface BrowsingWakeups {
  /** Real seconds the hour's browsing was compressed into. */
  seconds: number;
  tabCloses: number;
  tabSwitches: number;
  /** Worker starts in all. */
  starts: number;
  /** Of which the background's own alarm (the heartbeat) was due. */
  alarmStarts: number;
}

const MIN = 60_000;

/**
 * Counts the service worker's starts over an hour of ordinary browsing (60 tabs opened and
 * closed, 30 switches between tabs) compressed into `seconds` of real time, with the person
 * sitting and no break due. The worker is stopped at the outset and again after each start once
 * it has done its work, as Chrome stops an idle worker (it would not while DevTools is attached,
 * which is how the starts are watched). A start at a moment the background's alarm was due is
 * the heartbeat's; any other was caused by the browsing.
 */
export async function countBrowsingWakeups(
  ext: LoadedExtension,
  probe: Probe,
  seconds: number,
): Promise<BrowsingWakeups> {
  await probe.setEngineState(sittingState(Date.now(), 25 * MIN));
  await probe.send({ type: 'getStatus' });
  const starts = await WorkerStarts.watch(ext, probe.page);
  const result: BrowsingWakeups = {
    seconds,
    tabCloses: 0,
    tabSwitches: 0,
    starts: 0,
    alarmStarts: 0,
  };
  let handled = 0;
  let alarmAt = await probe.alarmAt();
  /** Classifies the starts seen so far and stops the worker again once it has set its alarm. */
  const settle = async () => {
    while (starts.count > handled) {
      handled += 1;
      result.starts += 1;
      const now = Date.now();
      if (alarmAt !== null && alarmAt <= now + 50) result.alarmStarts += 1;
      // Every start re-checks and sets the alarm again; let it, then stop it as Chrome would.
      const deadline = Date.now() + 5_000;
      while ((await probe.alarmAt()) === alarmAt && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      alarmAt = await probe.alarmAt();
      await stopWorker(ext, probe.page);
    }
  };

  try {
    await stopWorker(ext, probe.page);
    handled = starts.count;
    // The last two closes are the two tabs still open at the end.
    const steps = HOUR_OF_BROWSING.tabCloses - 2 + HOUR_OF_BROWSING.tabSwitches;
    const every = (seconds * 1000) / steps;
    const start = Date.now();
    const open: Page[] = [];
    const newTab = async (i: number) => {
      const tab = await ext.context.newPage();
      await tab.goto(`data:text/html,<title>Page ${i}</title><p>Reading</p>`);
      open.push(tab);
    };
    await newTab(0);
    await newTab(1);
    for (let step = 0; step < steps; step++) {
      // The switches spread evenly among the closes (a tab opened, read and closed).
      const switches = HOUR_OF_BROWSING.tabSwitches;
      if (Math.floor(((step + 1) * switches) / steps) > Math.floor((step * switches) / steps)) {
        await open[step % open.length]?.bringToFront();
        result.tabSwitches += 1;
      } else {
        await newTab(step + 2);
        await open.shift()?.close();
        result.tabCloses += 1;
      }
      await settle();
      const next = start + (step + 1) * every;
      if (next > Date.now()) await new Promise((r) => setTimeout(r, next - Date.now()));
      await settle();
    }
    for (const tab of open.splice(0)) {
      await tab.close();
      result.tabCloses += 1;
    }
    await settle();
    result.seconds = Math.round((Date.now() - start) / 1000);
  } finally {
    await starts.detach();
  }
  // Leave the worker running with a fresh state for whatever is measured next.
  await probe.send({ type: 'getStatus' });
  return result;
}
