import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RedFlagCheck } from '@/components/RedFlagCheck';
import {
  OUTCOMES,
  RED_FLAG_DISCLAIMER,
  RED_FLAG_QUESTIONS,
  URGENCY_ORDER,
  type Urgency,
} from '@/lib/content/red-flags';
import { LOCALES, type Locale } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import { SAFETY } from '../lib/content/red-flag-safety';
import { useTestLocale } from '../support/i18n';

function question(text: string): HTMLElement {
  return screen.getByRole('group', { name: new RegExp(`^${escapeRegExp(text)}`) });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function answer(text: string, choice: string) {
  fireEvent.click(within(question(text)).getByRole('radio', { name: choice }));
}

function answerAll(choice: 'Yes' | 'No') {
  for (const q of RED_FLAG_QUESTIONS) answer(q.text, choice);
}

const firstEmergency = RED_FLAG_QUESTIONS[0];
if (firstEmergency?.urgency !== 'emergency') throw new Error('the first question must be urgent');

describe('RedFlagCheck', () => {
  it('starts fresh: every question is shown and unanswered, with no outcome yet', () => {
    render(<RedFlagCheck />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Red-flag check');
    expect(screen.getAllByRole('group')).toHaveLength(RED_FLAG_QUESTIONS.length);
    for (const radio of screen.getAllByRole('radio')) {
      expect((radio as HTMLInputElement).checked).toBe(false);
    }
    const status = screen.getByRole('status');
    expect(within(status).queryByRole('heading')).toBeNull();
    // The disclaimer is there before any answer.
    expect(within(status).getByText(/not a diagnosis/)).toBeTruthy();
  });

  it('uses the heading level it is given', () => {
    render(<RedFlagCheck headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Red-flag check');
  });

  it('shows the emergency outcome as soon as an emergency question is answered yes', () => {
    render(<RedFlagCheck />);
    answer(firstEmergency.text, 'Yes');

    const status = screen.getByRole('status');
    expect(within(status).getByRole('heading').textContent).toBe(OUTCOMES.emergency.title);
    expect(within(status).getByText(OUTCOMES.emergency.action).textContent).toMatch(
      /call your local emergency number/i,
    );
    expect(within(status).getByText(/Why: you answered yes to/)).toBeTruthy();
    expect(within(status).getByText(firstEmergency.text)).toBeTruthy();
    expect(within(status).getByText(/This check is not a diagnosis/)).toBeTruthy();
    expect(status.className).toContain('rfc-outcome--emergency');
  });

  it('hides questions that can no longer change the outcome, and brings them back', () => {
    render(<RedFlagCheck />);
    answer(firstEmergency.text, 'Yes');
    expect(screen.getAllByRole('group')).toHaveLength(1);

    answer(firstEmergency.text, 'No');
    expect(screen.getAllByRole('group')).toHaveLength(RED_FLAG_QUESTIONS.length);
    expect(within(screen.getByRole('status')).queryByRole('heading')).toBeNull();
  });

  it('shows self-care with source links when every answer is no', () => {
    render(<RedFlagCheck />);
    answerAll('No');

    const status = screen.getByRole('status');
    expect(within(status).getByRole('heading').textContent).toBe(OUTCOMES['self-care'].title);
    expect(within(status).getByText(/answered no to every question/)).toBeTruthy();
    const links = within(status).getAllByRole('link', { name: /^Source: / });
    // One per self-care point, plus the disclaimer's.
    expect(links).toHaveLength(OUTCOMES['self-care'].details.length + 1);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noreferrer');
    }
    expect(within(status).getByText(/not a diagnosis/)).toBeTruthy();
  });

  it('clears every answer with Start over', () => {
    render(<RedFlagCheck />);
    answerAll('No');
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));

    for (const radio of screen.getAllByRole('radio')) {
      expect((radio as HTMLInputElement).checked).toBe(false);
    }
    expect(within(screen.getByRole('status')).queryByRole('heading')).toBeNull();
  });

  it('keeps no answers between mounts', () => {
    const first = render(<RedFlagCheck />);
    answer(firstEmergency.text, 'Yes');
    first.unmount();

    render(<RedFlagCheck />);
    expect(screen.getAllByRole('group')).toHaveLength(RED_FLAG_QUESTIONS.length);
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
  });
});

const catalogs = readCatalogs();

/** Answers the check, in whatever language it shows, so that it ends at `urgency`. */
function reach(urgency: Urgency, locale: Locale) {
  const { redflags_yes: yes = '', redflags_no: no = '' } = catalogs[locale];
  const target = RED_FLAG_QUESTIONS.find((q) => q.urgency === urgency);
  for (const q of RED_FLAG_QUESTIONS) {
    if (q === target) return answer(q.text, yes);
    answer(q.text, no);
  }
}

describe.each(LOCALES)('RedFlagCheck in %s', (locale) => {
  it('shows its heading, buttons and answers in the language', () => {
    useTestLocale(locale);
    render(<RedFlagCheck />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      catalogs[locale].redflags_heading,
    );
    const first = RED_FLAG_QUESTIONS[0];
    if (!first) throw new Error('no question');
    const group = question(first.text);
    expect(within(group).getByRole('radio', { name: catalogs[locale].redflags_yes })).toBeTruthy();
    expect(within(group).getByRole('radio', { name: catalogs[locale].redflags_no })).toBeTruthy();
    expect(screen.getByRole('button', { name: catalogs[locale].redflags_start_over })).toBeTruthy();
  });

  it.each(URGENCY_ORDER)(
    'always shows the disclaimer and the emergency number with the %s outcome',
    (urgency) => {
      useTestLocale(locale);
      render(<RedFlagCheck />);
      reach(urgency, locale);

      const status = screen.getByRole('status');
      expect(within(status).getByRole('heading').textContent).toBe(OUTCOMES[urgency].title);
      const text = status.textContent ?? '';
      for (const key of RED_FLAG_DISCLAIMER.keys) expect(text).toContain(catalogs[locale][key]);
      expect(text).toMatch(SAFETY[locale].notDiagnosis);
      expect(text).toMatch(SAFETY[locale].emergencyNumber);
      expect(text).toContain(OUTCOMES[urgency].action);
      for (const detail of OUTCOMES[urgency].details) expect(text).toContain(detail.text);
      const why =
        urgency === 'self-care'
          ? catalogs[locale].redflags_why_none
          : catalogs[locale].redflags_why_yes;
      expect(text).toContain(why);
      const source = catalogs[locale].redflags_source?.replace('$1', '') ?? '';
      const links = within(status).getAllByRole('link');
      for (const link of links) expect(link.textContent).toContain(source);
    },
  );

  it('keeps the answer and button labels short enough for the popup', () => {
    const { redflags_yes: yes, redflags_no: no, redflags_start_over: startOver } = catalogs[locale];
    expect(yes?.length).toBeLessThanOrEqual(6);
    expect(no?.length).toBeLessThanOrEqual(6);
    expect(startOver?.length).toBeLessThanOrEqual(20);
  });
});
