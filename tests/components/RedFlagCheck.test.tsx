import { fireEvent, getDefaultNormalizer, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RedFlagCheck } from '@/components/RedFlagCheck';
import {
  DISCLAIMER_KEYS,
  outcomeFor,
  RED_FLAG_QUESTIONS,
  type RedFlagQuestion,
  URGENCY_ORDER,
  type Urgency,
} from '@/lib/content/red-flags';
import { type EmergencyRoute, routeFor } from '@/lib/content/regions';
import { LOCALES, type Locale, substitute } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import { SAFETY } from '../lib/content/red-flag-safety';
import { useTestLocale } from '../support/i18n';

const US = routeFor('US');
const GB = routeFor('GB');
const UNKNOWN = routeFor(null);
const TOTAL = RED_FLAG_QUESTIONS.length;

function nth(index: number): RedFlagQuestion {
  const q = RED_FLAG_QUESTIONS[index];
  if (!q) throw new Error(`no question ${index}`);
  return q;
}

function firstOf(urgency: Urgency): RedFlagQuestion {
  const q = RED_FLAG_QUESTIONS.find((x) => x.urgency === urgency);
  if (!q) throw new Error(`no ${urgency} question`);
  return q;
}

/** Text as written: French keeps its no-break spaces, which the default matching would fold. */
const AS_WRITTEN = { normalizer: getDefaultNormalizer({ trim: false, collapseWhitespace: false }) };

const firstQuestion = nth(0);
if (firstQuestion.urgency !== 'emergency') throw new Error('the first question must be urgent');

/** The one question on show: a group named by its text. */
function shownQuestion(): HTMLElement {
  const groups = screen.getAllByRole('group');
  expect(groups).toHaveLength(1);
  return groups[0] as HTMLElement;
}

function expectQuestion(q: RedFlagQuestion, locale: Locale = 'en') {
  const group = shownQuestion();
  expect(group.getAttribute('aria-labelledby')).toBeTruthy();
  expect(screen.getByRole('group', { name: q.text })).toBe(group);
  const heading = within(group).getByRole('heading');
  expect(heading.textContent).toBe(q.text);
  if (q.hint) expect(within(group).getByText(q.hint, AS_WRITTEN)).toBeTruthy();
  const template = catalogs[locale].redflags_progress;
  expect(template, `redflags_progress in ${locale}`).toMatch(/\$1.*\$2/);
  const progress = substitute(template ?? '', [
    String(RED_FLAG_QUESTIONS.indexOf(q) + 1),
    String(TOTAL),
  ]);
  expect(screen.getByText(progress, AS_WRITTEN)).toBeTruthy();
}

function click(name: string) {
  fireEvent.click(screen.getByRole('button', { name }));
}

function outcomeRegion(title: string): HTMLElement {
  return screen.getByRole('region', { name: title });
}

/** The outcomes shown: regions other than the check itself. */
function outcomesShown(): HTMLElement[] {
  return screen.getAllByRole('region').filter((r) => !r.classList.contains('red-flag-check'));
}

const catalogs = readCatalogs();

describe('RedFlagCheck', () => {
  it('starts on the first question alone, with no outcome and nothing focused', () => {
    render(<RedFlagCheck route={US} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Red-flag check');
    expect(screen.getByText(/answer a few yes\/no questions/)).toBeTruthy();
    expectQuestion(firstQuestion);
    expect(screen.getByText(`Question 1 of ${TOTAL}`)).toBeTruthy();
    expect(TOTAL).toBe(19);
    // Yes and No are real buttons, named exactly so.
    const buttons = within(shownQuestion()).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Yes', 'No']);
    for (const b of buttons) expect(b.tagName).toBe('BUTTON');
    // Nothing to go back to, nothing to start over yet.
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start over' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
    expect(outcomesShown()).toEqual([]);
    // Opening the check does not take focus away from where the user is.
    expect(document.activeElement).toBe(document.body);
  });

  it('shows the disclaimer with its source and when it was reviewed, before any answer', () => {
    render(<RedFlagCheck route={US} />);
    const disclaimer = screen.getByText(/^This check is not a diagnosis\./);
    expect(disclaimer.textContent).toMatch(SAFETY.en.notDiagnosis);
    expect(disclaimer.textContent).toMatch(SAFETY.en.emergencyNumber);
    expect(disclaimer.textContent).toContain('911');
    const link = within(disclaimer).getByRole('link', { name: /^Source: / });
    expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(screen.getByText('Reviewed: November 2026')).toBeTruthy();
  });

  it('uses the heading level it is given, one level below for the question', () => {
    render(<RedFlagCheck headingLevel={3} route={US} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Red-flag check');
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe(firstQuestion.text);
  });

  it('asks one question at a time, moving focus to each new question', () => {
    render(<RedFlagCheck route={US} />);
    click('No');
    expectQuestion(nth(1));
    expect(screen.getByText(`Question 2 of ${TOTAL}`)).toBeTruthy();
    expect(screen.queryByText(firstQuestion.text)).toBeNull();
    const heading = within(shownQuestion()).getByRole('heading');
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');

    click('No');
    expectQuestion(nth(2));
    expect(screen.getByText(`Question 3 of ${TOTAL}`)).toBeTruthy();
    expect(document.activeElement).toBe(within(shownQuestion()).getByRole('heading'));
  });

  it.each([
    ['US', US, /Call 911/, /local emergency number, 911\./],
    ['GB', GB, /Call 999/, /local emergency number, 999\./],
    [
      'no country',
      UNKNOWN,
      /Call your local emergency number \(112 in Europe, 911 in North America\)/,
      /local emergency number \(112 in Europe, 911 in North America\)/,
    ],
  ] as const)(
    'shows the emergency outcome at once after Yes to the first question (%s)',
    (_name, route: EmergencyRoute, number: RegExp, inDisclaimer: RegExp) => {
      render(<RedFlagCheck route={route} />);
      click('Yes');

      const emergency = outcomeFor('emergency', route);
      const outcome = outcomeRegion('Get emergency help now');
      expect(outcome.className).toContain('rfc-outcome--emergency');
      expect(within(outcome).getByText(emergency.action).textContent).toMatch(number);
      expect(within(outcome).getByText(emergency.action).textContent).toMatch(
        SAFETY.en.emergencyDepartment,
      );
      expect(within(outcome).getByText('Why: you answered yes to')).toBeTruthy();
      const why = within(outcome).getAllByRole('list')[0] as HTMLElement;
      expect(why.textContent).toContain(firstQuestion.text);
      expect(within(why).getAllByRole('link')).toHaveLength(firstQuestion.sources.length);
      for (const detail of emergency.details) expect(outcome.textContent).toContain(detail.text);
      expect(within(outcome).getByText(/were not asked/)).toBeTruthy();

      // No question left, and focus on the outcome, which is announced.
      expect(screen.queryByRole('group')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Yes' })).toBeNull();
      expect(document.activeElement).toBe(within(outcome).getByRole('heading'));
      expect(screen.getByRole('status').textContent).toBe(
        `Get emergency help now. ${emergency.action}`,
      );
      expect(screen.getByRole('status').textContent).toMatch(number);
      // The disclaimer and the review date are still there.
      expect(screen.getByText(/^This check is not a diagnosis\./).textContent).toMatch(
        inDisclaimer,
      );
      expect(screen.getByText('Reviewed: November 2026')).toBeTruthy();
    },
  );

  it('reaches self-care only after every question is answered no', () => {
    render(<RedFlagCheck route={GB} />);
    for (const [index, q] of RED_FLAG_QUESTIONS.entries()) {
      expect(outcomesShown()).toEqual([]);
      expectQuestion(q);
      expect(screen.getByText(`Question ${index + 1} of ${TOTAL}`)).toBeTruthy();
      click('No');
    }

    const selfCare = outcomeFor('self-care', GB);
    const outcome = outcomeRegion('Self-care is reasonable');
    expect(document.activeElement).toBe(within(outcome).getByRole('heading'));
    expect(within(outcome).getByText(selfCare.action)).toBeTruthy();
    expect(within(outcome).getByText('Why: you answered no to every question.')).toBeTruthy();
    // Every question was asked, so there is no note about questions left out.
    expect(within(outcome).queryByText(/were not asked/)).toBeNull();
    const links = within(outcome).getAllByRole('link', { name: /^Source: / });
    expect(links).toHaveLength(selfCare.details.length);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noreferrer');
    }
    // The safety net names the country's number.
    expect(outcome.textContent).toMatch(/new weakness in both legs, call 999 at once/);
    expect(screen.getByRole('status').textContent).toBe(
      `Self-care is reasonable. ${selfCare.action}`,
    );
  });

  it('says to contact a doctor today, with the same-day route, for a same-day sign', () => {
    render(<RedFlagCheck route={GB} />);
    const target = firstOf('today');
    for (const q of RED_FLAG_QUESTIONS) {
      expectQuestion(q);
      if (q === target) break;
      click('No');
    }
    click('Yes');
    const outcome = outcomeRegion('Contact a doctor today');
    expect(outcome.className).toContain('rfc-outcome--today');
    expect(within(outcome).getByText(outcomeFor('today', GB).action).textContent).toMatch(
      /NHS 111/,
    );
    expect(within(outcome).getAllByRole('list')[0]?.textContent).toContain(target.text);
    expect(within(outcome).getByText(/were not asked/)).toBeTruthy();
  });

  it('goes Back to the previous question and forgets its answer', () => {
    render(<RedFlagCheck route={US} />);
    click('No');
    click('No');
    expectQuestion(nth(2));

    click('Back');
    expectQuestion(nth(1));
    expect(screen.getByText(`Question 2 of ${TOTAL}`)).toBeTruthy();
    expect(document.activeElement).toBe(within(shownQuestion()).getByRole('heading'));
    click('Back');
    expectQuestion(firstQuestion);
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();

    // From an outcome, Back returns to the question that decided it, with its answer gone.
    click('Yes');
    outcomeRegion('Get emergency help now');
    click('Back');
    expect(outcomesShown()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('');
    expectQuestion(firstQuestion);
    click('No');
    // Had the Yes been kept, the emergency would still be shown.
    expect(outcomesShown()).toEqual([]);
    expectQuestion(nth(1));
  });

  it('clears every answer with Start over, from a question or an outcome', () => {
    render(<RedFlagCheck route={US} />);
    click('No');
    click('No');
    click('Start over');
    expectQuestion(firstQuestion);
    expect(document.activeElement).toBe(within(shownQuestion()).getByRole('heading'));

    for (let i = 0; i < 3; i++) click('No');
    click('Yes');
    outcomeRegion('Get emergency help now');
    click('Start over');
    expect(outcomesShown()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('');
    expectQuestion(firstQuestion);
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    // Every answer is gone: all the way through with No is self-care again.
    for (const _ of RED_FLAG_QUESTIONS) click('No');
    outcomeRegion('Self-care is reasonable');
  });

  it('does not let the second click of a double click answer the next question unseen', () => {
    render(<RedFlagCheck route={US} />);
    fireEvent.click(screen.getByRole('button', { name: 'No' }), { detail: 1 });
    expectQuestion(nth(1));
    fireEvent.click(screen.getByRole('button', { name: 'No' }), { detail: 2 });
    expectQuestion(nth(1));
    // A keyboard press (no click count) answers as usual.
    fireEvent.click(screen.getByRole('button', { name: 'No' }), { detail: 0 });
    expectQuestion(nth(2));
  });

  it('does not let the second click of a double click go Back or Start over, which take its place', () => {
    render(<RedFlagCheck route={US} />);
    fireEvent.click(screen.getByRole('button', { name: 'No' }), { detail: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }), { detail: 2 });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }), { detail: 2 });
    expectQuestion(nth(1));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }), { detail: 1 });
    expectQuestion(firstQuestion);
  });

  it('keeps no answers between mounts', () => {
    const first = render(<RedFlagCheck route={US} />);
    click('No');
    click('Yes');
    outcomeRegion('Get emergency help now');
    first.unmount();

    render(<RedFlagCheck route={US} />);
    expectQuestion(firstQuestion);
    expect(outcomesShown()).toEqual([]);
  });
});

/** Answers the check, in whatever language it shows, so that it ends at `urgency`. */
function reach(urgency: Urgency, locale: Locale) {
  const { redflags_yes: yes = '', redflags_no: no = '' } = catalogs[locale];
  const target = RED_FLAG_QUESTIONS.find((q) => q.urgency === urgency);
  for (const q of RED_FLAG_QUESTIONS) {
    expectQuestion(q, locale);
    if (q === target) return click(yes);
    click(no);
  }
}

describe.each(LOCALES)('RedFlagCheck in %s', (locale) => {
  const words = catalogs[locale];

  it('shows its heading, question, progress, buttons and review date in the language', () => {
    useTestLocale(locale);
    render(<RedFlagCheck route={UNKNOWN} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(words.redflags_heading);
    expect(screen.getByText(words.redflags_intro ?? '', AS_WRITTEN)).toBeTruthy();
    expectQuestion(firstQuestion, locale);
    const group = shownQuestion();
    expect(within(group).getByRole('button', { name: words.redflags_yes })).toBeTruthy();
    expect(within(group).getByRole('button', { name: words.redflags_no })).toBeTruthy();
    click(words.redflags_no ?? '');
    expect(screen.getByRole('button', { name: words.redflags_back })).toBeTruthy();
    expect(screen.getByRole('button', { name: words.redflags_start_over })).toBeTruthy();
    const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(
      new Date(2026, 10, 15),
    );
    expect(month).toMatch(/2026/);
    expect(
      screen.getByText(substitute(words.redflags_reviewed ?? '', [month]), AS_WRITTEN),
    ).toBeTruthy();
  });

  it.each(URGENCY_ORDER)(
    'always shows the disclaimer and the emergency number with the %s outcome',
    (urgency) => {
      useTestLocale(locale);
      render(<RedFlagCheck route={UNKNOWN} />);
      reach(urgency, locale);

      const outcome = outcomeFor(urgency, UNKNOWN);
      const region = outcomeRegion(outcome.title);
      const text = region.parentElement?.textContent ?? '';
      for (const key of DISCLAIMER_KEYS) {
        const message =
          key === 'redflags_disclaimer_emergency_number'
            ? words[`${key}_unknown`]
            : (words[key] ?? '');
        expect(text).toContain(message);
      }
      expect(text).toMatch(SAFETY[locale].notDiagnosis);
      expect(text).toMatch(SAFETY[locale].emergencyNumber);
      expect(region.textContent).toContain(outcome.action);
      for (const detail of outcome.details) expect(region.textContent).toContain(detail.text);
      const why = urgency === 'self-care' ? words.redflags_why_none : words.redflags_why_yes;
      expect(region.textContent).toContain(why);
      const source = words.redflags_source?.replace('$1', '') ?? '';
      const links = within(region.parentElement as HTMLElement).getAllByRole('link');
      expect(links.length).toBeGreaterThan(1);
      for (const link of links) expect(link.textContent).toContain(source);
    },
  );

  it('keeps the answer and button labels short enough for the popup', () => {
    const {
      redflags_yes: yes,
      redflags_no: no,
      redflags_back: back,
      redflags_start_over: startOver,
    } = words;
    for (const label of [yes, no, back, startOver]) expect(label?.trim()).toBeTruthy();
    expect(yes?.length).toBeLessThanOrEqual(6);
    expect(no?.length).toBeLessThanOrEqual(6);
    expect(back?.length).toBeLessThanOrEqual(12);
    expect(startOver?.length).toBeLessThanOrEqual(20);
  });
});
