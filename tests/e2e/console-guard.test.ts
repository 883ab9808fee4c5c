import { afterAll, beforeAll, expect, it } from 'vitest';
import { type LoadedExtension, launchExtension } from './support/extension';
import { waitFor } from './support/wait';

// Every e2e file fails a test that logs a console error (support/console-errors.ts); this file
// shows that guard can fail: it hears a page's error, an uncaught exception and the worker's.
let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
});

it('hears console errors and uncaught exceptions from pages and the service worker', async () => {
  const page = await ext.openPage('options.html');
  await page.evaluate(() => console.error('page error for the guard'));
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('uncaught error for the guard');
    }, 0);
  });
  const worker = await ext.serviceWorker();
  await worker.evaluate(() => console.error('worker error for the guard'));
  const errors = await waitFor(
    async () => [...ext.errors],
    (logged) => logged.length >= 3,
  );
  expect(errors).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/options\.html\] page error for the guard$/),
      expect.stringMatching(/options\.html\] uncaught: uncaught error for the guard$/),
      '[service worker] worker error for the guard',
    ]),
  );
  expect(errors).toHaveLength(3);
});
