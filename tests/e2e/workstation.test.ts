import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogs } from '@/lib/i18n/files';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { waitFor } from './support/wait';

const en = readCatalogs().en;
const text = (key: string) => en[key] as string;
const fixOf = (id: string) => text(`workstation_${id}_fix`);
const titleOf = (id: string) => text(`workstation_${id}_title`);

/** The items asked without a sit-stand desk, in order, and the answer each gets here. */
const ANSWERS = [
  ['screen', 'right'],
  ['chair', 'fix'],
  ['back', 'right'],
  ['keyboard', 'fix'],
  ['laptop', 'right'],
  ['light', 'fix'],
] as const;

/** The answers as kept in local storage, raw. */
async function stored(probe: Probe): Promise<{
  answers?: Record<string, string>;
  fixed?: string[];
  completedAt?: number;
}> {
  return probe.page.evaluate(
    async () => (await chrome.storage.local.get('workstation')).workstation ?? {},
  );
}

/** The name of the element that has focus (its text), to follow focus from step to step. */
const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** The focused element's text once focus reaches `text` (the page moves it after it draws). */
const focusMovesTo = (page: Page, text: string) =>
  waitFor(
    () => focusedText(page),
    (focused) => focused === text,
    5_000,
  ).catch(() => focusedText(page));

async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 900 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await screenshot(page, `workstation-${name}-${width}-${colorScheme}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('the workstation set-up check in Chromium', () => {
  let ext: LoadedExtension;
  let probe: Probe;
  let page: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    probe = await Probe.open(ext);
    page = await ext.openPage('workstation.html');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('walks through every item, one at a time, with focus and progress following', async () => {
    await page.getByRole('heading', { level: 1, name: 'Workstation set-up check' }).waitFor();
    await page.getByText(text('workstation_not_diagnosis')).waitFor();
    const total = ANSWERS.length;
    await page.getByRole('heading', { level: 2, name: titleOf('screen') }).waitFor();
    await page.getByRole('img', { name: text('workstation_screen_picture') }).waitFor();
    await page.getByText(`Item 1 of ${total}`, { exact: true }).waitFor();
    // The first item has no Back; each source is a link.
    expect(await page.getByRole('button', { name: 'Back', exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'HSE' }).getAttribute('href')).toMatch(
      /^https:\/\/www\.hse\.gov\.uk\//,
    );
    await shoot(page, 'step');

    for (const [at, [id, answer]] of ANSWERS.entries()) {
      await page.getByRole('heading', { level: 2, name: titleOf(id) }).waitFor();
      expect(await page.getByRole('status').textContent()).toBe(`Item ${at + 1} of ${total}`);
      if (at > 0) expect(await focusMovesTo(page, titleOf(id))).toBe(titleOf(id));
      const button = page.getByRole('button', {
        name: answer === 'right' ? 'Already right' : 'Needs fixing',
      });
      if (id === 'keyboard') {
        // By keyboard: Enter on the answer.
        await button.focus();
        await page.keyboard.press('Enter');
      } else {
        await button.click();
      }
      if (id === 'chair') {
        // Back to the screen item: its answer shows pressed; answering it again goes on.
        await page.getByText(`Item 3 of ${total}`, { exact: true }).waitFor();
        await page.getByRole('button', { name: 'Back', exact: true }).click();
        await page.getByText(`Item 2 of ${total}`, { exact: true }).waitFor();
        expect(await focusMovesTo(page, titleOf('chair'))).toBe(titleOf('chair'));
        await page.getByRole('button', { name: 'Needs fixing', pressed: true }).click();
      }
    }

    await page.getByRole('heading', { level: 2, name: 'Your to-do list' }).waitFor();
    expect(await focusMovesTo(page, 'Your to-do list')).toBe('Your to-do list');
  });

  it('lists one fix for each item that needs it, and keeps them through a reload', async () => {
    const fixes = ['chair', 'keyboard', 'light'].map(fixOf);
    const labelOf = async (box: ReturnType<Page['getByRole']>) =>
      box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    const labels = async () =>
      Promise.all((await page.getByRole('checkbox').all()).map((box) => labelOf(box)));
    expect(await labels()).toEqual(fixes);
    expect(await stored(probe)).toMatchObject({
      answers: Object.fromEntries(ANSWERS),
      fixed: [],
    });
    await page.getByText('0 of 3 done').waitFor();
    await shoot(page, 'list');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Your to-do list' }).waitFor();
    expect(await labels()).toEqual(fixes);
  });

  it('ticks a fix off, kept through a reload', async () => {
    await page.getByRole('checkbox', { name: fixOf('keyboard') }).check();
    await page.getByText('1 of 3 done').waitFor();
    await waitFor(
      () => stored(probe),
      (value) => value.fixed?.join() === 'keyboard',
    );
    await page.reload();
    const box = page.getByRole('checkbox', { name: fixOf('keyboard') });
    await box.waitFor();
    expect(await box.isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: fixOf('chair') }).isChecked()).toBe(false);
  });

  it('changes one answer from the list', async () => {
    await page.getByRole('button', { name: `Change your answer: ${titleOf('light')}` }).click();
    await page.getByText(`Item 6 of ${ANSWERS.length}`, { exact: true }).waitFor();
    expect(await focusMovesTo(page, titleOf('light'))).toBe(titleOf('light'));
    await page.getByRole('button', { name: 'Already right' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your to-do list' }).waitFor();
    await page.getByText('1 of 2 done').waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(2);
  });

  it('shows on the options page when the check was last done, with a link to it', async () => {
    const { completedAt } = await stored(probe);
    expect(completedAt).toBeGreaterThan(0);
    const date = await probe.page.evaluate(
      (at) => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(at),
      completedAt as number,
    );
    const options = await ext.openPage('options.html');
    await options.getByText(`Last done on ${date}.`).waitFor();
    const link = options.getByRole('link', { name: 'Check your workstation set-up' });
    expect(await link.getAttribute('href')).toBe('/workstation.html');
    await options.close();
  });

  it('is linked from the welcome page and the popup’s guidance', async () => {
    const welcome = await ext.openPage('options.html?welcome');
    const fromWelcome = welcome.getByRole('link', { name: text('workstation_welcome_link') });
    expect(await fromWelcome.getAttribute('href')).toBe('/workstation.html');
    await welcome.close();
    const popup = await ext.openPage('popup.html');
    await popup.getByRole('button', { name: 'Look after your back' }).click();
    const fromPopup = popup.getByRole('link', { name: 'Check your workstation set-up' });
    expect(await fromPopup.getAttribute('href')).toBe('/workstation.html');
    // A new tab: the popup closes as soon as it loses focus.
    expect(await fromPopup.getAttribute('target')).toBe('_blank');
    await popup.close();
  });

  it('asks the standing-desk items once the user has a sit-stand desk', async () => {
    // Without one, the page says where to add them.
    await page.getByText(/Have a sit-stand desk\?/).waitFor();
    await probe.setSettings({ sitStand: true });
    // The open page follows the setting: three more items, not answered yet.
    await page.getByText('3 items are not answered yet.').waitFor();
    await page.getByRole('button', { name: 'Continue the check' }).click();
    const total = ANSWERS.length + 3;
    await page.getByText(`Item 7 of ${total}`, { exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: titleOf('stand_desk') }).waitFor();
    await shoot(page, 'standing');
    await page.getByRole('button', { name: 'Needs fixing' }).click();
    await page.getByText(`Item 8 of ${total}`, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Already right' }).click();
    await page.getByText(`Item 9 of ${total}`, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Already right' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your to-do list' }).waitFor();
    await page.getByRole('checkbox', { name: fixOf('stand_desk') }).waitFor();
    expect(await page.getByText(/Have a sit-stand desk\?/).count()).toBe(0);
  });

  it('starts over with no answers', async () => {
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByText(`Item 1 of ${ANSWERS.length + 3}`, { exact: true }).waitFor();
    await waitFor(
      () => stored(probe),
      (value) => Object.keys(value.answers ?? {}).length === 0,
    );
  });
});
