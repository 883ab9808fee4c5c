import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { showTimeOfDay } from '@/lib/settings/validate';
import { axeViolations } from './support/axe';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { horizontalOverflow } from './support/layout';
import { Probe } from './support/probe';
import { SCREENSHOT_DIR, screenshot } from './support/screenshot';
import { sittingState } from './support/seed';
import { waitFor } from './support/wait';

const MIN = 60_000;

interface Stored {
  sync: unknown;
  syncVersion: unknown;
  local: unknown;
  place: unknown;
}

/** The settings as the browser holds them, read beside the page rather than through it. */
async function stored(probe: Probe): Promise<Stored> {
  return probe.page.evaluate(async () => {
    const sync = await chrome.storage.sync.get(['settings', 'settings$']);
    const local = await chrome.storage.local.get(['settings', 'settingsPlace']);
    return {
      sync: sync.settings,
      syncVersion: sync.settings$,
      local: local.settings,
      place: local.settingsPlace,
    };
  });
}

async function storedSettings(probe: Probe): Promise<Settings | undefined> {
  return (await stored(probe)).sync as Settings | undefined;
}

/** JSON with keys sorted, since storage does not keep the order keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

async function clearSettings(probe: Probe): Promise<void> {
  await probe.page.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.remove(['settings', 'settings$', 'settingsPlace']);
  });
}

async function openOptions(ext: LoadedExtension, query = ''): Promise<Page> {
  const page = await ext.openPage(`options.html${query}`);
  await page.getByLabel('Sitting time before a break').waitFor();
  return page;
}

/**
 * Seeds a sitting session with 20 minutes to go and waits until the engine shows it. A settings
 * write just before (each test's clean-up) makes the worker re-check, and that re-check may
 * still be saving the state it read earlier: seeding again until the engine holds it makes the
 * setup independent of that timing, without hiding anything the test asserts.
 */
async function seedTwentyMinutesLeft(probe: Probe): Promise<void> {
  await waitFor(
    async () => {
      const seeded = sittingState(Date.now(), 20 * MIN);
      await probe.setEngineState(seeded);
      await probe.send({ type: 'getStatus' });
      await new Promise((r) => setTimeout(r, 100));
      const state = await probe.engineState();
      const held =
        state.phase.kind === 'sitting' &&
        seeded.phase.kind === 'sitting' &&
        state.phase.session.startedAt === seeded.phase.session.startedAt;
      return held ? probe.badgeText() : 'not seeded';
    },
    (badge) => badge === '20m',
  );
}

/** The window as the user sees it, not the whole page: for what sticks and what drops down. */
async function windowShot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}

/** Types into a field and leaves it with Tab, as a person finishing an entry does. */
async function enter(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Tab');
}

async function status(page: Page): Promise<string> {
  return (await page.getByRole('status').textContent()) ?? '';
}

/**
 * Waits for the save status to read `text`. The page says how a save went once the write has
 * come back, a moment after storage holds it, so a test that saw storage change waits for it.
 */
async function untilStatus(page: Page, text: string): Promise<void> {
  await waitFor(
    () => status(page),
    (s) => s === text,
  );
}

async function describedBy(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => field.page().locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' | ');
}

function settingsFile(
  settings: unknown,
  version = SETTINGS_VERSION,
): { name: string; mimeType: string; buffer: Buffer } {
  return {
    name: 'limber-settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ kind: 'limber-settings', version, settings })),
  };
}

describe('the options page in Chromium', () => {
  let ext: LoadedExtension;
  let probe: Probe;

  beforeAll(async () => {
    ext = await launchExtension();
    probe = await Probe.open(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('welcomes a new user on install with the schedule, presets and where the popup is', async () => {
    const welcome = await waitFor(
      async () => ext.context.pages().find((p) => p.url().endsWith('/options.html?welcome')),
      (page) => page !== undefined,
    );
    if (!welcome) throw new Error('no welcome page');
    await welcome.setViewportSize({ width: 1000, height: 900 });
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Limber' }).waitFor();
    expect(await welcome.title()).toBe('Welcome to Limber');
    for (const name of ['What Limber does', 'Your schedule', 'Where to find Limber']) {
      expect(await welcome.getByRole('heading', { level: 2, name }).isVisible()).toBe(true);
    }
    expect(
      await welcome
        .getByRole('listitem')
        .filter({ hasText: /^Counts how long/ })
        .count(),
    ).toBe(1);
    expect(await welcome.getByText(/pin Limber/).isVisible()).toBe(true);
    // A short first run of its own, not the settings page: three points with pictures, the
    // schedule, a picture of the toolbar for pinning, and Done.
    expect(
      await welcome.getByRole('region', { name: 'What Limber does' }).getByRole('listitem').count(),
    ).toBe(3);
    expect(
      await welcome
        .getByRole('region', { name: 'Where to find Limber' })
        .getByRole('img', { name: /Extensions menu open/ })
        .isVisible(),
    ).toBe(true);
    expect(await welcome.getByRole('navigation').count()).toBe(0);
    expect(await welcome.getByLabel('Snooze length').count()).toBe(0);
    expect(
      await welcome.getByText(/^Now: A 2-minute break after every 30 minutes/).isVisible(),
    ).toBe(true);
    const defaultPreset = welcome.getByRole('button', {
      name: 'Every 30 minutes, 2 minutes; every 2nd break 5 minutes',
      exact: true,
    });
    expect(await defaultPreset.getAttribute('aria-pressed')).toBe('true');
    await screenshot(welcome, 'options-welcome');

    // One click picks another schedule, and the running session follows it.
    await welcome.getByRole('button', { name: 'Every 20 minutes, 2 minutes' }).click();
    await waitFor(
      () => storedSettings(probe),
      (s) => s?.sitMinutes === 20,
    );
    expect(await storedSettings(probe)).toEqual({
      ...DEFAULT_SETTINGS,
      sitMinutes: 20,
      breakMinutes: 2,
      longBreakEvery: 0,
    });
    expect(await status(welcome)).toBe('Schedule set: every 20 minutes, 2 minutes.');
    expect(await defaultPreset.getAttribute('aria-pressed')).toBe('false');
    expect(
      await welcome
        .getByRole('button', { name: 'Every 20 minutes, 2 minutes' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await probe.untilBadge('20m');
    // Done leads back to what the user was doing: the welcome tab closes.
    const closed = welcome.waitForEvent('close');
    await welcome.getByRole('button', { name: 'Done' }).click();
    await closed;
    expect(welcome.isClosed()).toBe(true);
  });

  describe('with the default settings', () => {
    beforeEach(async () => {
      await clearSettings(probe);
    });

    it('shows every setting, labelled, with its unit and range', async () => {
      const page = await openOptions(ext);
      expect(await page.getByRole('heading', { level: 1, name: 'Limber settings' }).count()).toBe(
        1,
      );
      const numbers: [string, string, RegExp][] = [
        ['Sitting time before a break', '30', /From 5 to 240 minutes\./],
        ['Break length', '2', /From 1 to 30 minutes\./],
        ['A longer break every', '2', /0 turns longer breaks off.*From 0 to 10 breaks\./],
        ['Longer break length', '5', /From 1 to 60 minutes\./],
        ['Away after', '120', /From 15 to 3600 seconds\./],
        ['Snooze length', '5', /From 1 to 60 minutes\./],
        ['Snoozes in a row', '2', /From 0 to 10 snoozes\./],
      ];
      for (const [label, value, help] of numbers) {
        const field = page.getByRole('spinbutton', { name: label, exact: true });
        expect(await field.inputValue(), label).toBe(value);
        expect(await describedBy(field), label).toMatch(help);
      }
      const checkboxes: [string, boolean][] = [
        ['Silent reminders', false],
        ['Remind me once more', true],
        ['Show the minutes left on the toolbar button', true],
        ['Hold reminders while a window is fullscreen', true],
        ['Only remind me during working hours', false],
        ['Chime when a guided break ends', false],
        ['Monday', true],
        ['Saturday', false],
        ['Standing moves', false],
        ['Hands and wrists', false],
      ];
      for (const [label, checked] of checkboxes) {
        expect(await page.getByRole('checkbox', { name: label }).isChecked(), label).toBe(checked);
      }
      expect(
        await page.getByRole('radio', { name: 'Keep it on screen until I respond' }).isChecked(),
      ).toBe(true);
      expect(await page.getByLabel('Working day starts').inputValue()).toBe('09:00');
      expect(await page.getByLabel('Working day ends').inputValue()).toBe('17:30');
      const region = page.getByRole('combobox', { name: 'Country or region' });
      expect(await region.inputValue()).toBe('');
      expect(await describedBy(region)).toBe(
        'Chooses the emergency and urgent-care numbers the red-flag check shows.',
      );
      // Why the defaults are what they are, with the sources to check.
      // Folded under "Why" until asked for.
      const why = page.getByText(/^Why the defaults/);
      expect(await why.isVisible()).toBe(false);
      await page.getByText('Why these defaults, and the sources', { exact: true }).click();
      expect(await why.isVisible()).toBe(true);
      expect(await why.getByRole('link', { name: 'HSE' }).getAttribute('href')).toBe(
        'https://www.hse.gov.uk/contact/faqs/vdubreaks.htm',
      );
      expect(await why.getByRole('link', { name: 'HSE' }).isVisible()).toBe(true);
      expect(await page.getByRole('status').textContent()).toBe(
        'Changes are saved as you make them.',
      );
      expect(await page.getByText(/sync storage: with browser sync turned on/).isVisible()).toBe(
        true,
      );
      await page.close();
    });

    it('saves each change at once and keeps it across a reload', async () => {
      const page = await openOptions(ext);
      await enter(page.getByLabel('Sitting time before a break'), '45');
      await untilStatus(page, 'Saved.');
      await page.getByLabel('Show the minutes left on the toolbar button').uncheck();
      await page.getByRole('radio', { name: 'Let it close by itself' }).check();
      await page.getByLabel('Only remind me during working hours').check();
      await page.getByRole('checkbox', { name: 'Saturday' }).check();
      await page.getByRole('checkbox', { name: 'Monday' }).uncheck();
      await enter(page.getByLabel('Working day starts'), '08:15');
      await page.getByRole('checkbox', { name: 'Standing moves' }).check();
      await enter(page.getByLabel('Away after'), '300');
      await page.getByLabel('Country or region').selectOption({ label: 'Ireland' });
      const expected: Settings = {
        ...DEFAULT_SETTINGS,
        region: 'IE',
        sitMinutes: 45,
        showBadge: false,
        notificationStays: false,
        idleSeconds: 300,
        excludedCategories: ['standing'],
        workingHours: {
          enabled: true,
          days: [2, 3, 4, 5, 6],
          start: 8 * 60 + 15,
          end: 17 * 60 + 30,
        },
      };
      await waitFor(
        () => storedSettings(probe),
        (s) => canonical(s) === canonical(expected),
      );
      expect((await stored(probe)).syncVersion).toEqual({ v: 4 });

      await page.reload();
      await page.getByLabel('Sitting time before a break').waitFor();
      expect(await page.getByLabel('Sitting time before a break').inputValue()).toBe('45');
      expect(await page.getByLabel('Away after').inputValue()).toBe('300');
      expect(await page.getByLabel('Show the minutes left on the toolbar button').isChecked()).toBe(
        false,
      );
      expect(await page.getByRole('radio', { name: 'Let it close by itself' }).isChecked()).toBe(
        true,
      );
      expect(await page.getByRole('checkbox', { name: 'Saturday' }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: 'Monday' }).isChecked()).toBe(false);
      expect(await page.getByLabel('Working day starts').inputValue()).toBe('08:15');
      expect(await page.getByRole('checkbox', { name: 'Standing moves' }).isChecked()).toBe(true);
      expect(await page.getByLabel('Country or region').inputValue()).toBe('IE');
      await page.close();
    });

    it('refuses bad values with a message beside the field, and saves none of them', async () => {
      const page = await openOptions(ext);
      await page.getByLabel('Silent reminders').check();
      await enter(page.getByLabel('Snooze length'), '10');
      const before = await waitFor(
        () => storedSettings(probe),
        (s) => s?.snoozeMinutes === 10,
      );
      const sit = page.getByLabel('Sitting time before a break');
      const cases: [string, string][] = [
        ['', 'Enter a number from 5 to 240 minutes.'],
        ['-5', 'Cannot be negative. Use 5 to 240 minutes.'],
        ['0', 'Cannot be 0. Use 5 to 240 minutes.'],
        ['2.5', 'Use a whole number of minutes, from 5 to 240.'],
        ['3', 'At least 5 minutes.'],
        ['99999', 'At most 240 minutes.'],
      ];
      for (const [text, message] of cases) {
        await enter(sit, text);
        await waitFor(
          () => sit.getAttribute('aria-invalid'),
          (v) => v === 'true',
        );
        expect(await describedBy(sit), JSON.stringify(text)).toContain(message);
        expect(await status(page)).toBe(`Not saved: Sitting time before a break. ${message}`);
        // What was typed stays, to be corrected.
        expect(await sit.inputValue()).toBe(text);
      }
      // Text in a number field: the browser keeps no value; the page still says what is wrong.
      await sit.fill('30');
      await sit.pressSequentially('e');
      await sit.press('Tab');
      expect(await describedBy(sit)).toContain('Use digits only');

      // An end of the working day before its start, and no working day at all (working hours on,
      // so their days and times can be changed).
      await page.getByLabel('Only remind me during working hours').check();
      await enter(page.getByLabel('Working day ends'), '08:00');
      const end = page.getByLabel('Working day ends');
      expect(await end.getAttribute('aria-invalid')).toBe('true');
      expect(await describedBy(end)).toContain(
        `Must be after the start of your working day (${showTimeOfDay(9 * 60)}).`,
      );
      for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday']) {
        await page.getByRole('checkbox', { name: day }).uncheck();
      }
      const friday = page.getByRole('checkbox', { name: 'Friday' });
      await friday.uncheck();
      expect(await friday.isChecked()).toBe(false);
      expect(await friday.getAttribute('aria-invalid')).toBe('true');
      expect(await describedBy(friday)).toBe('Choose at least one working day.');
      // A break longer than the longer break.
      await enter(page.getByLabel('Break length', { exact: true }), '10');
      expect(await describedBy(page.getByLabel('Break length', { exact: true }))).toContain(
        'Cannot be longer than the longer break (5 minutes).',
      );
      await screenshot(page, 'options-errors');

      // Days unchecked one by one until one was left were saved; nothing invalid was.
      const after = await storedSettings(probe);
      expect(after).toEqual({
        ...before,
        workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true, days: [5] },
      });

      // Fixing a value clears its message as it is typed, and saves it; the others stay.
      await sit.fill('40');
      expect(await sit.getAttribute('aria-invalid')).toBeNull();
      await sit.press('Tab');
      await waitFor(
        () => storedSettings(probe),
        (s) => s?.sitMinutes === 40,
      );
      expect(
        await page.getByLabel('Break length', { exact: true }).getAttribute('aria-invalid'),
      ).toBe('true');
      expect(await page.getByLabel('Break length', { exact: true }).inputValue()).toBe('10');
      expect((await storedSettings(probe))?.breakMinutes).toBe(2);
      expect((await storedSettings(probe))?.notificationSilent).toBe(true);
      await page.close();
    });

    it('leaves everything as it was when an imported file has problems', async () => {
      const page = await openOptions(ext);
      await enter(page.getByLabel('Sitting time before a break'), '35');
      const before = await waitFor(
        () => storedSettings(probe),
        (s) => s?.sitMinutes === 35,
      );
      const input = page.getByLabel('Import settings from a file');
      const alert = page.getByRole('alert');

      await input.setInputFiles({
        name: 'notes.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('sitMinutes = 20'),
      });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('This file is not valid JSON');

      await input.setInputFiles(
        settingsFile({
          ...DEFAULT_SETTINGS,
          sitMinutes: 'twenty',
          breakMinutes: -1,
          showBadge: 'no',
          workingHours: { ...DEFAULT_SETTINGS.workingHours, start: 600, end: 60 },
          __proto__: { polluted: true },
        }),
      );
      await waitFor(
        () => alert.textContent(),
        (t) => (t ?? '').includes('These problems') || (t ?? '').includes('these problems'),
      );
      const problems = await alert.getByRole('listitem').allTextContents();
      expect(problems).toEqual([
        'Working hours end (workingHours.end) must be after the start time; the file has 60.',
        'Sitting time before a break (sitMinutes) must be a whole number from 5 to 240; the file has "twenty".',
        'Break length (breakMinutes) must be a whole number from 1 to 30; the file has -1.',
        'Show the minutes left on the toolbar button (showBadge) must be true or false; the file has "no".',
      ]);
      expect(await alert.textContent()).toMatch(/^Nothing was imported\./);
      await screenshot(page, 'options-import-refused');

      await input.setInputFiles({
        name: 'huge.json',
        mimeType: 'application/json',
        buffer: Buffer.alloc(2 * 1024 * 1024, 0x20),
      });
      await waitFor(
        () => alert.textContent(),
        (t) => (t ?? '').includes('far too large'),
      );

      expect(await storedSettings(probe)).toEqual(before);
      expect(await page.getByLabel('Sitting time before a break').inputValue()).toBe('35');
      await page.close();
    });

    it('imports a good file, replacing every setting', async () => {
      const page = await openOptions(ext);
      const mine: Settings = {
        ...DEFAULT_SETTINGS,
        sitMinutes: 50,
        breakMinutes: 5,
        longBreakMinutes: 10,
        breakSound: true,
        excludedCategories: ['neck', 'eyes'],
        workingHours: { enabled: true, days: [1, 3, 5], start: 10 * 60, end: 16 * 60 },
        region: 'AU',
      };
      await page.getByLabel('Import settings from a file').setInputFiles(settingsFile(mine));
      await waitFor(
        () => storedSettings(probe),
        (s) => s?.sitMinutes === 50,
      );
      expect(await storedSettings(probe)).toEqual(mine);
      await untilStatus(page, 'Imported limber-settings.json: 7 settings changed.');
      expect(await page.getByLabel('Country or region').inputValue()).toBe('AU');
      expect(await page.getByLabel('Sitting time before a break').inputValue()).toBe('50');
      expect(await page.getByRole('checkbox', { name: 'Neck' }).isChecked()).toBe(true);
      expect(await page.getByLabel('Working day ends').inputValue()).toBe('16:00');
      await page.close();
    });

    it('exports the settings as a JSON file', async () => {
      const page = await openOptions(ext);
      await enter(page.getByLabel('Snoozes in a row'), '0');
      const saved = await waitFor(
        () => storedSettings(probe),
        (s) => s?.maxSnoozes === 0,
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export settings' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^limber-settings-\d{4}-\d{2}-\d{2}\.json$/);
      const file = JSON.parse(await readFile(await download.path(), 'utf8'));
      expect(file).toEqual({
        kind: 'limber-settings',
        version: 4,
        exportedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        settings: saved,
      });
      expect(file.settings.maxSnoozes).toBe(0);
      await page.close();
    });

    it('resets to the defaults only after an in-page confirmation', async () => {
      const page = await openOptions(ext);
      await enter(page.getByLabel('Break length', { exact: true }), '4');
      await page.getByLabel('Remind me once more').uncheck();
      await waitFor(
        () => storedSettings(probe),
        (s) => s?.reRemind === false && s.breakMinutes === 4,
      );
      const reset = page.getByRole('button', { name: 'Reset to defaults…' });
      await reset.click();
      const dialog = page.getByRole('dialog', { name: 'Reset all settings?' });
      await dialog.waitFor();
      // The safe choice has the focus; Escape backs out.
      expect(
        await dialog
          .getByRole('button', { name: 'Cancel' })
          .evaluate((b) => b === document.activeElement),
      ).toBe(true);
      await screenshot(page, 'options-reset-confirm');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await reset.evaluate((b) => b === document.activeElement)).toBe(true);
      expect((await storedSettings(probe))?.breakMinutes).toBe(4);

      await reset.click();
      await dialog.getByRole('button', { name: 'Reset settings' }).click();
      await waitFor(
        () => storedSettings(probe),
        (s) => s?.breakMinutes === 2,
      );
      expect(await storedSettings(probe)).toEqual(DEFAULT_SETTINGS);
      // What was typed in a field gives way to the default once the write has come back.
      await untilStatus(page, 'Every setting is back to its default.');
      await waitFor(
        () => page.getByLabel('Break length', { exact: true }).inputValue(),
        (value) => value === '2',
      );
      expect(await page.getByLabel('Remind me once more').isChecked()).toBe(true);
      await page.close();
    });

    it('moves the running session to a new interval at once', async () => {
      const page = await openOptions(ext);
      await seedTwentyMinutesLeft(probe);
      await enter(page.getByLabel('Sitting time before a break'), '45');
      await probe.untilBadge('35m');
      await enter(page.getByLabel('Sitting time before a break'), '12');
      // Ten minutes sat already: two to go.
      await probe.untilBadge('2m');
      await page.getByLabel('Show the minutes left on the toolbar button').uncheck();
      await probe.untilBadge('');
      await page.close();
    });

    it('falls back to this computer when sync storage is full, says so, and still applies changes', async () => {
      await seedTwentyMinutesLeft(probe);
      // Fill this extension's sync storage to its real quota, as other data could.
      const filled = await probe.page.evaluate(async () => {
        let i = 0;
        for (const size of [8000, 1000, 100]) {
          for (;;) {
            try {
              await chrome.storage.sync.set({ [`filler${i}`]: 'x'.repeat(size) });
              i++;
            } catch {
              break;
            }
          }
        }
        return i;
      });
      expect(filled).toBeGreaterThan(10);
      const page = await openOptions(ext);
      await enter(page.getByLabel('Sitting time before a break'), '40');
      await untilStatus(page, 'Saved, on this computer only.');
      const notice = page.getByText(/^Your browser's sync storage is over its limit/).first();
      expect(await notice.isVisible()).toBe(true);
      const { local, place, sync } = await stored(probe);
      expect(place).toEqual({ area: 'local', reason: 'quota' });
      expect((local as Settings).sitMinutes).toBe(40);
      expect(sync).toBeUndefined();
      await probe.untilBadge('30m');
      await screenshot(page, 'options-sync-full');
      await page.reload();
      await page.getByLabel('Sitting time before a break').waitFor();
      expect(await page.getByLabel('Sitting time before a break').inputValue()).toBe('40');

      // Once sync has room again, the next change goes back there.
      await probe.page.evaluate(async () => {
        const all = await chrome.storage.sync.get(null);
        await chrome.storage.sync.remove(Object.keys(all).filter((k) => k.startsWith('filler')));
      });
      await enter(page.getByLabel('Sitting time before a break'), '42');
      await untilStatus(page, 'Saved.');
      expect(await stored(probe)).toMatchObject({ place: undefined, sync: { sitMinutes: 42 } });
      expect(await page.getByText(/over its limit/).count()).toBe(0);
      await page.close();
    });

    it('repairs a corrupt stored value field by field, in the page and the running session', async () => {
      await probe.page.evaluate(() =>
        chrome.storage.sync.set({
          settings: { sitMinutes: 'lots', breakMinutes: 3, workingHours: 5, __proto__: 1 },
          settings$: { v: 2 },
        }),
      );
      // The default 30 minutes stands in for the corrupt interval: 20 minutes left.
      await seedTwentyMinutesLeft(probe);
      const page = await openOptions(ext);
      expect(await page.getByLabel('Sitting time before a break').inputValue()).toBe('30');
      expect(await page.getByLabel('Break length', { exact: true }).inputValue()).toBe('3');
      expect(await page.getByLabel('Working day starts').inputValue()).toBe('09:00');
      // The next change writes the whole value back, clean.
      await page.getByLabel('Silent reminders').check();
      await waitFor(
        () => storedSettings(probe),
        (s) => s?.notificationSilent === true,
      );
      expect(await storedSettings(probe)).toEqual({
        ...DEFAULT_SETTINGS,
        breakMinutes: 3,
        notificationSilent: true,
      });
      await page.close();
    });

    it('opens a section from its navigation link: in view, focused and in the address', async () => {
      const page = await openOptions(ext);
      await page.setViewportSize({ width: 1280, height: 800 });
      const nav = page.getByRole('navigation', { name: 'Settings sections' });
      // Wide: the links are beside the content, no menu to open.
      expect(await nav.getByRole('button').isVisible()).toBe(false);
      const link = nav.getByRole('link', { name: 'Guided breaks' });
      await link.click();
      const section = page.getByRole('region', { name: 'Guided breaks' });
      await waitFor(
        () => section.evaluate((el) => el === document.activeElement),
        (focused) => focused,
      );
      await waitFor(
        () => section.evaluate((el) => Math.round(el.getBoundingClientRect().top)),
        (top) => top >= 0 && top < 100,
      );
      expect(new URL(page.url()).hash).toBe('#guided-break');
      expect(await link.getAttribute('aria-current')).toBe('location');
      // The next Tab goes on from the section.
      await page.keyboard.press('Tab');
      expect(
        await page.getByRole('checkbox', { name: 'Standing moves' }).evaluate((el) => {
          const active = document.activeElement;
          return active !== null && el.closest('section')?.contains(active) === true;
        }),
      ).toBe(true);
      await page.close();
    });

    it('opens the section an address names, and from the compact menu on a narrow window', async () => {
      // Narrow from the start, so the page lays out once, as a phone-sized window would.
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 400, height: 700 });
      await page.goto(`chrome-extension://${ext.extensionId}/options.html#working-hours`);
      const section = page.getByRole('region', { name: 'Working hours' });
      await waitFor(
        () => section.evaluate((el) => el === document.activeElement),
        (focused) => focused,
      );
      await waitFor(
        () => section.evaluate((el) => Math.round(el.getBoundingClientRect().top)),
        (top) => top >= 0 && top < 150,
      );

      // Narrow: one button opens the list of sections; a link closes it and opens its section,
      // not hidden under the menu bar that stays at the top.
      const nav = page.getByRole('navigation', { name: 'Settings sections' });
      const menu = nav.getByRole('button', { name: /^Sections/ });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.getByRole('link', { name: 'Reminders' }).isVisible()).toBe(false);
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await nav.getByRole('link', { name: 'Reminders' }).click();
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      const reminders = page.getByRole('region', { name: 'Reminders' });
      await waitFor(
        () => reminders.evaluate((el) => el === document.activeElement),
        (focused) => focused,
      );
      const [barBottom, top] = await waitFor(
        async () =>
          [
            await nav.evaluate((el) => el.getBoundingClientRect().bottom),
            await reminders.evaluate((el) => el.getBoundingClientRect().top),
          ] as const,
        ([bar, sectionTop]) => sectionTop >= bar - 1 && sectionTop < bar + 60,
      );
      expect(top).toBeGreaterThanOrEqual(barBottom - 1);
      expect(new URL(page.url()).hash).toBe('#reminders');
      expect(await menu.textContent()).toContain('Reminders');
      // Escape closes the open menu and gives the focus back to its button.
      await menu.click();
      await page.keyboard.press('Escape');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.close();
    });

    it('disables the fields that depend on another, saying why, until it is on', async () => {
      const page = await openOptions(ext);
      const reason = 'Turn on "Only remind me during working hours" to choose the days and hours.';
      const start = page.getByLabel('Working day starts');
      const monday = page.getByRole('checkbox', { name: 'Monday' });
      expect(await start.isDisabled()).toBe(true);
      expect(await monday.isDisabled()).toBe(true);
      expect(await describedBy(start)).toContain(reason);
      expect(await page.getByText(reason, { exact: true }).isVisible()).toBe(true);
      await page.getByLabel('Only remind me during working hours').check();
      await waitFor(
        () => start.isEnabled(),
        (enabled) => enabled,
      );
      expect(await monday.isEnabled()).toBe(true);
      expect(await page.getByText(reason, { exact: true }).count()).toBe(0);

      // No snoozes: the snooze length has nothing to set.
      const snooze = page.getByLabel('Snooze length');
      expect(await snooze.isEnabled()).toBe(true);
      await enter(page.getByLabel('Snoozes in a row'), '0');
      await waitFor(
        () => snooze.isDisabled(),
        (disabled) => disabled,
      );
      expect(await describedBy(snooze)).toContain('Snoozing is off.');
      await waitFor(
        () => storedSettings(probe),
        (s) => s?.maxSnoozes === 0 && s.workingHours.enabled,
      );
      await screenshot(page, 'options-disabled-reasons');
      await page.close();
    });

    it('imports through the file picker by keyboard alone', async () => {
      const page = await openOptions(ext);
      // Playwright turns on its capture of file choosers only when a listener is added, and
      // does not wait for the browser to confirm: added together with the key press, the real
      // chooser could open first (and be cancelled at once, headless). Added here, the checks
      // below are round trips that come after it.
      const chooserOpened = page.waitForEvent('filechooser');
      // Awaited below; this only keeps a failure before then from also being reported unhandled.
      chooserOpened.catch(() => undefined);
      expect(await page.getByText('No file chosen yet.', { exact: true }).isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Export settings' }).focus();
      await page.keyboard.press('Tab');
      const input = page.getByLabel('Import settings from a file');
      expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await input.getAttribute('type')).toBe('file');
      // The native control is hidden; its ring shows on the button drawn for it (its label).
      const ring = await input.evaluate((el) => {
        const shown = (el as HTMLInputElement).labels?.[0];
        const style = shown ? getComputedStyle(shown) : null;
        return {
          button: shown?.textContent,
          outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
          width: shown?.getBoundingClientRect().width ?? 0,
        };
      });
      expect(ring.button).toBe('Choose a file…');
      expect(ring.outline).toBe('solid 3px');
      expect(ring.width).toBeGreaterThan(40);
      await screenshot(page, 'options-file-picker-focus');
      const mine: Settings = { ...DEFAULT_SETTINGS, sitMinutes: 25 };
      await page.keyboard.press('Space');
      const chooser = await chooserOpened;
      await chooser.setFiles(settingsFile(mine));
      await waitFor(
        () => storedSettings(probe),
        (s) => s?.sitMinutes === 25,
      );
      await untilStatus(page, 'Imported limber-settings.json: 1 setting changed.');
      expect(await page.getByText('limber-settings.json', { exact: true }).isVisible()).toBe(true);
      await page.close();
    });

    it('works by keyboard alone, with the focus always visible', async () => {
      const page = await openOptions(ext);
      // Working hours on, so their times are controls to reach (off, they are disabled).
      // Reloaded then, so Tab starts from the top of the page.
      await page.getByLabel('Only remind me during working hours').check();
      await waitFor(
        () => storedSettings(probe),
        (s) => s?.workingHours.enabled === true,
      );
      await page.reload();
      await page.getByLabel('Sitting time before a break').waitFor();
      expect(await page.getByLabel('Working day starts').isEnabled()).toBe(true);
      // Tab through the whole page once: every control is reached, each with a visible ring.
      const stops: { id: string; outline: string }[] = [];
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return 'done';
          // A time input takes one Tab per part (hours, minutes): still the same control.
          if (el.dataset.visited === 'last') return 'same';
          if (el.dataset.visited) return 'done';
          for (const seen of document.querySelectorAll<HTMLElement>('[data-visited="last"]')) {
            seen.dataset.visited = 'yes';
          }
          el.dataset.visited = 'last';
          const style = getComputedStyle(el);
          return {
            id: el.id || el.textContent?.trim() || el.tagName,
            outline: `${style.outlineStyle} ${style.outlineWidth}`,
          };
        });
        if (stop === 'done') break;
        if (stop !== 'same') stops.push(stop);
      }
      const ids = stops.map((s) => s.id);
      for (const id of [
        'Break schedule',
        'Your settings',
        'Why these defaults, and the sources',
        'sitMinutes',
        'breakMinutes',
        'longBreakEvery',
        'longBreakMinutes',
        'notificationSilent',
        'reRemind',
        'snoozeMinutes',
        'maxSnoozes',
        'showBadge',
        'idleSeconds',
        'holdDuringFullscreen',
        'workingHours-enabled',
        'working-start',
        'working-end',
        'breakSound',
        'region',
        'Export settings',
        'import-file',
        'Reset to defaults…',
      ]) {
        expect(ids, id).toContain(id);
      }
      for (const stop of stops) expect(stop.outline, stop.id).toBe('solid 3px');

      // Presets answer Enter; number fields step with the arrow keys and save on Enter.
      await page
        .getByRole('button', { name: 'Every 50 minutes, 5 minutes; every 2nd break 10 minutes' })
        .press('Enter');
      await waitFor(
        () => storedSettings(probe),
        (s) => s?.sitMinutes === 50,
      );
      const sit = page.getByLabel('Sitting time before a break');
      await sit.press('ArrowUp');
      await sit.press('Enter');
      await waitFor(
        () => storedSettings(probe),
        (s) => s?.sitMinutes === 51,
      );
      await page.close();
    });
  });

  describe('layout', () => {
    beforeAll(async () => {
      await clearSettings(probe);
    });

    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [400, 1280]) {
        it(`fits ${width} px wide in ${scheme} mode`, async () => {
          const page = await openOptions(ext);
          await page.emulateMedia({ colorScheme: scheme });
          await page.setViewportSize({ width, height: 900 });
          // Show an error too, to see how it looks.
          await enter(page.getByLabel('Snooze length'), '0');
          expect(await horizontalOverflow(page)).toBe(0);
          await screenshot(page, `options-${width}-${scheme}`);
          // The first screen as it opens, and the middle of the page with its navigation.
          await page.evaluate(() => window.scrollTo(0, 0));
          await windowShot(page, `options-${width}-${scheme}-top`);
          await page.getByRole('region', { name: 'Working hours' }).scrollIntoViewIfNeeded();
          await windowShot(page, `options-${width}-${scheme}-mid`);
          if (width === 400) {
            await page.getByRole('button', { name: /^Sections/ }).click();
            await page.getByRole('link', { name: 'Guided breaks' }).waitFor();
            expect(await horizontalOverflow(page)).toBe(0);
            await windowShot(page, `options-${width}-${scheme}-menu`);
            expect(await axeViolations(page)).toEqual([]);
            await page.keyboard.press('Escape');
          }
          // Nothing to fix with an error shown, fields disabled and Why open (nor with the menu).
          await page.getByText('Why these defaults, and the sources', { exact: true }).click();
          expect(await axeViolations(page)).toEqual([]);
          await page.close();
        });

        it(`shows the welcome ${width} px wide in ${scheme} mode`, async () => {
          const page = await ext.openPage('options.html?welcome');
          await page.emulateMedia({ colorScheme: scheme });
          await page.setViewportSize({ width, height: 900 });
          await page.getByRole('button', { name: 'Done' }).waitFor();
          expect(await horizontalOverflow(page)).toBe(0);
          await screenshot(page, `welcome-${width}-${scheme}`);
          await page.close();
        });
      }
    }
  });
});
