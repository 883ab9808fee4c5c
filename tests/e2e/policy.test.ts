import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR } from './support/chromium';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { waitFor } from './support/wait';

/**
 * Settings set by an organisation's policy, in a real Chromium (issue 21). Chromium on Linux
 * reads every JSON file in /etc/chromium/policies/managed (Google Chrome: /etc/opt/chrome/...),
 * and hands an extension the values under "3rdparty" → "extensions" → its id through
 * `storage.managed`, checked against the extension's managed_schema. It watches that folder, and
 * chrome://policy's "Reload policies" reads it again at once.
 *
 * Writing there needs root: CI runs as root; elsewhere the test is skipped, and says why.
 */
const POLICY_FILE = '/etc/chromium/policies/managed/limber-test.json';

/**
 * The id Chromium gives an extension loaded unpacked: the first 128 bits of the SHA-256 of its
 * absolute path, written in the letters a to p.
 */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(realpathSync(path)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** Why the policy file cannot be written here, or null when it can. */
function cannotWritePolicy(): string | null {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    accessSync(dirname(POLICY_FILE), constants.W_OK);
    return null;
  } catch (error) {
    return `cannot write ${POLICY_FILE} (${String(error)}): run as root, as CI does`;
  }
}

const skipReason = cannotWritePolicy();
if (skipReason) console.warn(`Skipping the policy e2e test: ${skipReason}`);

describe.skipIf(skipReason !== null)('settings set by policy in Chromium', () => {
  let ext: LoadedExtension;
  let probe: Probe;
  const id = unpackedExtensionId(CHROME_BUILD_DIR);

  beforeAll(async () => {
    // In place before the browser starts: the policy is read at start, not only on a change.
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [id]: {
              sitMinutes: 15,
              // The browser passes it on (an integer, as the schema says); Limber refuses it.
              idleSeconds: 5,
              lockedSettings: ['showBadge'],
            },
          },
        },
      }),
    );
    ext = await launchExtension();
    probe = await Probe.open(ext);
  });

  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  /** Asks Chromium to read its policy files again now, as chrome://policy's button does. */
  async function reloadPolicies(): Promise<void> {
    const page = await ext.context.newPage();
    await page.goto('chrome://policy');
    await page.getByRole('button', { name: 'Reload policies' }).click();
    await page.close();
  }

  it('gets the id Chromium gave the extension', () => {
    expect(ext.extensionId).toBe(id);
  });

  it('counts down from the policy’s interval in the popup', async () => {
    const page = await ext.openPage('popup.html');
    const timer = page.getByRole('timer', { name: 'Time to your next break' });
    await waitFor(
      () => timer.textContent(),
      (text) => /^1[45]:\d\d$/.test(text ?? ''),
    );
    await screenshot(page, 'policy-popup');
    await page.close();
  });

  it('shows the policy’s settings locked in the options page, and the invalid one ignored', async () => {
    // The user's own interval, saved before (or beside) the policy: kept, not shown.
    await probe.setSettings({ sitMinutes: 45 });
    const page = await ext.openPage('options.html');
    const sitting = page.getByLabel('Sitting time before a break');
    await expectLocked(page, 'Sitting time before a break', '15');
    await expect(sitting.isDisabled()).resolves.toBe(true);
    const badge = page.getByRole('checkbox', {
      name: 'Show the minutes left on the toolbar button',
    });
    await expect(badge.isDisabled()).resolves.toBe(true);
    await expect(badge.isChecked()).resolves.toBe(true);
    await page
      .getByText(
        "Your organisation's setting for Away after (idleSeconds) is not valid and is ignored.",
      )
      .waitFor();
    await expect(page.getByLabel('Away after').inputValue()).resolves.toBe('120');
    await expect(page.getByLabel('Away after').isDisabled()).resolves.toBe(false);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `policy-options-${scheme}`);
    }
    await page.close();
  });

  it('gives the user’s own value back once the policy is removed', async () => {
    const page = await ext.openPage('options.html');
    await expectLocked(page, 'Sitting time before a break', '15');
    rmSync(POLICY_FILE, { force: true });
    await reloadPolicies();
    const sitting = page.getByLabel('Sitting time before a break');
    await waitFor(
      async () => [await sitting.inputValue(), await sitting.isDisabled()] as const,
      ([value, disabled]) => value === '45' && !disabled,
    );
    await expect(page.getByText('Set by your organisation').count()).resolves.toBe(0);
    // And the background runs on it again: the session under way counts to 45 minutes now.
    const popup = await ext.openPage('popup.html');
    await waitFor(
      () => popup.getByRole('timer', { name: 'Time to your next break' }).textContent(),
      (text) => /^4[345]:\d\d$/.test(text ?? ''),
    );
    await popup.close();
    await page.close();
  });

  it('turns the pain diary off where the policy does not allow it, keeping the user’s own', async () => {
    await probe.setSettings({ sitMinutes: 45, painDiary: true, checkInPrompt: true });
    const checkInAlarm = () =>
      probe.page.evaluate(async () => (await chrome.alarms.get('limber-check-in')) ?? null);
    // The user's diary is on, as a check: the diary's check-in in the popup (as a row that opens,
    // or the question itself), the daily prompt set.
    const before = await ext.openPage('popup.html');
    await before.getByText('Pain diary', { exact: true }).first().waitFor({ state: 'attached' });
    await before.close();
    await waitFor(checkInAlarm, (alarm) => alarm !== null);

    writeFileSync(
      POLICY_FILE,
      JSON.stringify({ '3rdparty': { extensions: { [id]: { painDiaryAllowed: false } } } }),
    );
    await reloadPolicies();
    const page = await ext.openPage('options.html');
    const diary = page.getByRole('checkbox', { name: 'Keep a pain diary' });
    await waitFor(
      async () => [await diary.isChecked(), await diary.isDisabled()] as const,
      ([checked, disabled]) => !checked && disabled,
    );
    const described = (await diary.getAttribute('aria-describedby')) ?? '';
    const reasons = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? ''),
      described.split(' ').filter(Boolean),
    );
    expect(reasons).toContain('Set by your organisation');
    const prompt = page.getByRole('checkbox', { name: 'Ask me once a day how my back is' });
    await expect(prompt.isDisabled()).resolves.toBe(true);
    await expect(prompt.isChecked()).resolves.toBe(false);
    await page.getByRole('heading', { name: 'Pain diary' }).scrollIntoViewIfNeeded();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `policy-diary-options-${scheme}`);
    }
    await page.close();

    // The background stops the daily prompt, and the popup has no check-in and no invitation.
    await waitFor(checkInAlarm, (alarm) => alarm === null);
    const popup = await ext.openPage('popup.html');
    await popup.getByRole('timer', { name: 'Time to your next break' }).waitFor();
    await expect(
      popup.getByRole('group', { name: 'How is your back today?' }).count(),
    ).resolves.toBe(0);
    await expect(popup.getByText(/pain diary/i).count()).resolves.toBe(0);
    await screenshot(popup, 'policy-diary-popup');
    await popup.close();

    // The user's own choice is kept as stored.
    const stored = (await probe.settings()) as { painDiary?: boolean; checkInPrompt?: boolean };
    expect([stored.painDiary, stored.checkInPrompt]).toEqual([true, true]);
  });
});

/** Waits for a number field to show `value`, disabled, with the organisation's reason. */
async function expectLocked(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label);
  await waitFor(
    async () => [await field.inputValue(), await field.isDisabled()] as const,
    ([shown, disabled]) => shown === value && disabled,
  );
  const described = await field.getAttribute('aria-describedby');
  const texts = await page.evaluate(
    (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? ''),
    (described ?? '').split(' ').filter(Boolean),
  );
  expect(texts).toContain('Set by your organisation');
}
