import type { Page } from 'playwright-core';

/** How far the page sticks out sideways, in pixels: 0 or less means no horizontal scroll. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}
