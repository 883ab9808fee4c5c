import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failOnConsoleErrors } from './support/console-errors';
import { browserDayKey, type SeedDay, seedDiary } from './support/diary-seed';
import { type LoadedExtension, launchExtension } from './support/extension';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { waitFor } from './support/wait';

const MIN = 60_000;

/**
 * Six and a half weeks of entries, pain 3 on days most breaks were taken and 6 on the others:
 * not better after about six weeks (the appointment suggestion), never rising, no leg or night
 * tags, and enough days on each side for the comparison.
 */
const WEEKS: SeedDay[] = Array.from({ length: 44 }, (_, i) => {
  const offset = -(i + 1);
  return { offset, pain: offset % 2 === 0 ? 6 : 3, bits: offset % 7 === 0 ? 1 : 0 };
});

async function seedHistory(probe: Probe): Promise<void> {
  const days: Record<string, unknown> = {};
  for (const { offset } of WEEKS) {
    const key = await browserDayKey(probe.page, offset);
    const most = offset % 2 !== 0;
    days[key] = {
      due: 4,
      dueTaken: most ? 4 : 1,
      completed: most ? 3 : 1,
      natural: most ? 1 : 0,
      snoozed: 0,
      skipped: most ? 0 : 3,
      satMs: (most ? 240 : 330) * MIN,
      longestSatMs: 60 * MIN,
    };
  }
  await probe.setHistory({ days, openDue: null });
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await screenshot(page, `${name}-${colorScheme}`);
  }
}

describe('the pain diary in Chromium', () => {
  let ext: LoadedExtension;
  let probe: Probe;

  beforeAll(async () => {
    ext = await launchExtension();
    probe = await Probe.open(ext);
    // Paused, so no session under way changes today's figures while the test reads the pages.
    await probe.send({ type: 'pause', choice: 'manual' });
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  it('is offered quietly in the popup while off, and turned on in the options', async () => {
    const popup = await ext.openPage('popup.html');
    await popup.setViewportSize({ width: 380, height: 700 });
    // A row of the "Your back" card that opens in place to the invitation.
    const row = popup.getByRole('button', { name: 'Pain diary', exact: true });
    expect(await row.getAttribute('aria-expanded')).toBe('false');
    expect(await popup.getByRole('link', { name: 'Turn on the pain diary' }).count()).toBe(0);
    await row.click();
    expect(await row.getAttribute('aria-expanded')).toBe('true');
    await popup.getByRole('link', { name: 'Turn on the pain diary' }).waitFor();
    expect(await popup.getByText(/^Sore back now and then\?/).isVisible()).toBe(true);
    expect(await popup.getByRole('group', { name: 'How is your back today?' }).count()).toBe(0);
    await popup.close();

    const options = await ext.openPage('options.html#diary');
    const diary = options.getByRole('checkbox', { name: 'Keep a pain diary' });
    await diary.waitFor();
    // The daily question waits for the diary, and its time for the question.
    expect(await options.getByRole('checkbox', { name: /Ask me once a day/ }).isDisabled()).toBe(
      true,
    );
    await diary.check();
    await waitFor(
      () => probe.settings() as Promise<{ painDiary?: boolean } | undefined>,
      (stored) => stored?.painDiary === true,
    );
    await options.getByRole('checkbox', { name: /Ask me once a day/ }).check();
    await expect.poll(() => options.getByLabel('Daily check-in time').isEnabled()).toBe(true);
    await screenshot(options, 'diary-options-light');
    await options.close();
  });

  it('takes today’s answer from the popup in two clicks, and a tag', async () => {
    const popup = await ext.openPage('popup.html');
    await popup.setViewportSize({ width: 380, height: 760 });
    // The check-in opens in place from its row in the "Your back" card.
    const question = popup.getByRole('group', { name: 'How is your back today?' });
    const row = popup.getByRole('button', { name: 'Pain diary', exact: true });
    await row.click();
    expect(await row.getAttribute('aria-expanded')).toBe('true');
    await question.waitFor();
    await shoot(popup, 'diary-popup-empty');
    await question.getByRole('radio', { name: '4', exact: true }).check();
    await popup.getByRole('checkbox', { name: 'Stiff' }).check();
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByRole('status').filter({ hasText: 'Saved for today: 4 out of 10.' }).waitFor();
    await shoot(popup, 'diary-popup-saved');
    await popup.close();

    // A popup opened later shows the answer, with Change.
    const again = await ext.openPage('popup.html');
    await again.getByText('Your back today: 4 out of 10.').waitFor();
    await again.getByRole('button', { name: 'Change' }).click();
    expect(await again.getByRole('radio', { name: '4', exact: true }).isChecked()).toBe(true);
    expect(await again.getByRole('checkbox', { name: 'Stiff' }).isChecked()).toBe(true);
    await again.close();
  });

  it('shows weeks of entries beside sitting and breaks: chart, table, summary and the six-week suggestion', async () => {
    await seedDiary(probe.page, WEEKS);
    await seedHistory(probe);
    const page = await ext.openPage('history.html');
    await page.setViewportSize({ width: 1000, height: 900 });
    const section = page.getByRole('region', { name: 'Pain diary' });
    await section
      .getByRole('img', { name: /Pain \(0 to 10\) and time sat, each of the last 30 days/ })
      .waitFor();

    // The table: today from the popup, yesterday (pain 3, most breaks) and a day before.
    const table = section.getByRole('table', { name: /each of the last 30 days/ });
    expect(await table.getByRole('row').count()).toBe(31);
    const cells = async (row: number) =>
      (await table.getByRole('row').nth(row).getByRole('cell').allTextContents()).map((c) =>
        c.trim(),
      );
    expect(await cells(1)).toEqual(['4', 'Stiff', '0 min', 'none due']);
    expect(await cells(2)).toEqual(['3', '', '4 h', '4 of 4']);
    expect(await cells(3)).toEqual(['6', '', '5 h 30 min', '1 of 4']);

    // The comparison, never a cause.
    await section
      .getByText(
        'On days you took most of your breaks, your pain averaged 3; on the other days, 6.',
      )
      .waitFor();
    await section.getByText(/it does not say why/).waitFor();

    // Six weeks not better: the appointment, with its sources, not a diagnosis.
    const suggestion = section.getByRole('complementary', { name: 'Something to consider' });
    await suggestion.getByText(/Your notes go back about 6 weeks/).waitFor();
    expect(await suggestion.getByRole('link', { name: 'Source: NHS', exact: true }).count()).toBe(
      1,
    );
    await suggestion.getByRole('link', { name: 'Make a page for my appointment' }).waitFor();
    await suggestion.getByText('A pointer from your own notes, not a diagnosis.').waitFor();
    const stored = await probe.page.evaluate(
      async () => (await chrome.storage.local.get('diarySuggestion')).diarySuggestion,
    );
    expect(stored).toMatchObject({ kind: 'appointment' });
    await shoot(page, 'diary-history-month');

    // 90 days and a week.
    await section.getByRole('radio', { name: 'Last 90 days' }).check();
    await section.getByRole('img', { name: /each of the last 90 days/ }).waitFor();
    await section.getByRole('radio', { name: 'Last 7 days' }).check();
    await section.getByRole('img', { name: /each of the last 7 days/ }).waitFor();
    await screenshot(page, 'diary-history-week-light');
    await page.close();
  });

  it('changes a past day on the history page', async () => {
    const page = await ext.openPage('history.html');
    const section = page.getByRole('region', { name: 'Pain diary' });
    const day = section.getByLabel('Day', { exact: true });
    await day.waitFor();
    await day.fill(await browserDayKey(page, -2));
    const question = section.getByRole('group', { name: /How was your back on/ });
    await question.waitFor();
    // The day's stored answer is shown (once read for that day), and replaced.
    const stored = question.getByRole('radio', { name: '6', exact: true });
    expect(
      await waitFor(
        () => stored.isChecked(),
        (checked) => checked,
      ),
    ).toBe(true);
    await question.getByRole('radio', { name: '7', exact: true }).check();
    await section.getByRole('checkbox', { name: 'Woke at night' }).check();
    await section.getByRole('button', { name: 'Save' }).click();
    await section
      .getByRole('status')
      .filter({ hasText: /^Saved for .*: 7 out of 10\.$/ })
      .waitFor();
    const table = section.getByRole('table', { name: /each of the last/ });
    await expect
      .poll(async () =>
        (await table.getByRole('row').nth(3).getByRole('cell').allTextContents()).map((c) =>
          c.trim(),
        ),
      )
      .toEqual(['7', 'Woke at night', '5 h 30 min', '1 of 4']);
    await page.close();
  });

  it('suggests the red-flag check on leg pain several days, and opens it in one click', async () => {
    await probe.page.evaluate(() => chrome.storage.local.remove('diarySuggestion'));
    await seedDiary(probe.page, [
      { offset: -1, pain: 5, bits: 4 },
      { offset: -3, pain: 5, bits: 4 },
      { offset: -5, pain: 5, bits: 4 },
    ]);
    const page = await ext.openPage('history.html');
    const suggestion = page.getByRole('complementary', { name: 'Something to consider' });
    await suggestion.getByText(/pain down a leg or waking at night on several days/).waitFor();
    await suggestion.getByRole('button', { name: 'Take the red-flag check' }).click();
    await suggestion.getByRole('heading', { name: 'Red-flag check' }).waitFor();
    await screenshot(page, 'diary-history-red-flag-light');
    await page.close();
  });

  it('makes a printable page for an appointment', async () => {
    const page = await ext.openPage('appointment.html');
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.getByRole('heading', { level: 1, name: 'For my appointment' }).waitFor();
    await page.getByText(/^Pain on 4\d days with an entry: average/).waitFor();
    await page.getByRole('img', { name: /each of the last 42 days/ }).waitFor();
    await page.getByRole('table', { name: /each of the last 42 days/ }).waitFor();
    await page.getByText(/red-flag check does not store its answers/).waitFor();
    await page.getByText(/guided breaks finished in these weeks/).waitFor();
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    await shoot(page, 'diary-appointment');
    // As printed: no button, ink on paper even from a dark screen.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(
      false,
    );
    const ink = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(ink).not.toBe('rgb(255, 255, 255)');
    await screenshot(page, 'diary-appointment-print');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });
});
