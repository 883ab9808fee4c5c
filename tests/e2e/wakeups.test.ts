import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { sittingState } from './support/seed';
import { waitFor } from './support/wait';
import { WorkerStarts } from './support/worker-starts';

const MIN = 60_000;
/**
 * How long after the last step a start it caused would have been seen. Nothing can signal that
 * something did not happen, so the test waits this long for a start it expects never to come;
 * the positive control at the end shows the same watcher sees a start within it.
 */
const QUIET_MS = 2_000;

describe('the service worker while the user browses', () => {
  let ext: LoadedExtension;
  let probe: Probe;

  beforeAll(async () => {
    ext = await launchExtension();
    probe = await Probe.open(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('sleeps through tabs opened, switched, typed in and closed, and a window resized', async () => {
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
    const starts = await WorkerStarts.watch(ext, probe.page);
    try {
      await starts.stop();
      // The heartbeat alarm would start it within a minute, for its own good reason: not here.
      await probe.page.evaluate(() => chrome.alarms.clear('limber-next'));
      const before = starts.count;

      const tabs: Page[] = [];
      for (let i = 0; i < 10; i++) {
        const tab = await ext.context.newPage();
        await tab.goto(
          `data:text/html,<title>Tab ${i}</title><textarea aria-label="note"></textarea>`,
        );
        tabs.push(tab);
      }
      // Switching tabs, three rounds.
      for (let round = 0; round < 3; round++) for (const tab of tabs) await tab.bringToFront();
      // Typing in one.
      const note = tabs[0]?.getByRole('textbox', { name: 'note' });
      await note?.pressSequentially('sitting all day');
      // A window moved and resized.
      const cdp = await ext.context.newCDPSession(tabs[0] as Page);
      const { windowId } = await cdp.send('Browser.getWindowForTarget');
      await cdp.send('Browser.setWindowBounds', {
        windowId,
        bounds: { left: 40, top: 30, width: 900, height: 700 },
      });
      await cdp.send('Browser.setWindowBounds', {
        windowId,
        bounds: { left: 0, top: 0, width: 1100, height: 800 },
      });
      await cdp.detach();
      for (const tab of tabs) await tab.close();

      await new Promise((r) => setTimeout(r, QUIET_MS));
      expect(starts.count - before, 'worker starts while browsing').toBe(0);
      expect(starts.running).toBe(false);

      // Positive control: a message from a Limber page does start it, and the watcher sees it.
      const started = starts.nextStart();
      await probe.send({ type: 'getStatus' });
      await started;
      expect(starts.count - before).toBe(1);
      await waitFor(
        () => probe.alarmAt(),
        (at) => at !== null,
      );
    } finally {
      await starts.detach();
    }
  });
});
