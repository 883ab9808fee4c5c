import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { outcomeFor, RED_FLAG_QUESTIONS, type Urgency } from '@/lib/content/red-flags';
import { routeFor } from '@/lib/content/regions';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { horizontalOverflow } from './support/layout';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { sittingState } from './support/seed';

const MIN = 60_000;
const TOTAL = RED_FLAG_QUESTIONS.length;

/** The popup's size limit in Chrome is 800 x 600; it is designed for 380 px wide. */
const POPUP = { width: 380, height: 600 };

/** A browser in British English: the check names 999 and NHS 111. */
const GB = routeFor('GB');

function questionAt(index: number) {
  const q = RED_FLAG_QUESTIONS[index];
  if (!q) throw new Error(`no question ${index}`);
  return q;
}

/**
 * A screenshot the size Chrome would give the popup: as tall as its content up to the 600 px
 * limit (the whole page beyond it, so nothing goes unseen).
 */
async function shoot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await page.setViewportSize({ width: POPUP.width, height: Math.min(height, POPUP.height) });
  await screenshot(page, name);
  await page.setViewportSize(POPUP);
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

/** What has focus, as a screen reader would name it: its role-ish tag and its text. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.tagName.toLowerCase()} ${el?.textContent?.trim() ?? ''}`;
  });
}

/** Lies wholly inside the popup's visible area, as it is scrolled now. */
async function expectInView(locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not shown');
  expect(box.y).toBeGreaterThanOrEqual(0);
  // Half a pixel for sub-pixel layout: a part scrolled flush with the bottom ends at 600.06.
  expect(box.y + box.height).toBeLessThanOrEqual(POPUP.height + 0.5);
}

describe('the red-flag check, one question at a time, in Chromium', () => {
  let ext: LoadedExtension;
  const opened: Page[] = [];

  beforeAll(async () => {
    ext = await launchExtension({ lang: 'en-GB' });
    const probe = await Probe.open(ext);
    await probe.seedEngineState(sittingState(Date.now(), 20 * MIN));
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
  });

  /** Opens the popup and, by keyboard, its red-flag check. */
  async function openCheck(): Promise<{ page: Page; check: Locator }> {
    const page = await ext.openPage('popup.html');
    opened.push(page);
    await page.setViewportSize(POPUP);
    await page.getByRole('heading', { level: 1, name: 'Limber' }).waitFor();
    expect(await page.evaluate(() => navigator.languages[0])).toBe('en-GB');
    const toggle = page.getByRole('button', { name: 'Back pain? Check warning signs' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const check = page.getByRole('region', { name: 'Red-flag check' });
    await check.getByRole('heading', { level: 3, name: 'Red-flag check' }).waitFor();
    return { page, check };
  }

  /** The question at `index` is the one on show, alone, numbered, and fits in the popup. */
  async function expectQuestion(check: Locator, index: number): Promise<Locator> {
    const q = questionAt(index);
    const group = check.getByRole('group', { name: q.text, exact: true });
    await group.waitFor();
    expect(await check.getByRole('group').count()).toBe(1);
    expect(
      await check.getByText(`Question ${index + 1} of ${TOTAL}`, { exact: true }).count(),
    ).toBe(1);
    expect(await check.getByRole('region').count()).toBe(0);
    const heading = group.getByRole('heading', { level: 4, name: q.text, exact: true });
    const yes = group.getByRole('button', { name: 'Yes', exact: true });
    const no = group.getByRole('button', { name: 'No', exact: true });
    for (const part of [heading, yes, no]) await expectInView(part);
    // Large targets, side by side.
    const [yesBox, noBox] = [await yes.boundingBox(), await no.boundingBox()];
    expect(yesBox?.height).toBeGreaterThanOrEqual(40);
    expect(yesBox?.width).toBeGreaterThanOrEqual(100);
    expect(noBox?.y).toBe(yesBox?.y);
    return heading;
  }

  async function expectOutcome(check: Locator, urgency: Urgency): Promise<Locator> {
    const outcome = outcomeFor(urgency, GB);
    const region = check.getByRole('region', { name: outcome.title, exact: true });
    await region.waitFor();
    const heading = region.getByRole('heading', { level: 4, name: outcome.title, exact: true });
    expect(await isFocused(heading)).toBe(true);
    // Brought into view from the top, however long the advice.
    await expectInView(heading);
    const text = (await region.textContent()) ?? '';
    expect(text).toContain(outcome.action);
    for (const detail of outcome.details) expect(text).toContain(detail.text);
    // Announced: the status line, in the page from the start, now says what to do.
    expect(await check.getByRole('status').textContent()).toBe(
      `${outcome.title}. ${outcome.action}`,
    );
    expect(await check.getByRole('group').count()).toBe(0);
    for (const href of await region
      .getByRole('link', { name: /^Source: / })
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^https:\/\//);
    }
    return region;
  }

  it('is answered by keyboard: focus moves to each new question, Back forgets, Yes to the first question is an emergency at once', async () => {
    const { page, check } = await openCheck();
    // Opening the check leaves focus where it was, and shows the first question whole.
    expect(await focused(page)).toBe('button Back pain? Check warning signs');
    await expectQuestion(check, 0);
    expect(await check.getByRole('status').textContent()).toBe('');
    expect(await check.getByRole('button', { name: 'Back' }).count()).toBe(0);
    expect(await check.getByText(/^This check is not a diagnosis\./).textContent()).toMatch(
      /local emergency number, 999\./,
    );
    expect(await check.getByText('Reviewed: November 2026', { exact: true }).count()).toBe(1);

    // Tab to No and press Enter: the second question, with focus on it.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button Yes');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button No');
    await page.keyboard.press('Enter');
    let heading = await expectQuestion(check, 1);
    expect(await isFocused(heading)).toBe(true);

    // From the question, Tab reaches its answers first; Space answers too.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button Yes');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    heading = await expectQuestion(check, 2);
    expect(await isFocused(heading)).toBe(true);
    // The visible focus ring on the buttons.
    await page.keyboard.press('Tab');
    expect(
      await check
        .getByRole('button', { name: 'Yes' })
        .evaluate((b) => `${getComputedStyle(b).outlineStyle} ${getComputedStyle(b).outlineWidth}`),
    ).toBe('solid 3px');
    await shoot(page, 'redflag-check-question');

    // Yes, No, then Back: the previous question again, its answer forgotten.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button Back');
    await page.keyboard.press('Enter');
    heading = await expectQuestion(check, 1);
    expect(await isFocused(heading)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    heading = await expectQuestion(check, 0);
    expect(await isFocused(heading)).toBe(true);
    expect(await check.getByRole('button', { name: 'Back' }).count()).toBe(0);

    // Yes to the first question: the emergency outcome at once, with the UK's numbers.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button Yes');
    await page.keyboard.press('Enter');
    const outcome = await expectOutcome(check, 'emergency');
    expect(await outcome.textContent()).toContain('Call 999 or go to A&E');
    expect(await outcome.textContent()).toContain('Why: you answered yes to');
    expect(await outcome.textContent()).toContain(questionAt(0).text);
    expect(await outcome.getByText(/were not asked/).count()).toBe(1);
    // Urgent red, boxed in red all round (other outcomes have a side bar only), its side bar thicker.
    const title = outcome.getByRole('heading', { level: 4 });
    expect(await title.evaluate((h) => getComputedStyle(h).color)).toBe('rgb(180, 35, 24)');
    const border = await outcome.evaluate((o) => {
      const style = getComputedStyle(o);
      return [style.borderTopWidth, style.borderTopColor, style.borderLeftWidth];
    });
    expect(border).toEqual(['2px', 'rgb(180, 35, 24)', '6px']);
    await expectInView(title);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, 'redflag-check-emergency');

    // Back from the outcome changes the last answer.
    await outcome.getByRole('button', { name: 'Back' }).focus();
    await page.keyboard.press('Enter');
    heading = await expectQuestion(check, 0);
    expect(await isFocused(heading)).toBe(true);
    expect(await check.getByRole('status').textContent()).toBe('');
  });

  it('is answered by mouse: every No reaches self-care after all 19 questions; Back and Start over', async () => {
    const { page, check } = await openCheck();
    for (let i = 0; i < TOTAL; i++) {
      const heading = await expectQuestion(check, i);
      if (i > 0) expect(await isFocused(heading)).toBe(true);
      await check.getByRole('button', { name: 'No', exact: true }).click();
    }
    const outcome = await expectOutcome(check, 'self-care');
    expect(await outcome.textContent()).toContain('Why: you answered no to every question.');
    expect(await outcome.getByText(/were not asked/).count()).toBe(0);
    expect(await outcome.textContent()).toMatch(/new weakness in both legs, call 999 at once/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, 'redflag-check-self-care');

    // Back to the last question, and Yes to it instead: an appointment.
    await outcome.getByRole('button', { name: 'Back' }).click();
    await expectQuestion(check, TOTAL - 1);
    expect(await check.getByText(`Question ${TOTAL} of ${TOTAL}`).count()).toBe(1);
    await check.getByRole('button', { name: 'Yes', exact: true }).click();
    const appointment = await expectOutcome(check, 'appointment');
    expect(await appointment.textContent()).toContain(questionAt(TOTAL - 1).text);

    // Start over: the first question, with nothing answered.
    await appointment.getByRole('button', { name: 'Start over' }).click();
    const heading = await expectQuestion(check, 0);
    expect(await isFocused(heading)).toBe(true);
    expect(await check.getByRole('button', { name: 'Back' }).count()).toBe(0);
    expect(await check.getByRole('status').textContent()).toBe('');
  });

  it('answers one question per double click, and starts afresh when reopened', async () => {
    const { page, check } = await openCheck();
    await check.getByRole('button', { name: 'No', exact: true }).dblclick();
    await expectQuestion(check, 1);
    await check.getByRole('button', { name: 'No', exact: true }).click();
    await expectQuestion(check, 2);

    const toggle = page.getByRole('button', { name: 'Back pain? Check warning signs' });
    await toggle.click();
    expect(await check.count()).toBe(0);
    await toggle.click();
    await expectQuestion(check, 0);
  });

  it('fits 360 px wide, in light and dark mode', async () => {
    const { page, check } = await openCheck();
    await page.setViewportSize({ width: 360, height: POPUP.height });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize(POPUP);
    await shoot(page, 'redflag-check-dark-question');
    const firstToday = RED_FLAG_QUESTIONS.findIndex((q) => q.urgency === 'today');
    for (let i = 0; i < firstToday; i++) {
      await expectQuestion(check, i);
      await check.getByRole('button', { name: 'No', exact: true }).click();
    }
    await expectQuestion(check, firstToday);
    await check.getByRole('button', { name: 'Yes', exact: true }).click();
    await expectOutcome(check, 'today');
    expect(await check.getByRole('region').textContent()).toContain('NHS 111');
    await page.setViewportSize({ width: 360, height: POPUP.height });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize(POPUP);
    await shoot(page, 'redflag-check-dark-today');
  });
});
