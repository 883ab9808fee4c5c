import { describe, expect, it } from 'vitest';
import {
  type Answers,
  detailKey,
  evaluateRedFlags,
  OUTCOMES,
  outcomeKeys,
  questionKeys,
  RED_FLAG_DISCLAIMER,
  RED_FLAG_QUESTIONS,
  type RedFlagQuestion,
  URGENCY_ORDER,
  type Urgency,
} from '@/lib/content/red-flags';
import { LOCALES } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import { useTestLocale } from '../../support/i18n';
import { SAFETY } from './red-flag-safety';

const allNo = (): Record<string, boolean | undefined> =>
  Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, false]));

const ofLevel = (urgency: Urgency): RedFlagQuestion[] =>
  RED_FLAG_QUESTIONS.filter((q) => q.urgency === urgency);

function first(urgency: Urgency): RedFlagQuestion {
  const q = ofLevel(urgency)[0];
  if (!q) throw new Error(`no ${urgency} question`);
  return q;
}

describe('RED_FLAG_QUESTIONS', () => {
  it('has the eight questions of the NHS-based check: four emergency, two today, two appointment', () => {
    expect(RED_FLAG_QUESTIONS).toHaveLength(8);
    expect(ofLevel('emergency')).toHaveLength(4);
    expect(ofLevel('today')).toHaveLength(2);
    expect(ofLevel('appointment')).toHaveLength(2);
  });

  it('has unique ids', () => {
    const ids = RED_FLAG_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('asks the most urgent questions first', () => {
    const ranks = RED_FLAG_QUESTIONS.map((q) => URGENCY_ORDER.indexOf(q.urgency));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(RED_FLAG_QUESTIONS[0]?.urgency).toBe('emergency');
  });

  it.each(RED_FLAG_QUESTIONS.map((q) => [q.id, q] as const))(
    '%s is a question with at least one https source',
    (_id, q) => {
      expect(q.text.trim()).toMatch(/\?$/);
      expect(q.sources.length).toBeGreaterThan(0);
      for (const source of q.sources) {
        expect(source.name.trim()).not.toBe('');
        expect(new URL(source.url).protocol).toBe('https:');
      }
    },
  );

  it('cites the NHS back-pain page and the cauda equina referral guidance for emergencies', () => {
    const urls = ofLevel('emergency').flatMap((q) => q.sources.map((s) => s.url));
    expect(urls).toContain('https://www.nhs.uk/conditions/back-pain/');
    expect(urls.some((u) => u.includes('nhslothian'))).toBe(true);
    expect(urls.some((u) => u.includes('cornwall.nhs.uk'))).toBe(true);
  });
});

describe('evaluateRedFlags', () => {
  it.each(RED_FLAG_QUESTIONS.map((q) => [q.id, q] as const))(
    'a single yes to %s, all else no, gives its urgency',
    (_id, q) => {
      const result = evaluateRedFlags({ ...allNo(), [q.id]: true });
      expect(result).toEqual({ status: 'decided', urgency: q.urgency, triggeredBy: [q] });
    },
  );

  it('gives self-care when every answer is no', () => {
    expect(evaluateRedFlags(allNo())).toEqual({
      status: 'decided',
      urgency: 'self-care',
      triggeredBy: [],
    });
  });

  it('is incomplete with no answers', () => {
    expect(evaluateRedFlags({})).toEqual({ status: 'incomplete' });
  });

  it('is incomplete while any question is unanswered and none is yes', () => {
    const answers = allNo();
    answers[first('appointment').id] = undefined;
    expect(evaluateRedFlags(answers)).toEqual({ status: 'incomplete' });
  });

  it('lets the more urgent level win when yes answers span two levels', () => {
    const today = first('today');
    const appointment = first('appointment');
    const emergency = first('emergency');
    expect(
      evaluateRedFlags({ ...allNo(), [today.id]: true, [appointment.id]: true }),
    ).toMatchObject({ status: 'decided', urgency: 'today', triggeredBy: [today] });
    expect(evaluateRedFlags({ ...allNo(), [emergency.id]: true, [today.id]: true })).toMatchObject({
      status: 'decided',
      urgency: 'emergency',
      triggeredBy: [emergency],
    });
  });

  it('lists every yes of the deciding level, in question order', () => {
    const [a, b] = ofLevel('emergency');
    if (!a || !b) throw new Error('need two emergency questions');
    const result = evaluateRedFlags({ [b.id]: true, [a.id]: true });
    expect(result).toEqual({ status: 'decided', urgency: 'emergency', triggeredBy: [a, b] });
  });

  it('decides an emergency at once, with nothing else answered', () => {
    for (const q of ofLevel('emergency')) {
      expect(evaluateRedFlags({ [q.id]: true })).toEqual({
        status: 'decided',
        urgency: 'emergency',
        triggeredBy: [q],
      });
    }
  });

  it('stays incomplete after a yes while a more urgent question is unanswered', () => {
    // The last emergency question is left unanswered: a yes there would still raise the result.
    const answers: Answers = {
      ...Object.fromEntries(
        ofLevel('emergency')
          .slice(0, -1)
          .map((q) => [q.id, false]),
      ),
      [first('today').id]: true,
    };
    expect(evaluateRedFlags(answers)).toEqual({ status: 'incomplete' });
    expect(evaluateRedFlags({ [first('appointment').id]: true })).toEqual({
      status: 'incomplete',
    });
  });

  it('decides a same-day result once every emergency question is no, whatever is left', () => {
    const today = first('today');
    const answers: Answers = {
      ...Object.fromEntries(ofLevel('emergency').map((q) => [q.id, false])),
      [today.id]: true,
    };
    expect(evaluateRedFlags(answers)).toEqual({
      status: 'decided',
      urgency: 'today',
      triggeredBy: [today],
    });
  });

  it('decides an appointment once every more urgent question is no', () => {
    const appointment = first('appointment');
    const answers: Answers = {
      ...Object.fromEntries(
        [...ofLevel('emergency'), ...ofLevel('today')].map((q) => [q.id, false]),
      ),
      [appointment.id]: true,
    };
    expect(evaluateRedFlags(answers)).toMatchObject({ status: 'decided', urgency: 'appointment' });
  });

  it('ignores answers to unknown questions', () => {
    expect(evaluateRedFlags({ ...allNo(), 'not-a-question': true })).toMatchObject({
      urgency: 'self-care',
    });
  });
});

describe('OUTCOMES', () => {
  it('sends emergencies to the local emergency number or emergency department', () => {
    expect(OUTCOMES.emergency.action).toMatch(/local emergency number/);
    expect(OUTCOMES.emergency.action).toMatch(/emergency department/);
  });

  it('says what to do for each urgency', () => {
    expect(OUTCOMES.today.action).toMatch(/today/);
    expect(OUTCOMES.appointment.action).toMatch(/doctor or a physiotherapist/);
    expect(OUTCOMES['self-care'].title).toMatch(/self-care/i);
  });

  it('gives the self-care points from the facts', () => {
    const text = OUTCOMES['self-care'].details.map((d) => d.text).join(' ');
    for (const topic of [/bed rest/, /[Hh]eat/, /cold/, /ibuprofen/, /paracetamol/, /6 weeks/]) {
      expect(text).toMatch(topic);
    }
    expect(text).toMatch(/[Kk]eep moving/);
    expect(text).toMatch(/exercise/);
  });

  it.each(Object.entries(OUTCOMES))('%s has an https source for every detail', (_u, outcome) => {
    expect(outcome.details.length).toBeGreaterThan(0);
    for (const d of outcome.details) {
      expect(new URL(d.source.url).protocol).toBe('https:');
    }
  });
});

describe('RED_FLAG_DISCLAIMER', () => {
  it('says it is not a diagnosis, when to get help, and to stop exercises that hurt', () => {
    expect(RED_FLAG_DISCLAIMER.text).toMatch(/not a diagnosis/);
    expect(RED_FLAG_DISCLAIMER.text).toMatch(/unsure/);
    expect(RED_FLAG_DISCLAIMER.text).toMatch(/local emergency number/);
    expect(RED_FLAG_DISCLAIMER.text).toMatch(/[Ss]top any exercise/);
    expect(RED_FLAG_DISCLAIMER.source.url).toMatch(/^https:\/\/www\.nhsinform\.scot\/.*exercises/);
  });
});

const catalogs = readCatalogs();

/** Every message the rules name: each question (and its hint), outcome, piece of advice. */
function ruleKeys(): string[] {
  return [
    ...RED_FLAG_QUESTIONS.flatMap((q) => {
      const keys = questionKeys(q.id);
      return q.hint === undefined ? [keys.text] : [keys.text, keys.hint];
    }),
    ...URGENCY_ORDER.flatMap((u) => Object.values(outcomeKeys(u))),
    ...URGENCY_ORDER.flatMap((u) => OUTCOMES[u].details.map((d) => detailKey(d.id))),
    ...RED_FLAG_DISCLAIMER.keys,
  ];
}

describe('the words of the check, in every language', () => {
  it.each(LOCALES)('%s has the words of every question, outcome and piece of advice', (locale) => {
    const missing = ruleKeys().filter((key) => !catalogs[locale][key]?.trim());
    expect(missing).toEqual([]);
  });

  it('has no question, outcome or advice words that no rule uses', () => {
    const used = new Set(ruleKeys());
    const orphans = Object.keys(catalogs.en).filter(
      (key) => /^redflags_(question|outcome|detail|disclaimer)_/.test(key) && !used.has(key),
    );
    expect(orphans).toEqual([]);
  });

  it('gives each question a hint exactly where the rules say so', () => {
    const hinted = RED_FLAG_QUESTIONS.filter((q) => q.hint !== undefined).map((q) => q.id);
    expect(hinted).toHaveLength(7);
    expect(hinted).not.toContain('leg-age-duration');
  });

  it.each(LOCALES)('%s asks every question as a question', (locale) => {
    useTestLocale(locale);
    for (const q of RED_FLAG_QUESTIONS) {
      expect(q.text).toMatch(/\?$/);
      if (locale === 'es') expect(q.text).toMatch(/^¿/);
    }
  });

  it('reads the words in the language shown when they are read', () => {
    const q = RED_FLAG_QUESTIONS[0];
    const english = q?.text;
    useTestLocale('de');
    expect(q?.text).not.toBe(english);
    expect(q?.text).toBe(catalogs.de[questionKeys(q?.id ?? '').text]);
  });
});

describe.each(LOCALES)('in %s, the safety advice survives translation', (locale) => {
  const safety = SAFETY[locale];

  it('says the check is not a diagnosis, to use the local emergency number, and to stop exercises that hurt', () => {
    useTestLocale(locale);
    expect(RED_FLAG_DISCLAIMER.text).toMatch(safety.notDiagnosis);
    expect(RED_FLAG_DISCLAIMER.text).toMatch(safety.emergencyNumber);
    expect(RED_FLAG_DISCLAIMER.text).toMatch(safety.stopExercise);
  });

  it('keeps each sentence of the disclaimer a message of its own', () => {
    useTestLocale(locale);
    const [notDiagnosis, getHelp, emergencyNumber, stopExercise] = RED_FLAG_DISCLAIMER.keys.map(
      (key) => catalogs[locale][key] ?? '',
    );
    expect(notDiagnosis).toMatch(safety.notDiagnosis);
    expect(getHelp).not.toBe('');
    expect(emergencyNumber).toMatch(safety.emergencyNumber);
    expect(stopExercise).toMatch(safety.stopExercise);
  });

  it('sends emergencies to the local emergency number or emergency department now', () => {
    useTestLocale(locale);
    expect(OUTCOMES.emergency.title).toMatch(safety.now);
    expect(OUTCOMES.emergency.action).toMatch(safety.emergencyNumber);
    expect(OUTCOMES.emergency.action).toMatch(safety.emergencyDepartment);
    expect(OUTCOMES.emergency.action).toMatch(safety.now);
  });

  it('keeps the same-day and appointment urgency', () => {
    useTestLocale(locale);
    expect(OUTCOMES.today.title).toMatch(safety.today);
    expect(OUTCOMES.today.action).toMatch(safety.today);
    expect(OUTCOMES.appointment.title).toMatch(safety.appointment);
    expect(OUTCOMES.appointment.action).toMatch(safety.appointment);
  });

  it('keeps the UK services by their UK names', () => {
    useTestLocale(locale);
    const emergency = OUTCOMES.emergency.details.map((d) => d.text).join(' ');
    const today = OUTCOMES.today.details.map((d) => d.text).join(' ');
    expect(emergency).toMatch(/\b999\b/);
    expect(emergency).toContain('A&E');
    expect(today).toContain('NHS 111');
    expect(today).toMatch(/\bGP\b/);
  });
});
