import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { sittingState } from './support/seed';

/**
 * The privacy promise, checked: while every page is used and a whole reminder cycle runs, the
 * extension requests nothing but its own files.
 */
describe('network use', () => {
  let ext: LoadedExtension;
  const requests: string[] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    ext.context.on('request', (request) => requests.push(request.url()));
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('makes no request outside the extension in a whole reminder cycle', async () => {
    const probe = await Probe.open(ext);
    for (const path of ['popup.html', 'options.html', 'break.html']) {
      const page = await ext.openPage(path);
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    await probe.setEngineState(sittingState(Date.now(), 1000));
    await probe.send({ type: 'getStatus' });
    const end = Date.now() + 10_000;
    while (!(await probe.notificationIds()).includes('limber-break')) {
      if (Date.now() > end) throw new Error('the reminder never fired');
      await new Promise((r) => setTimeout(r, 200));
    }
    await probe.send({ type: 'snooze' });
    await probe.send({ type: 'startBreak' });
    await probe.send({ type: 'endBreak' });

    // The pages' own files were seen, so the recorder works...
    expect(requests.some((url) => url.endsWith('/popup.html'))).toBe(true);
    // ...and nothing else was asked for.
    const outside = requests.filter(
      (url) => !url.startsWith(`chrome-extension://${ext.extensionId}/`),
    );
    expect(outside).toEqual([]);
  });

  it('logged no errors in any extension console', () => {
    expect(ext.errors).toEqual([]);
  });
});
