import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { waitFor } from './support/wait';

/**
 * Stored data this version did not write, in a real Chromium (issue 14, cause 6): settings synced
 * from a computer running a newer Limber. They are read as far as this version knows them, said
 * so once on the options page, never written over, and no console logs an error about them.
 */

const NOTICE =
  'Your settings were saved by a newer version of Limber on another computer. This version uses the settings it knows and leaves the rest as they are: a change you make here is saved on this computer only. Once Limber is updated on this computer, your changes are shared again.';

/** What a later Limber might store: known fields changed, and one this version has never seen. */
const NEWER = {
  settings: { ...DEFAULT_SETTINGS, sitMinutes: 55, snoozeMinutes: 10, future: { kind: 'new' } },
  settings$: { v: 99 },
};

interface Stored {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

async function stored(probe: Probe): Promise<Stored> {
  return probe.page.evaluate(async () => ({
    sync: await chrome.storage.sync.get(['settings', 'settings$']),
    local: await chrome.storage.local.get(['settings', 'settings$', 'settingsPlace']),
  }));
}

/** The settings the background itself uses, as it answers the popup. */
async function workerSettings(probe: Probe): Promise<Settings> {
  const reply = (await probe.send({ type: 'getStatus' })) as { ok: boolean; settings: Settings };
  expect(reply.ok).toBe(true);
  return reply.settings;
}

async function openOptions(ext: LoadedExtension): Promise<Page> {
  const page = await ext.openPage('options.html');
  await page.getByLabel('Sitting time before a break').waitFor();
  return page;
}

describe('settings synced by a newer Limber, in Chromium', () => {
  let ext: LoadedExtension;
  let probe: Probe;

  beforeAll(async () => {
    ext = await launchExtension();
    probe = await Probe.open(ext);
    // Seeded where sync puts it, by the service worker, as another computer's write arrives.
    const worker = await ext.serviceWorker();
    await worker.evaluate((newer) => chrome.storage.sync.set(newer), NEWER);
    // Every start of the worker reads them: stop it, and wake it again.
    await probe.stopServiceWorker();
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('the background reads the fields it knows from them', async () => {
    expect(await workerSettings(probe)).toEqual({
      ...DEFAULT_SETTINGS,
      sitMinutes: 55,
      snoozeMinutes: 10,
    });
  });

  it('the options page says so once, shows them, and keeps a change on this computer only', async () => {
    const page = await openOptions(ext);
    expect(await page.getByText(NOTICE).count()).toBe(1);
    expect(await page.getByText(NOTICE).isVisible()).toBe(true);
    expect(await page.getByLabel('Sitting time before a break').inputValue()).toBe('55');

    const breakLength = page.getByLabel('Break length', { exact: true });
    await breakLength.fill('3');
    await breakLength.press('Tab');
    await waitFor(
      async () => (await page.getByRole('status').textContent()) ?? '',
      (text) => text === 'Saved, on this computer only.',
    );

    const after = await stored(probe);
    // The newer settings are still there, exactly as the newer version wrote them.
    expect(after.sync).toEqual(NEWER);
    expect(after.local).toEqual({
      settings: { ...DEFAULT_SETTINGS, sitMinutes: 55, snoozeMinutes: 10, breakMinutes: 3 },
      settings$: { v: SETTINGS_VERSION },
      settingsPlace: { area: 'local', reason: 'newer' },
    });
    expect(await page.getByText(NOTICE).count()).toBe(1);
    await page.close();
  });

  it('after a restart, the change holds and the notice is still said once', async () => {
    await probe.stopServiceWorker();
    expect((await workerSettings(probe)).breakMinutes).toBe(3);
    const page = await openOptions(ext);
    expect(await page.getByLabel('Break length', { exact: true }).inputValue()).toBe('3');
    expect(await page.getByText(NOTICE).count()).toBe(1);
    expect((await stored(probe)).sync).toEqual(NEWER);
    await page.close();
  });
});
