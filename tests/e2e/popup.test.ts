import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { sittingState } from './support/seed';

const MIN = 60_000;

describe('popup (scratch)', () => {
  let ext: LoadedExtension;
  let probe: Probe;

  beforeAll(async () => {
    ext = await launchExtension();
    probe = await Probe.open(ext);
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function openPopup(): Promise<Page> {
    const page = await ext.openPage('popup.html');
    await page.setViewportSize({ width: 380, height: 600 });
    await page.getByRole('heading', { level: 1, name: 'Limber' }).waitFor();
    return page;
  }

  it('looks', async () => {
    await probe.setEngineState(sittingState(Date.now(), 12 * MIN));
    await probe.send({ type: 'getStatus' });
    const page = await openPopup();
    await page.getByText('Sitting', { exact: true }).waitFor();
    await screenshot(page, 'scratch-sitting');
    await probe.setEngineState(sittingState(Date.now(), 0));
    await probe.send({ type: 'getStatus' });
    await page.getByText('Time for a break').waitFor();
    await page.getByRole('button', { name: 'Pause' }).click();
    await screenshot(page, 'scratch-due');
    await page.getByRole('button', { name: '1 hour' }).click();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await screenshot(page, 'scratch-paused');
    await page.getByRole('button', { name: 'Back pain? Check warning signs' }).click();
    await page.getByRole('radio', { name: 'Yes' }).first().check();
    await screenshot(page, 'scratch-emergency');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'scratch-dark');
    console.log(ext.errors);
  });
});
