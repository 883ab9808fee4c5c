import type { Page } from 'playwright-core';

/**
 * Resolves once the page has drawn what it will draw: its fonts loaded, nothing marked busy
 * (aria-busy, which the pages set while they read their data), every image decoded, and two
 * frames painted after that, so a layout change (a resize, a colour scheme, a ResizeObserver's
 * re-render) is on screen. Waits on the page's own signals, never for a fixed time.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
  await page.evaluate(() =>
    Promise.all([...document.images].map((image) => image.decode().catch(() => undefined))),
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}
