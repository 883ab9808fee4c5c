import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { sittingState } from './support/seed';

const MIN = 60_000;

interface Layout {
  overflow: number;
  /** Controls that stick out of the window, by their accessible text. */
  outside: string[];
  /** How far the first heading's text sits from its box's right edge, in pixels. */
  headingGap: number;
}

/** Turns the page right-to-left, as a right-to-left language would, and measures it. */
async function rtlLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    document.documentElement.dir = 'rtl';
    const width = document.documentElement.clientWidth;
    const outside = [...document.querySelectorAll('button, input, select, a, [role="timer"]')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.left < -1 || box.right > width + 1);
      })
      .map((el) => el.getAttribute('aria-label') ?? el.textContent ?? el.tagName);
    const h1 = document.querySelector('h1');
    if (!h1) throw new Error('no heading');
    const range = document.createRange();
    range.selectNodeContents(h1);
    return {
      overflow: document.documentElement.scrollWidth - width,
      outside,
      headingGap: h1.getBoundingClientRect().right - range.getBoundingClientRect().right,
    };
  });
}

describe('right-to-left text does not break the layout', () => {
  let ext: LoadedExtension;

  beforeAll(async () => {
    ext = await launchExtension();
    const probe = await Probe.open(ext);
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  for (const { path, width, height } of [
    { path: 'popup.html', width: 380, height: 600 },
    { path: 'options.html', width: 1280, height: 800 },
    { path: 'options.html', width: 400, height: 700 },
    { path: 'history.html', width: 1280, height: 800 },
    { path: 'history.html', width: 400, height: 700 },
    // With no break running: the offer, today's moves and the exercise library's filters.
    { path: 'break.html', width: 1280, height: 800 },
    { path: 'break.html', width: 400, height: 700 },
  ]) {
    it(`${path} at ${width} px wide`, async () => {
      const page = await ext.openPage(path);
      await page.setViewportSize({ width, height });
      await page.getByRole('heading', { level: 1 }).waitFor();
      const layout = await rtlLayout(page);
      await screenshot(page, `rtl-${path.replace('.html', '')}-${width}`);
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.outside).toEqual([]);
      // The heading reads from the right edge, as right-to-left text does.
      expect(layout.headingGap).toBeLessThan(2);
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
      await page.close();
    });
  }
});
