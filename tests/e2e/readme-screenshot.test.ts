import { readFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreakRecord } from '@/lib/session/state';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { sittingState } from './support/seed';

const MIN = 60_000;

/** The picture at the top of the README. */
const README_SCREENSHOT = resolve(import.meta.dirname, '../../.github/images/popup.png');

/** Width and height of a PNG, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * The README's picture of the popup is made here, from the real extension. Each run takes it
 * again (into .output/screenshots/readme-popup.png) and compares its size with the README's
 * copy: a popup that grew or shrank means the picture is out of date. `npm run
 * screenshot:readme` (LIMBER_UPDATE_README_SCREENSHOT=1) replaces the README's copy.
 */
describe('the README screenshot', () => {
  let ext: LoadedExtension;

  beforeAll(async () => {
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('shows the popup as it is now, at its size in Chrome', async () => {
    const probe = await Probe.open(ext);
    // Earlier today: two guided breaks, one natural one and a 45-minute session.
    const at = Date.now() - 1000;
    const records: BreakRecord[] = [
      { type: 'completed', at, long: false, durationMs: 2 * MIN },
      { type: 'completed', at, long: true, durationMs: 5 * MIN },
      { type: 'natural', at, long: false, durationMs: 8 * MIN, cause: 'idle' },
      { type: 'sat', at, startedAt: at - 45 * MIN, satMs: 45 * MIN },
    ];
    await probe.setRecords(records);
    await probe.seedEngineState(sittingState(Date.now(), 12 * MIN));

    const page = await ext.openPage('popup.html');
    await page.setViewportSize({ width: 380, height: 600 });
    await page.getByText('Sitting', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Today' }).getByText('Breaks taken').waitFor();
    // As tall as its content, up to Chrome's 600 px popup limit.
    const height = await page.evaluate(() =>
      Math.ceil(document.body.getBoundingClientRect().height),
    );
    await page.setViewportSize({ width: 380, height: Math.min(height, 600) });
    const fresh = await screenshot(page, 'readme-popup');

    if (process.env.LIMBER_UPDATE_README_SCREENSHOT === '1') {
      await copyFile(fresh, README_SCREENSHOT);
    }
    expect(
      pngSize(README_SCREENSHOT),
      'the popup changed size: refresh the README picture with `npm run screenshot:readme`',
    ).toEqual(pngSize(fresh));
  });
});
