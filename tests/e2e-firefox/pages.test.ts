import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outcomeFor, RED_FLAG_QUESTIONS } from '@/lib/content/red-flags';
import { routeFor } from '@/lib/content/regions';
import { dayKey, sittingState } from '../e2e/support/seed';
import { waitFor } from '../e2e/support/wait';
import { failOnConsoleErrors } from './support/console-errors';
import { FirefoxExtension } from './support/extension';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';

const SECOND = 1000;
const MIN = 60 * SECOND;

/** The popup's size in Firefox is at most 800 x 600; it is designed for 380 px wide. */
const POPUP = { width: 380, height: 600 };

const text = (element: ElementHandle) => element.evaluate((el) => el.textContent?.trim() ?? '');

/** The element with this role and accessible name, once it is there. */
async function byRole(page: Page | ElementHandle, role: string, name = ''): Promise<ElementHandle> {
  const found = await page.waitForSelector(`aria/${name}[role="${role}"]`);
  if (!found) throw new Error(`no ${role} named ${name}`);
  return found as ElementHandle;
}

/** The cells of a table's rows, keyed by each row's header. */
async function tableRows(table: ElementHandle): Promise<Record<string, string[]>> {
  return table.evaluate((t) =>
    Object.fromEntries(
      [...((t as HTMLTableElement).tBodies[0]?.rows ?? [])].map((row) => [
        row.cells[0]?.textContent?.trim() ?? '',
        [...row.cells].slice(1).map((cell) => cell.textContent?.trim() ?? ''),
      ]),
    ),
  );
}

describe('the pages in Firefox', () => {
  let ext: FirefoxExtension;
  let probe: Probe;
  const opened: Page[] = [];

  async function open(path: string, viewport = POPUP): Promise<Page> {
    const page = await ext.openPage(path);
    opened.push(page);
    await page.setViewport(viewport);
    return page;
  }

  beforeAll(async () => {
    ext = await FirefoxExtension.launch();
    probe = new Probe(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  beforeEach(async () => {
    await ext.markUserActive();
    await probe.setSettings({});
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
  });

  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
  });

  it('welcomes a new user on install', async () => {
    expect(await probe.tabUrls()).toContain(ext.url('options.html?welcome'));
    const welcome = await ext.pageShowing('options.html?welcome');
    await byRole(welcome, 'heading', 'Welcome to Limber');
    await welcome.close();
  });

  it('saves a changed setting to storage.sync at once, and the running session follows it', async () => {
    const page = await open('options.html', { width: 900, height: 900 });
    const field = await byRole(page, 'spinbutton', 'Sitting time before a break');
    expect(await field.evaluate((el) => (el as HTMLInputElement).value)).toBe('30');
    await field.click({ count: 3 });
    await field.type('25');
    await page.keyboard.press('Tab');

    const stored = await waitFor(
      () => probe.storedSettings(),
      (s) => (s.sync as { sitMinutes?: number } | undefined)?.sitMinutes === 25,
    );
    // In sync storage, nothing kept aside on this computer.
    expect(stored.local).toBeUndefined();
    const place = (stored.place ?? { area: 'sync' }) as Record<string, unknown>;
    expect(place).toEqual({ area: 'sync' });
    // The session that had 20 of 30 minutes to go now has 15 of 25.
    await waitFor(
      () => probe.toolbarButton(),
      (button) => button.text === '15m',
    );
    await screenshot(page, 'firefox-options');

    await page.reload({ timeout: 1500 }).catch(() => undefined);
    const again = await byRole(page, 'spinbutton', 'Sitting time before a break');
    await waitFor(
      () => again.evaluate((el) => (el as HTMLInputElement).value),
      (value) => value === '25',
    );
  });

  it('counts down live in the popup', async () => {
    await probe.seedEngineState(sittingState(Date.now(), 12 * MIN));
    const popup = await open('popup.html');
    await byRole(popup, 'heading', 'Limber');
    const timer = await byRole(popup, 'timer', 'Time to your next break');
    const first = await text(timer);
    expect(first).toMatch(/^1[12]:\d\d$/);
    await waitFor(
      () => text(timer),
      (now) => now !== first,
      3 * SECOND,
    );
    await popup.waitForSelector('::-p-text(Sitting)');
    await byRole(popup, 'button', 'Take a break now');
    expect(await popup.$('aria/Snooze 5 min[role="button"]')).toBeNull();
    // Nothing sticks out sideways at the popup's width.
    expect(
      await popup.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await screenshot(popup, 'firefox-popup-sitting');
  });

  it('opens the guided break from the popup and steps through its moves', async () => {
    await probe.setSettings({ longBreakEvery: 1 });
    const popup = await open('popup.html');
    await (await byRole(popup, 'button', 'Take a break now')).click();
    const page = await ext.pageShowing('break.html');
    opened.push(page);
    await page.setViewport({ width: 900, height: 800 });
    await byRole(page, 'heading', 'Longer break');
    const move = await page.waitForSelector('::-p-text(Move 1 of )');
    if (!move) throw new Error('no move count');
    const count = Number((await text(move)).match(/^Move 1 of (\d+)$/)?.[1]);
    expect(count).toBeGreaterThan(1);
    expect(await text(await byRole(page, 'timer', 'Break ends in'))).toMatch(/^\d:\d\d$/);
    await (await byRole(page, 'button', 'Next')).click();
    await page.waitForSelector(`::-p-text(Move 2 of ${count})`);
    await screenshot(page, 'firefox-break');

    await (await byRole(page, 'button', 'Done')).click();
    await page.waitForSelector('::-p-text(Break done)');
    const state = await waitFor(
      () => probe.engineState(),
      (s) => s.phase.kind === 'sitting',
    );
    expect(state.phase.kind).toBe('sitting');
    expect((await probe.records()).at(-1)).toMatchObject({ type: 'completed', long: true });
  });

  it('shows the history, and adds what the engine records, live', async () => {
    const now = new Date();
    const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 12);
    const day = {
      due: 3,
      dueTaken: 2,
      completed: 2,
      natural: 1,
      snoozed: 1,
      skipped: 1,
      satMs: 130.4 * MIN,
      longestSatMs: 52 * MIN,
    };
    await probe.setStorage({ history: { days: { [dayKey(yesterday)]: day }, openDue: null } });
    const page = await open('history.html', { width: 900, height: 900 });
    await byRole(page, 'heading', 'Your history');
    const table = await byRole(page, 'table', 'Breaks and sitting, each of the last 7 days');
    const rows = await tableRows(table);
    const name = (d: Date) =>
      new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short' }).format(d);
    expect(Object.keys(rows)).toHaveLength(7);
    expect(rows[name(yesterday)]).toEqual(['3', '2', '1', '1', '1', '130', '52']);
    // Today so far: the 10 minutes of the session under way, nothing else.
    const todayName = `${name(now)} (today)`;
    expect(rows[todayName]).toEqual(['0', '0', '0', '0', '0', '10', '10']);
    await screenshot(page, 'firefox-history');

    // A real reminder falls due, is skipped: the open page follows storage.
    await probe.seedEngineState(sittingState(Date.now(), 1500));
    await waitFor(
      () => probe.records(),
      (records) => records.some((r) => r.type === 'due'),
    );
    await probe.send({ type: 'skipBreak' });
    const today = await waitFor(
      async () => (await tableRows(table))[todayName],
      (cells) => cells?.[0] === '1',
    );
    expect(today).toEqual(['1', '0', '0', '0', '1', '30', '30']);
  });

  it('asks the red-flag questions one at a time, with Yes and No', async () => {
    const popup = await open('popup.html');
    await (await byRole(popup, 'button', 'Back pain? Check warning signs')).click();
    const check = await byRole(popup, 'region', 'Red-flag check');
    const total = RED_FLAG_QUESTIONS.length;
    const [first, second] = RED_FLAG_QUESTIONS;
    if (!first || !second) throw new Error('no questions');

    await check.waitForSelector(`::-p-text(Question 1 of ${total})`);
    let group = await byRole(check, 'group', first.text);
    await (await byRole(group, 'button', 'No')).click();
    await check.waitForSelector(`::-p-text(Question 2 of ${total})`);
    group = await byRole(check, 'group', second.text);
    expect(await group.$('aria/Yes[role="button"]')).not.toBeNull();
    await screenshot(popup, 'firefox-redflag-question');

    // Back, then Yes to the first question: an emergency at once, with the US number (en-US).
    await (await byRole(check, 'button', 'Back')).click();
    group = await byRole(check, 'group', first.text);
    await (await byRole(group, 'button', 'Yes')).click();
    const outcome = outcomeFor('emergency', routeFor('US'));
    const region = await byRole(check, 'region', outcome.title);
    expect(await text(region)).toContain(outcome.action);
    expect(outcome.action).toContain('911');
    await screenshot(popup, 'firefox-redflag-emergency');
  });
});
