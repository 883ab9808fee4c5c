import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogs } from '@/lib/i18n/files';
import type { BreakRecord } from '@/lib/session/state';
import { axeViolations } from './support/axe';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { horizontalOverflow } from './support/layout';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { sittingState } from './support/seed';
import { waitFor } from './support/wait';

const MIN = 60_000;

interface LocalDay {
  key: string;
  /** The day as the page's table names it, in the extension's language (English here). */
  name: string;
}

/** Local days relative to today, worked out in the browser so its time zone decides. */
async function localDays(page: Page, offsets: number[]): Promise<LocalDay[]> {
  return page.evaluate(
    (offs) =>
      offs.map((offset) => {
        const now = new Date();
        const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, 12);
        const pad = (n: number) => String(n).padStart(2, '0');
        return {
          key: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
          name: new Intl.DateTimeFormat('en', {
            weekday: 'short',
            day: 'numeric',
            month: 'short',
          }).format(d),
        };
      }),
    offsets,
  );
}

/** A local moment `offset` days from today at hh:mm, in the browser's zone. */
async function localTime(page: Page, offset: number, h: number, m: number): Promise<number> {
  return page.evaluate(
    ([o, hh, mm]) => {
      const now = new Date();
      return new Date(now.getFullYear(), now.getMonth(), now.getDate() + o, hh, mm).getTime();
    },
    [offset, h, m] as const,
  );
}

function totals(t: Partial<Record<string, number>>) {
  return {
    due: 0,
    dueTaken: 0,
    completed: 0,
    natural: 0,
    snoozed: 0,
    skipped: 0,
    satMs: 0,
    longestSatMs: 0,
    ...t,
  };
}

async function rowCells(row: Locator): Promise<string[]> {
  return (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
}

describe('the history page in Chromium', () => {
  let ext: LoadedExtension;
  let probe: Probe;
  let page: Page;
  let today: LocalDay;
  let d1: LocalDay;
  let d3: LocalDay;
  let d12: LocalDay;

  beforeAll(async () => {
    ext = await launchExtension();
    probe = await Probe.open(ext);
    // Paused, so no session under way adds to today while the test reads the page.
    await probe.send({ type: 'pause', choice: 'manual' });
    await probe.setSettings({ snoozeMinutes: 7 });
    [today, d1, d3, d12] = (await localDays(probe.page, [0, -1, -3, -12])) as [
      LocalDay,
      LocalDay,
      LocalDay,
      LocalDay,
    ];
    await probe.setHistory({
      days: {
        [d12.key]: totals({
          due: 4,
          dueTaken: 3,
          completed: 2,
          natural: 1,
          snoozed: 2,
          skipped: 1,
          satMs: 200 * MIN,
          longestSatMs: 70 * MIN,
        }),
        [d3.key]: totals({
          due: 2,
          dueTaken: 2,
          completed: 1,
          natural: 2,
          satMs: 95 * MIN,
          longestSatMs: 40 * MIN,
        }),
        [d1.key]: totals({
          due: 3,
          dueTaken: 3,
          completed: 3,
          snoozed: 1,
          satMs: 130.4 * MIN,
          longestSatMs: 52 * MIN,
        }),
      },
      openDue: null,
    });
    // Short morning sits and long afternoon ones, for the insights.
    const records: BreakRecord[] = [];
    for (const offset of [-1, -2, -3]) {
      const morning = await localTime(probe.page, offset, 9, 5);
      const afternoon = await localTime(probe.page, offset, 15, 5);
      records.push(
        { type: 'sat', at: morning + 20 * MIN, startedAt: morning, satMs: 20 * MIN },
        { type: 'sat', at: afternoon + 65 * MIN, startedAt: afternoon, satMs: 65 * MIN },
      );
    }
    await probe.setRecords(records);
    page = await ext.openPage('history.html');
    await page.setViewportSize({ width: 900, height: 900 });
    await page.getByRole('heading', { level: 1, name: 'Your history' }).waitFor();
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('shows each of the last 7 days in an accessible table', async () => {
    const table = page.getByRole('table', { name: 'Breaks and sitting, each of the last 7 days' });
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers).toEqual([
      'Day',
      'Breaks due',
      'Guided breaks',
      'Natural breaks',
      'Snoozes',
      'Skips',
      'Minutes sat',
      'Longest sit (min)',
    ]);
    // Seven days, a header row and a total row.
    expect(await table.getByRole('row').count()).toBe(9);
    expect(await rowCells(table.getByRole('row', { name: d1.name }))).toEqual([
      '3',
      '3',
      '0',
      '1',
      '0',
      '130',
      '52',
    ]);
    expect(await rowCells(table.getByRole('row', { name: d3.name }))).toEqual([
      '2',
      '1',
      '2',
      '0',
      '0',
      '95',
      '40',
    ]);
    const todayRow = table.getByRole('row', { name: `${today.name} (today)` });
    expect(await rowCells(todayRow)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    expect(await rowCells(table.getByRole('row', { name: 'Total' }))).toEqual([
      '5',
      '4',
      '2',
      '1',
      '0',
      '225',
      '52',
    ]);
    expect(await table.getByRole('row', { name: d12.name }).count()).toBe(0);
  });

  it('draws the charts as named images and sums the week', async () => {
    const breaks = page.getByRole('img', {
      name: /^Breaks taken and breaks missed, each of the last 7 days/,
    });
    expect(await breaks.getAttribute('role')).toBe('img');
    expect(await breaks.locator('desc').textContent()).toBe(
      '5 breaks fell due and you took 6 breaks in all. The table below lists each day.',
    );
    // One colour language, and more than colour: taken bars solid in the break colour, missed
    // ones hatched in the due colour, a week's bars labelled with their numbers.
    const legend = page.getByRole('figure').filter({ has: breaks }).locator('figcaption');
    expect(await legend.textContent()).toBe(
      'Breaks taken (guided or away)Breaks missed (due, not taken)',
    );
    const colours = await breaks.evaluate((svg) => {
      const root = getComputedStyle(document.documentElement);
      const fill = (selector: string) => {
        const bar = svg.querySelector(selector);
        return bar ? getComputedStyle(bar).fill : '';
      };
      const hatch = svg.querySelector('pattern line');
      return {
        taken: fill('.history-bar--taken'),
        missed: fill('.history-bar--missed'),
        hatch: hatch ? getComputedStyle(hatch).stroke : '',
        breakToken: root.getPropertyValue('--state-break').trim(),
        dueToken: root.getPropertyValue('--state-due').trim(),
      };
    });
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(colours.taken).toBe(rgb(colours.breakToken));
    expect(colours.missed).toMatch(/^url\("?#.+-hatch"?\)$/);
    expect(colours.hatch).toBe(rgb(colours.dueToken));
    // d1: 3 taken, none missed; d3: 3 taken (1 guided, 2 away), none missed.
    expect(await breaks.locator('.history-bar-value').allTextContents()).toEqual(['3', '3']);
    const sat = page.getByRole('img', { name: /Minutes sat, each of the last 7 days/ });
    expect(await sat.locator('desc').textContent()).toMatch(/^3 h 45 min sat in all\./);
    const glance = page.getByRole('definition');
    expect(await glance.allTextContents()).toEqual(['6', '5 of 5', '3 h 45 min', '52 min']);
    // Each figure on one line, even in the narrowest card.
    await page.setViewportSize({ width: 420, height: 900 });
    const lines = await glance.evaluateAll((dds) =>
      dds.map((dd) =>
        Math.round(
          dd.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(dd).lineHeight),
        ),
      ),
    );
    expect(lines).toEqual([1, 1, 1, 1]);
    await page.setViewportSize({ width: 900, height: 900 });
    await screenshot(page, 'history-week-light');
    // A narrow window, as when the page is docked beside work.
    await page.setViewportSize({ width: 420, height: 900 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'history-week-narrow-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 900, height: 900 });
  });

  it('shows the streak and insights from the records', async () => {
    const streak = page.getByRole('region', { name: 'Streak' });
    expect(await streak.textContent()).toContain('2 days in a row with every due break taken.');
    expect(await streak.textContent()).toContain('Your best in the last year: 2 days.');
    const insights = page.getByRole('region', { name: 'Insights' }).getByRole('listitem');
    const texts = await insights.allTextContents();
    expect(texts[0]).toMatch(
      /^Your longest sits start after .+: 1 h 5 min on average, against 20 min earlier in the day\.$/,
    );
    expect(texts[1]).toMatch(/^3 of your 6 sits in the last 14 days lasted an hour or more\./);
    expect(await page.getByRole('link', { name: 'Source: HSE' }).getAttribute('href')).toBe(
      'https://www.hse.gov.uk/contact/faqs/vdubreaks.htm',
    );
  });

  it('switches to the last 30 days', async () => {
    await page.getByLabel('Last 30 days').check();
    const table = page.getByRole('table', { name: 'Breaks and sitting, each of the last 30 days' });
    expect(await table.getByRole('row').count()).toBe(32);
    expect(await rowCells(table.getByRole('row', { name: d12.name }))).toEqual([
      '4',
      '2',
      '1',
      '2',
      '1',
      '200',
      '70',
    ]);
    expect(await rowCells(table.getByRole('row', { name: 'Total' }))).toEqual([
      '9',
      '6',
      '3',
      '3',
      '1',
      '425',
      '70',
    ]);
    await screenshot(page, 'history-month-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'history-month-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('exports every stored day as CSV', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`limber-history-${today.key}.csv`);
    const text = await readFile(await file.path(), 'utf8');
    expect(text.split('\r\n')).toEqual([
      'date,breaks_due,due_breaks_taken,guided_breaks,natural_breaks,snoozes,skips,minutes_sat,longest_sit_minutes,minutes_stood',
      // The seeded days record no standing.
      `${d12.key},4,3,2,1,2,1,200,70,0`,
      `${d3.key},2,2,1,2,0,0,95,40,0`,
      `${d1.key},3,3,3,0,1,0,130,52,0`,
      '',
    ]);
    expect(await page.getByRole('status').textContent()).toBe(
      `Saved limber-history-${today.key}.csv, with 3 days.`,
    );
  });

  it('asks before clearing, and Cancel keeps everything', async () => {
    await page.getByRole('button', { name: 'Clear history…' }).click();
    const confirm = page.getByRole('group', { name: 'Clear all history?' });
    expect(await confirm.textContent()).toContain('Your settings, and the sitting session');
    const cancel = confirm.getByRole('button', { name: 'Cancel' });
    await expect.poll(() => cancel.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'history-confirm-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Enter');
    expect(await confirm.count()).toBe(0);
    expect(await probe.history()).not.toBeUndefined();
    expect(await probe.records()).toHaveLength(6);
  });

  it('clears the history from the keyboard, keeping the settings', async () => {
    const trigger = page.getByRole('button', { name: 'Clear history…' });
    await trigger.focus();
    await page.keyboard.press('Enter');
    // Focus starts on Cancel; the destructive choice is one step back.
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await expect.poll(() => cancel.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(
      await page
        .getByRole('button', { name: 'Yes, clear history' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'History cleared.' }).waitFor();
    expect(await probe.history()).toBeUndefined();
    expect(await probe.records()).toEqual([]);
    expect(await probe.settings()).toMatchObject({ snoozeMinutes: 7 });
    // An invitation in place of tables and charts of zeros.
    const empty = page.getByRole('region', { name: 'Your history starts with your first break' });
    await empty.waitFor();
    expect(await page.getByText('Nothing is recorded yet.').isVisible()).toBe(true);
    expect(await empty.getByRole('listitem').count()).toBe(4);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('img').count()).toBe(0);
    expect(await page.getByRole('definition').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Export as CSV' }).isDisabled()).toBe(true);
    const link = empty.getByRole('link', { name: 'Try a break now, or browse the moves' });
    expect(await link.getAttribute('href')).toBe('/break.html');
    await screenshot(page, 'history-empty-900-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'history-empty-900-dark');
    await page.setViewportSize({ width: 400, height: 800 });
    await screenshot(page, 'history-empty-400-dark');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'history-empty-400-light');
    await page.setViewportSize({ width: 900, height: 900 });
  });

  it('adds what the engine records, live, to today', async () => {
    await probe.setSettings({});
    // A real reminder: sitting that falls due in a moment, then a skip.
    // Seeded until the engine holds it: the re-check the settings write sets off may save over it.
    await probe.seedEngineState(sittingState(Date.now(), 1500));
    // The session under way fills today, so the charts and tables come back.
    await page.getByLabel('Last 7 days').check();
    await waitFor(
      () => probe.records(),
      (records) => records.some((r) => r.type === 'due'),
    );
    await probe.send({ type: 'skipBreak' });
    await probe.send({ type: 'pause', choice: 'manual' });
    const todayRow = page
      .getByRole('table', { name: /each of the last 7 days/ })
      .getByRole('row', { name: `${today.name} (today)` });
    const cells = await waitFor(
      () => rowCells(todayRow),
      (c) => c[0] === '1',
    );
    // Due once, skipped once, about 30 minutes sat in one session.
    expect(cells).toEqual(['1', '0', '0', '0', '1', '30', '30']);
    expect(await probe.history()).toMatchObject({
      days: { [today.key]: { due: 1, dueTaken: 0, skipped: 1 } },
    });
  });
});

describe.each(['en', 'de'] as const)(
  'the history page in %s, empty and then with a month',
  (lang) => {
    const words = readCatalogs()[lang];
    let ext: LoadedExtension;
    let probe: Probe;

    beforeAll(async () => {
      ext = await launchExtension({ lang });
      probe = await Probe.open(ext);
      // Paused: no session under way fills today, so the page starts empty.
      await probe.send({ type: 'pause', choice: 'manual' });
    });

    afterAll(async () => {
      await ext?.close();
    });
    failOnConsoleErrors(() => ext);

    it('invites first, then charts thirty days in one colour language', async () => {
      const page = await ext.openPage('history.html');
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByRole('region', { name: words.history_empty_heading }).waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await screenshot(page, `history-empty-${lang}-1280-${colorScheme}`);
        expect({ colorScheme, violations: await axeViolations(page) }).toEqual({
          colorScheme,
          violations: [],
        });
      }

      // A working month: most days a few breaks due, most taken, a few missed, some sitting.
      const days = await localDays(
        page,
        Array.from({ length: 30 }, (_, i) => -i),
      );
      const history: Record<string, ReturnType<typeof totals>> = {};
      days.forEach(({ key }, i) => {
        if (i % 7 === 5 || i % 7 === 6) return;
        const due = 3 + (i % 4);
        const missed = i % 5 === 0 ? 2 : i % 3 === 0 ? 1 : 0;
        history[key] = totals({
          due,
          dueTaken: due - missed,
          completed: due - missed - 1,
          natural: 1 + (i % 2),
          snoozed: i % 3,
          skipped: missed,
          satMs: (180 + ((i * 37) % 200)) * MIN,
          longestSatMs: (40 + ((i * 13) % 50)) * MIN,
        });
      });
      await probe.setHistory({ days: history, openDue: null });
      await page.getByLabel(words.history_range_last_days_other?.replace('$1', '30') ?? '').check();
      await page.getByRole('table', { name: /30/ }).waitFor();
      expect(await page.getByRole('region', { name: words.history_empty_heading }).count()).toBe(0);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width: 1280, height: 800 });
        await screenshot(page, `history-30d-${lang}-1280-${colorScheme}`);
        await page.setViewportSize({ width: 400, height: 800 });
        await screenshot(page, `history-30d-${lang}-400-${colorScheme}`);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        // Every summary figure on one line, inside its card, at the narrow size too.
        const fits = await page.getByRole('definition').evaluateAll((dds) =>
          dds.map((dd) => {
            const box = dd.getBoundingClientRect();
            const card = dd.parentElement?.getBoundingClientRect();
            const lines = box.height / Number.parseFloat(getComputedStyle(dd).lineHeight);
            const inside = card
              ? dd.scrollWidth <= box.width + 1 && box.right <= card.right
              : false;
            return { text: dd.textContent, oneLine: Math.round(lines) === 1, inside };
          }),
        );
        expect(fits.filter((f) => !f.oneLine || !f.inside)).toEqual([]);
      }
      await page.close();
    });
  },
);
