import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outcomeFor, RED_FLAG_QUESTIONS, type Urgency } from '@/lib/content/red-flags';
import { type EmergencyRoute, effectiveRegion, routeFor } from '@/lib/content/regions';
import { summariseToday } from '@/lib/history/today';
import type { BreakRecord, EngineState } from '@/lib/session/state';
import { formatDuration } from '@/lib/time/format';
import { failOnConsoleErrors } from './support/console-errors';
import { type LoadedExtension, launchExtension } from './support/extension';
import { horizontalOverflow } from './support/layout';
import { Probe } from './support/probe';
import { screenshot } from './support/screenshot';
import { sittingState } from './support/seed';
import { waitFor } from './support/wait';

const SECOND = 1000;
const MIN = 60 * SECOND;

/** The popup's size limit in Chrome is 800 x 600; it is designed for 380 px wide. */
const POPUP = { width: 380, height: 600 };

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

describe('the popup in Chromium', () => {
  let ext: LoadedExtension;
  let probe: Probe;
  const opened: Page[] = [];

  beforeAll(async () => {
    ext = await launchExtension();
    probe = await Probe.open(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });
  failOnConsoleErrors(() => ext);

  beforeEach(async () => {
    await probe.setSettings({});
    await probe.page.evaluate(() => chrome.storage.local.remove(['popupSection', 'records']));
  });

  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close();
  });

  /** Puts the engine in a state, and lets it catch up with the clock as the popup would. */
  async function seed(state: EngineState): Promise<void> {
    await probe.setEngineState(state);
    await probe.send({ type: 'getStatus' });
  }

  async function openPopup(): Promise<Page> {
    const page = await ext.openPage('popup.html');
    opened.push(page);
    await page.setViewportSize(POPUP);
    await page.getByRole('heading', { level: 1, name: 'Limber' }).waitFor();
    return page;
  }

  it('shows the sitting state with a live countdown and today’s figures, within 380 px', async () => {
    // Earlier today: two guided breaks, one natural one and a 45-minute session.
    const at = Date.now() - SECOND;
    const records: BreakRecord[] = [
      { type: 'completed', at, long: false, durationMs: 2 * MIN },
      { type: 'completed', at, long: true, durationMs: 5 * MIN },
      { type: 'natural', at, long: false, durationMs: 8 * MIN, cause: 'idle' },
      { type: 'sat', at, startedAt: at - 45 * MIN, satMs: 45 * MIN },
    ];
    await probe.page.evaluate((r) => chrome.storage.local.set({ records: r }), records);
    await seed(sittingState(Date.now(), 12 * MIN));
    const page = await openPopup();
    await page.getByText('Sitting', { exact: true }).waitFor();

    const timer = page.getByRole('timer', { name: 'Time to your next break' });
    const first = await timer.textContent();
    expect(first).toMatch(/^1[12]:\d\d$/);
    expect(await timer.getAttribute('aria-live')).toBe('off');
    // The screen-reader sentence counts in minutes, not seconds.
    await page.getByText(/^Next break in 1[12] minutes\.$/).waitFor({ state: 'attached' });
    await waitFor(
      () => timer.textContent(),
      (text) => text !== first,
      3 * SECOND,
    );

    const today = page.getByRole('region', { name: 'Today' });
    const figure = (name: string) => today.getByText(name).locator('xpath=..').textContent();
    expect(await figure('Breaks taken')).toBe('Breaks taken2');
    expect(await figure('Natural breaks')).toBe('Natural breaks1');
    // 45 minutes from the record plus the 18 of the live session (the summing itself, and
    // sessions that cross midnight, are unit-tested; this checks the popup reads both).
    const state = await probe.engineState();
    await waitFor(
      () => figure('Time sat'),
      (text) =>
        text === `Time sat${formatDuration(summariseToday(records, state, Date.now()).satMs)}`,
    );

    expect(await page.getByRole('button', { name: 'Take a break now' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Snooze 5 min' }).count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // Short enough to open without scrolling in Chrome's 600 px popup.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      POPUP.height,
    );
    await shoot(page, 'popup-sitting');
  });

  it('follows a break falling due while it is open, then snoozes it', async () => {
    await seed(sittingState(Date.now(), 3 * SECOND));
    const page = await openPopup();
    await page.getByText('Sitting', { exact: true }).waitFor();

    // Nothing is sent: the engine's own alarm makes the break due and the popup follows storage.
    await page.getByText('Time for a break', { exact: true }).waitFor({ timeout: 10 * SECOND });
    // The state is saved before the badge is set, so the popup can be a moment ahead of it.
    await probe.untilBadge('move');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, 'popup-due');

    await page.getByRole('button', { name: 'Snooze 5 min' }).click();
    await page.getByText('Break snoozed', { exact: true }).waitFor();
    const state = await probe.engineState();
    expect(state.phase.kind).toBe('snoozed');
    // The popup follows the saved state, which comes a moment before the badge.
    await probe.untilBadge('5m');
    expect(await probe.notificationIds()).toEqual([]);
    const timer = page.getByRole('timer', { name: 'Time to the next reminder' });
    expect(await timer.textContent()).toMatch(/^[45]:\d\d$/);
  });

  it('skips a due break and starts a fresh session', async () => {
    await seed(sittingState(Date.now(), 0));
    const page = await openPopup();
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.getByText('Sitting', { exact: true }).waitFor();
    expect((await probe.engineState()).phase.kind).toBe('sitting');
    expect((await probe.records()).map((r) => r.type)).toContain('skipped');
    const timer = page.getByRole('timer', { name: 'Time to your next break' });
    expect(await timer.textContent()).toMatch(/^(30:00|29:5\d)$/);
  });

  it('pauses for an hour with the keyboard alone, then resumes', async () => {
    await seed(sittingState(Date.now(), 20 * MIN));
    const page = await openPopup();
    const pause = page.getByRole('button', { name: 'Pause' });
    await pause.focus();
    await page.keyboard.press('Enter');
    // Each awaited as the page draws it, which on a loaded machine is after the key returns.
    const expanded = () => pause.getAttribute('aria-expanded');
    const focused = (button: Locator) => () => button.evaluate((b) => b === document.activeElement);
    expect(await waitFor(expanded, (v) => v === 'true')).toBe('true');
    // Focus goes to the first choice; Escape closes the menu and returns to Pause.
    expect(await waitFor(focused(page.getByRole('button', { name: '30 minutes' })), (f) => f)).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    expect(await waitFor(expanded, (v) => v === 'false')).toBe('false');
    expect(await waitFor(focused(pause), (f) => f)).toBe(true);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const before = Date.now();
    await page.keyboard.press('Enter');
    await page.getByText(/^Paused until /).waitFor();

    const state = await probe.engineState();
    expect(state.phase.kind).toBe('paused');
    const until = state.phase.kind === 'paused' ? (state.phase.until ?? 0) : 0;
    expect(until - before).toBeGreaterThanOrEqual(60 * MIN - SECOND);
    expect(until - before).toBeLessThanOrEqual(60 * MIN + 3 * SECOND);
    // The popup follows the saved state, which comes a moment before the badge.
    await probe.untilBadge('off');
    expect(
      await page.getByRole('timer', { name: 'Time until reminders resume' }).textContent(),
    ).toMatch(/^(1:00:00|59:5\d)$/);
    await shoot(page, 'popup-paused');

    // The pressed choice is gone; focus stays in the controls, one Tab from Resume.
    await page.keyboard.press('Tab');
    const resume = page.getByRole('button', { name: 'Resume' });
    expect(await resume.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await resume.evaluate((b) => getComputedStyle(b).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await page.getByText('Sitting', { exact: true }).waitFor();
    expect((await probe.engineState()).phase.kind).toBe('sitting');
    // The popup follows the saved state, which comes a moment before the badge.
    await probe.untilBadge('30m');
  });

  it('pauses until the user resumes', async () => {
    await seed(sittingState(Date.now(), 20 * MIN));
    const page = await openPopup();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Until I resume' }).click();
    await page.getByText('Paused until you resume', { exact: true }).waitFor();
    const state = await probe.engineState();
    expect(state.phase).toMatchObject({ kind: 'paused', until: null });
    expect(await page.getByRole('timer').count()).toBe(0);
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByText('Sitting', { exact: true }).waitFor();
  });

  it('takes a break now: the break page opens, and ending it counts a break taken', async () => {
    await seed(sittingState(Date.now(), 10 * MIN));
    const page = await openPopup();
    const breakPage = ext.context.waitForEvent('page', {
      predicate: (p) => new URL(p.url()).pathname === '/break.html',
    });
    await page.getByRole('button', { name: 'Take a break now' }).click();
    const opened = await breakPage;
    expect(opened.url()).toBe(`chrome-extension://${ext.extensionId}/break.html`);
    expect((await probe.engineState()).phase.kind).toBe('onBreak');

    // The break page stays open (closing it would end the break); the popup follows along.
    await page.bringToFront();
    await page.getByText('On a break', { exact: true }).waitFor();
    const timer = page.getByRole('timer', { name: 'Time left of your break' });
    expect(await timer.textContent()).toMatch(/^(2:00|1:5\d)$/);
    await shoot(page, 'popup-on-break');

    await page.getByRole('button', { name: 'End break' }).click();
    await page.getByText('Sitting', { exact: true }).waitFor();
    expect((await probe.records()).map((r) => r.type)).toContain('completed');
    await opened.close();
    const today = page.getByRole('region', { name: 'Today' });
    await waitFor(
      () => today.getByText('Breaks taken').locator('xpath=..').textContent(),
      (text) => text === 'Breaks taken1',
    );
  });

  it('counts a break started here and finished on the guided break page', async () => {
    await seed(sittingState(Date.now(), 10 * MIN));
    const page = await openPopup();
    const before = (await probe.records()).filter((r) => r.type === 'completed').length;
    const breakPage = ext.context.waitForEvent('page', {
      predicate: (p) => new URL(p.url()).pathname === '/break.html',
    });
    await page.getByRole('button', { name: 'Take a break now' }).click();
    const opened = await breakPage;
    await opened.getByRole('button', { name: 'Next', exact: true }).click();
    await opened.getByRole('button', { name: 'Done' }).click();
    await waitFor(
      async () => (await probe.records()).filter((r) => r.type === 'completed').length,
      (n) => n === before + 1,
    );
    await page.bringToFront();
    await page.getByText('Sitting', { exact: true }).waitFor();
    const today = page.getByRole('region', { name: 'Today' });
    await waitFor(
      () => today.getByText('Breaks taken').locator('xpath=..').textContent(),
      (text) => text === `Breaks taken${before + 1}`,
    );
    await opened.close();
  });

  it('says when the user seems to be away, and holds the count', async () => {
    await seed(sittingState(Date.now(), 10 * MIN));
    const page = await openPopup();
    await page.getByText('Sitting', { exact: true }).waitFor();
    // What the engine stores when the idle detector says the user left: shown as it is. Dated
    // two seconds back, as a state the engine saved: a worker that read its clock just before
    // this write would otherwise see its last run in the future, take it for a clock set back,
    // and start a fresh session (only a test writes the state from outside the engine).
    const now = Date.now() - 2000;
    await probe.setEngineState({
      ...sittingState(now, 10 * MIN),
      presence: 'idle',
      phase: {
        kind: 'sitting',
        session: { startedAt: now - 25 * MIN, satMs: 20 * MIN, activeSince: null, awaySince: now },
      },
    });
    await page.getByText('You seem to be away', { exact: true }).waitFor();
    expect(await page.getByText(/^The count is on hold until you are back/).count()).toBe(1);
    const timer = page.getByRole('timer', { name: 'Sitting left before a break' });
    expect(await timer.textContent()).toBe('10:00');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await timer.textContent()).toBe('10:00');
    await shoot(page, 'popup-away');
  });

  it('says when it is outside working hours, with no controls that would do nothing', async () => {
    const tomorrow = (new Date().getDay() + 1) % 7;
    await probe.setSettings({
      workingHours: { enabled: true, days: [tomorrow], start: 9 * 60, end: 17 * 60 },
    });
    await waitFor(
      () => probe.engineState(),
      (s) => s.phase.kind === 'offHours',
    );
    const page = await openPopup();
    await page.getByText('Outside working hours', { exact: true }).waitFor();
    expect(await page.getByText(/^No reminders until tomorrow at 0?9:00/).count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Session controls' }).count()).toBe(0);
    await shoot(page, 'popup-off-hours');
  });

  describe('the red-flag check', () => {
    const TOTAL = RED_FLAG_QUESTIONS.length;

    async function openCheck(page: Page): Promise<Locator> {
      const toggle = page.getByRole('button', { name: 'Back pain? Check warning signs' });
      if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
      await toggle.click();
      const check = page.getByRole('region', { name: 'Red-flag check' });
      await check.getByRole('heading', { level: 3, name: 'Red-flag check' }).waitFor();
      return check;
    }

    /** A fresh check: the first question alone, nothing answered, no outcome. */
    async function expectFresh(check: Locator) {
      await question(check, 0).waitFor();
      expect(await check.getByRole('group').count()).toBe(1);
      expect(await check.getByText(`Question 1 of ${TOTAL}`, { exact: true }).count()).toBe(1);
      expect(await check.getByRole('button', { name: 'Back' }).count()).toBe(0);
      expect(await check.getByRole('region').count()).toBe(0);
      expect(await check.getByRole('status').textContent()).toBe('');
    }

    function question(check: Locator, index: number): Locator {
      const q = RED_FLAG_QUESTIONS[index];
      if (!q) throw new Error(`no question ${index}`);
      return check.getByRole('group', { name: q.text, exact: true });
    }

    /** Answers the question at `index`, once it is the one on show, numbered as it should be. */
    async function answer(check: Locator, index: number, choice: 'Yes' | 'No') {
      const group = question(check, index);
      await group.waitFor();
      expect(
        await check.getByText(`Question ${index + 1} of ${TOTAL}`, { exact: true }).count(),
      ).toBe(1);
      await group.getByRole('button', { name: choice, exact: true }).click();
    }

    /** No to every question before the first of `urgency`, then Yes to it. */
    async function reach(check: Locator, urgency: Exclude<Urgency, 'self-care'>) {
      const target = RED_FLAG_QUESTIONS.findIndex((q) => q.urgency === urgency);
      for (let i = 0; i < target; i++) await answer(check, i, 'No');
      await answer(check, target, 'Yes');
    }

    /** The route the popup uses for this browser: its country, from its language tags. */
    async function browserRoute(page: Page): Promise<EmergencyRoute> {
      const tags = await page.evaluate(() => [...navigator.languages, chrome.i18n.getUILanguage()]);
      return routeFor(effectiveRegion('', tags));
    }

    async function expectOutcome(
      check: Locator,
      urgency: Urgency,
      route: EmergencyRoute,
      why: RegExp,
    ): Promise<Locator> {
      const { title, action } = outcomeFor(urgency, route);
      const outcome = check.getByRole('region', { name: title, exact: true });
      await outcome.waitFor();
      expect(await outcome.getByRole('heading', { level: 4 }).textContent()).toBe(title);
      expect(await outcome.textContent()).toContain(action);
      expect(await outcome.textContent()).toMatch(why);
      expect(await check.getByRole('status').textContent()).toBe(`${title}. ${action}`);
      expect(await check.textContent()).toContain('This check is not a diagnosis');
      const links = check.getByRole('link', { name: /^Source: / });
      expect(await links.count()).toBeGreaterThan(1);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(/^https:\/\//);
      }
      return outcome;
    }

    it('reaches all four outcomes in the real popup, fresh each time it is opened', async () => {
      await seed(sittingState(Date.now(), 20 * MIN));
      const page = await openPopup();
      const route = await browserRoute(page);

      // Emergency, by keyboard: the first question's Yes, pressed with Space.
      let check = await openCheck(page);
      await expectFresh(check);
      await question(check, 0).getByRole('button', { name: 'Yes' }).focus();
      await page.keyboard.press('Space');
      let outcome = await expectOutcome(check, 'emergency', route, /Why: you answered yes to/);
      expect(await outcome.textContent()).toContain(route.emergency ?? '112 in Europe');
      expect(await outcome.textContent()).toMatch(/emergency department|A&E/);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, 'popup-redflag-emergency');

      check = await openCheck(page);
      await expectFresh(check);
      await reach(check, 'today');
      outcome = await expectOutcome(check, 'today', route, /Why: you answered yes to/);
      expect(await outcome.textContent()).toMatch(/\btoday\b/);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, 'popup-redflag-today');

      check = await openCheck(page);
      await expectFresh(check);
      await reach(check, 'appointment');
      await expectOutcome(check, 'appointment', route, /Why: you answered yes to/);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, 'popup-redflag-appointment');

      check = await openCheck(page);
      await expectFresh(check);
      for (let i = 0; i < TOTAL; i++) await answer(check, i, 'No');
      outcome = await expectOutcome(check, 'self-care', route, /you answered no to every question/);
      expect(await outcome.textContent()).toMatch(/bed rest/);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, 'popup-redflag-self-care');

      // Nothing of the answers was kept anywhere.
      const stored = await probe.page.evaluate(async () =>
        JSON.stringify([
          await chrome.storage.local.get(null),
          await chrome.storage.sync.get(null),
          await chrome.storage.session.get(null),
        ]),
      );
      expect(stored.length).toBeGreaterThan(100);
      expect(stored).not.toMatch(/red-?flag|answer/i);
      for (const q of RED_FLAG_QUESTIONS) expect(stored).not.toContain(q.id);

      // Closing the popup and opening it again also starts afresh.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Limber' }).waitFor();
      await expectFresh(await openCheck(page));
    });
  });

  it('shows guidance with a source beside each point, and reopens the last section', async () => {
    await seed(sittingState(Date.now(), 20 * MIN));
    let page = await openPopup();
    await page.getByRole('button', { name: 'Look after your back' }).click();
    await page.getByText('Heat and cold', { exact: true }).click();
    const heat = page.getByRole('group').filter({ hasText: 'Heat and cold' });
    const points = heat.getByRole('listitem');
    expect(await points.count()).toBeGreaterThan(1);
    for (const point of await points.all()) {
      const link = point.getByRole('link', { name: /^Source: / });
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    }
    await waitFor(
      () =>
        probe.page.evaluate(
          async () => (await chrome.storage.local.get('popupSection')).popupSection,
        ),
      (id) => id === 'heat-cold',
    );

    await page.close();
    page = await openPopup();
    const guidance = page.getByRole('button', { name: 'Look after your back' });
    await waitFor(
      () => guidance.getAttribute('aria-expanded'),
      (v) => v === 'true',
    );
    // The guidance is loaded on demand: wait for it, rather than look before it has arrived.
    await page.getByText(/ice pack wrapped in a towel/).waitFor({ state: 'visible' });

    await page.getByText('Treatments a clinician may offer', { exact: true }).click();
    const treatments = page.getByRole('list', {
      name: 'What a doctor or physiotherapist may offer, and what guidelines advise',
    });
    await treatments.waitFor();
    // One row each, its verdict in a word; the evidence and sources open under the row.
    const rows = treatments.getByRole('listitem');
    expect(await rows.count()).toBeGreaterThan(3);
    const opioids = rows.filter({ hasText: 'Opioids' });
    expect(await opioids.getByText('Not recommended', { exact: true }).first().isVisible()).toBe(
      true,
    );
    await opioids.getByText('Opioids (strong painkillers)', { exact: true }).click();
    const source = opioids.getByRole('link').first();
    await source.waitFor();
    expect(await source.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, 'popup-treatments');
  });

  it('reaches every control by keyboard, in order', async () => {
    await seed(sittingState(Date.now(), 20 * MIN));
    const page = await openPopup();
    await page.getByText('Sitting', { exact: true }).waitFor();
    const names: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      names.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(names).toEqual([
      'Settings',
      'Take a break now',
      'Pause',
      'Your history and streaks',
      // The "Your back" card: flare mode, the pain diary's row, the red-flag check, the guidance.
      'My back hurts now',
      'Pain diary',
      'Back pain? Check warning signs',
      'Look after your back',
    ]);
  });

  it('looks right in dark mode', async () => {
    await seed(sittingState(Date.now(), 12 * MIN));
    const page = await openPopup();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByText('Sitting', { exact: true }).waitFor();
    // The dark theme's page background (--bg in components/base.css).
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe('rgb(17, 22, 27)');
    await shoot(page, 'popup-dark-sitting');
    await page.getByRole('button', { name: 'Back pain? Check warning signs' }).click();
    await page
      .getByRole('group', { name: RED_FLAG_QUESTIONS[0]?.text ?? '', exact: true })
      .getByRole('button', { name: 'Yes', exact: true })
      .click();
    await page.getByRole('heading', { level: 4, name: 'Get emergency help now' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, 'popup-dark-emergency');
  });
});
