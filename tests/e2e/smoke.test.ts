import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { screenshot } from './support/screenshot';

describe('the built extension in Chromium', () => {
  let ext: LoadedExtension;

  beforeAll(async () => {
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('starts its background service worker', async () => {
    const worker = await ext.serviceWorker();
    expect(worker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
    const runtimeId = await worker.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id,
    );
    expect(runtimeId).toBe(ext.extensionId);
  });

  it('renders the popup with its heading and a way to the settings', async () => {
    const page = await ext.openPage('popup.html');
    await page.setViewportSize({ width: 360, height: 400 });
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Limber' }).count())
      .toBe(1);
    expect(await page.getByRole('button', { name: 'Settings' }).isVisible()).toBe(true);
    await screenshot(page, 'popup');
    await page.close();
  });

  it('renders the options page with its heading', async () => {
    const page = await ext.openPage('options.html');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Limber settings' }).count())
      .toBe(1);
    await page.close();
  });

  it('opens the settings from the popup', async () => {
    const popup = await ext.openPage('popup.html');
    const optionsOpened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/options.html'),
    });
    await popup.getByRole('button', { name: 'Settings' }).click();
    const options = await optionsOpened;
    await options.getByRole('heading', { name: 'Limber settings' }).waitFor();
    await options.close();
    await popup.close();
  });
});
