import { describe, expect, it } from 'vitest';
import {
  type Answers,
  DISCLAIMER_KEYS,
  evaluateRedFlags,
  nextQuestion,
  outcomeDetailKeys,
  outcomeFor,
  outcomeKeys,
  questionKeys,
  RED_FLAG_QUESTIONS,
  type RedFlagQuestion,
  redFlagDisclaimer,
  routeKeys,
  URGENCY_ORDER,
  type Urgency,
} from '@/lib/content/red-flags';
import { ROUTE_IDS, ROUTES, routeFor } from '@/lib/content/regions';
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

function byId(id: string): RedFlagQuestion {
  const q = RED_FLAG_QUESTIONS.find((question) => question.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

const US = routeFor('US');
const GB = routeFor('GB');
const DE = routeFor('DE');
const UNKNOWN = routeFor(null);

describe('RED_FLAG_QUESTIONS', () => {
  it('asks one idea a question, few enough to answer in pain: seven emergency, eight same-day, four appointment', () => {
    expect(ofLevel('emergency').map((q) => q.id)).toEqual([
      'saddle-numbness',
      'bladder-bowel',
      'both-legs',
      'sudden-with-tummy-pain-or-faint',
      'chest-pain',
      'serious-accident',
      'fever-very-unwell',
    ]);
    expect(ofLevel('today').map((q) => q.id)).toEqual([
      'fever',
      'infection-risk',
      'fragile-bones',
      'sudden-spine-pain',
      'cancer',
      'night-or-rest-pain',
      'upper-back',
      'lump-or-shape',
    ]);
    expect(ofLevel('appointment').map((q) => q.id)).toEqual([
      'one-leg',
      'first-after-50',
      'not-improving',
      'hard-to-cope',
    ]);
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
    '%s is a short question with at least one https source',
    (_id, q) => {
      expect(q.text.trim()).toMatch(/\?$/);
      // One idea a question: a single sentence, short enough to read in pain.
      expect(q.text.length).toBeLessThanOrEqual(140);
      expect(q.text.slice(0, -1)).not.toMatch(/[?.]/);
      expect(q.sources.length).toBeGreaterThan(0);
      for (const source of q.sources) {
        expect(source.name.trim()).not.toBe('');
        expect(new URL(source.url).protocol).toBe('https:');
      }
    },
  );

  it('cites the NHS, its cauda equina page and the referral guidance for the cauda equina signs', () => {
    const urls = ['saddle-numbness', 'bladder-bowel', 'both-legs'].flatMap((id) =>
      byId(id).sources.map((s) => s.url),
    );
    expect(urls).toContain('https://www.nhs.uk/conditions/back-pain/');
    expect(urls).toContain('https://www.nhs.uk/conditions/cauda-equina-syndrome/');
    expect(urls.some((u) => u.includes('nhslothian'))).toBe(true);
    expect(urls.some((u) => u.includes('cornwall.nhs.uk'))).toBe(true);
  });

  it('cites the NHS aortic aneurysm page for sudden pain with tummy pain or faintness', () => {
    expect(byId('sudden-with-tummy-pain-or-faint').sources.map((s) => s.url)).toContain(
      'https://www.nhs.uk/conditions/abdominal-aortic-aneurysm/',
    );
  });

  it('asks about NEW cauda equina signs, and says long-standing unchanged symptoms do not count', () => {
    for (const id of ['saddle-numbness', 'bladder-bowel', 'both-legs']) {
      expect(byId(id).text).toMatch(/\bnew(ly)?\b/);
    }
    expect(byId('both-legs').hint).toMatch(/not changed/);
    expect(byId('both-legs').hint).toMatch(/diabetes/);
    expect(byId('both-legs').hint).toMatch(/do not count/);
  });

  it('keeps an accident "serious", and says a small slip with normal walking is not', () => {
    expect(byId('serious-accident').text).toMatch(/serious accident/);
    expect(byId('serious-accident').hint).toMatch(/height/);
    expect(byId('serious-accident').hint).toMatch(/car/);
    expect(byId('serious-accident').hint).toMatch(/walk normally/);
  });

  it('asks about a minor injury with thin bones or long-term steroids as a same-day question', () => {
    const q = byId('fragile-bones');
    expect(q.urgency).toBe('today');
    expect(q.text).toMatch(/minor fall, strain or lift/);
    expect(q.text).toMatch(/osteoporosis/);
    expect(q.text).toMatch(/steroid/);
  });

  it('asks about the infection risks: recent infection, spinal procedure, injecting drugs, weak immunity', () => {
    const q = byId('infection-risk');
    expect(q.urgency).toBe('today');
    expect(q.text).toMatch(/infection/);
    expect(q.text).toMatch(/operation or injection in your spine/);
    expect(q.text).toMatch(/inject drugs/);
    expect(q.hint).toMatch(/immune system/);
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

describe('nextQuestion', () => {
  it('starts with the first emergency question', () => {
    expect(nextQuestion({})).toBe(RED_FLAG_QUESTIONS[0]);
  });

  it('asks the first unanswered question, in order', () => {
    const [q1, q2, q3] = RED_FLAG_QUESTIONS;
    expect(nextQuestion({ [q1?.id ?? '']: false })).toBe(q2);
    expect(nextQuestion({ [q1?.id ?? '']: false, [q2?.id ?? '']: false })).toBe(q3);
  });

  it('asks nothing more once the result is decided', () => {
    expect(nextQuestion({ [first('emergency').id]: true })).toBeUndefined();
    expect(nextQuestion(allNo())).toBeUndefined();
  });

  it('after a same-day yes, asks only what could still raise it: nothing, once the emergency questions are no', () => {
    const answers: Answers = {
      ...Object.fromEntries(ofLevel('emergency').map((q) => [q.id, false])),
      [first('today').id]: true,
    };
    expect(nextQuestion(answers)).toBeUndefined();
  });
});

describe('outcomeFor', () => {
  it('sends emergencies to the emergency department now, with the country’s number', () => {
    expect(outcomeFor('emergency', US).action).toMatch(/\b911\b/);
    expect(outcomeFor('emergency', US).action).toMatch(/emergency department now/);
    expect(outcomeFor('emergency', GB).action).toMatch(/\b999\b/);
    expect(outcomeFor('emergency', GB).action).toMatch(/A&E/);
    expect(outcomeFor('emergency', DE).action).toMatch(/\b112\b/);
  });

  it('names the general emergency numbers when the country is not known', () => {
    const action = outcomeFor('emergency', UNKNOWN).action;
    expect(action).toMatch(/your local emergency number \(112 in Europe, 911 in North America\)/);
    expect(action).toMatch(/emergency department now/);
  });

  it('names the country’s same-day route', () => {
    expect(outcomeFor('today', GB).action).toMatch(/NHS 111/);
    expect(outcomeFor('today', GB).action).toMatch(/\bGP\b/);
    expect(outcomeFor('today', DE).action).toMatch(/116 117/);
    expect(outcomeFor('today', US).action).toMatch(/today/);
    expect(outcomeFor('today', UNKNOWN).action).toMatch(/today/);
  });

  it('shows nothing UK-specific to anyone else, in any outcome', () => {
    for (const id of ROUTE_IDS.filter((r) => r !== 'gb')) {
      for (const urgency of URGENCY_ORDER) {
        const outcome = outcomeFor(urgency, ROUTES[id]);
        const text = [outcome.title, outcome.action, ...outcome.details.map((d) => d.text)].join(
          ' ',
        );
        expect(text, `${id} ${urgency}`).not.toMatch(/NHS|A&E|\bGP practice\b/);
        // Ireland answers 999 as well as 112; nobody else does.
        if (id !== 'ie') expect(text, `${id} ${urgency}`).not.toMatch(/\b999\b/);
      }
    }
  });

  it.each(['today', 'appointment', 'self-care'] as const)(
    'the %s outcome safety-nets: the cauda equina signs and to call the emergency number at once',
    (urgency) => {
      const net = (route: typeof US) =>
        outcomeFor(urgency, route).details.find((d) => d.id === 'safety-net')?.text ?? '';
      for (const sign of [/genitals or bottom/, /bladder or bowels/, /both legs/]) {
        expect(net(US)).toMatch(sign);
      }
      expect(net(US)).toMatch(/call 911 at once/);
      expect(net(GB)).toMatch(/call 999 at once/);
      expect(net(UNKNOWN)).toMatch(/local emergency number at once/);
      expect(net(UNKNOWN)).toMatch(/112 in Europe, 911 in North America/);
    },
  );

  it('the emergency outcome says not to wait', () => {
    expect(outcomeFor('emergency', US).details.map((d) => d.id)).toEqual(['do-not-wait']);
  });

  it('the same-day outcome names the emergency number if it gets worse', () => {
    const worse = outcomeFor('today', US).details.find((d) => d.id === 'worse-while-waiting');
    expect(worse?.text).toMatch(/call 911/);
  });

  it('says what to do for an appointment and for self-care', () => {
    expect(outcomeFor('appointment', US).action).toMatch(/doctor or a physiotherapist/);
    expect(outcomeFor('self-care', US).title).toMatch(/self-care/i);
  });

  it('gives the self-care points: reassurance first, then the facts', () => {
    const details = outcomeFor('self-care', US).details;
    expect(details[0]?.text).toMatch(/not caused by anything serious/);
    const text = details.map((d) => d.text).join(' ');
    for (const topic of [/bed rest/, /[Hh]eat/, /cold/, /ibuprofen/, /paracetamol/, /6 weeks/]) {
      expect(text).toMatch(topic);
    }
    expect(text).toMatch(/[Kk]eep moving/);
    expect(text).toMatch(/exercise/);
  });

  it('gives the anti-inflammatory cautions where it mentions them', () => {
    const painkillers =
      outcomeFor('self-care', US).details.find((d) => d.id === 'painkillers')?.text ?? '';
    expect(painkillers).toMatch(/lowest dose/);
    expect(painkillers).toMatch(/shortest time/);
    expect(painkillers).toMatch(/pharmacist first/);
    for (const who of [
      /pregnant/,
      /stomach ulcer/,
      /kidney/,
      /heart/,
      /asthma/,
      /blood thinners/,
    ]) {
      expect(painkillers).toMatch(who);
    }
  });

  it('gives the exercise rule: mild familiar discomfort is fine, sharp or spreading pain is not', () => {
    const exercise =
      outcomeFor('self-care', US).details.find((d) => d.id === 'gentle-exercise')?.text ?? '';
    expect(exercise).toMatch(/[Mm]ild, familiar discomfort is fine/);
    expect(exercise).toMatch(/sharp pain/);
    expect(exercise).toMatch(/down a leg/);
    expect(exercise).toMatch(/tingling/);
  });

  it.each(URGENCY_ORDER)('%s has an https source for every detail', (urgency) => {
    const outcome = outcomeFor(urgency, US);
    expect(outcome.details.length).toBeGreaterThan(0);
    for (const d of outcome.details) {
      expect(new URL(d.source.url).protocol).toBe('https:');
    }
  });
});

describe('redFlagDisclaimer', () => {
  it('says it is not a diagnosis, when to get help, the emergency number, and to stop exercises that hurt', () => {
    const { text, source } = redFlagDisclaimer(US);
    expect(text).toMatch(/not a diagnosis/);
    expect(text).toMatch(/unsure/);
    expect(text).toMatch(/local emergency number, 911/);
    expect(text).toMatch(/[Ss]top any exercise/);
    expect(source.url).toMatch(/^https:\/\/www\.nhsinform\.scot\/.*exercises/);
  });

  it('names the general numbers when the country is not known', () => {
    expect(redFlagDisclaimer(UNKNOWN).text).toMatch(
      /local emergency number \(112 in Europe, 911 in North America\)/,
    );
  });
});

const catalogs = readCatalogs();

/** Every message the rules name: each question (and its hint), outcome, route, piece of advice. */
function ruleKeys(): string[] {
  return [
    ...RED_FLAG_QUESTIONS.flatMap((q) => {
      const keys = questionKeys(q.id);
      return q.hint === undefined ? [keys.text] : [keys.text, keys.hint];
    }),
    ...URGENCY_ORDER.map((u) => outcomeKeys(u).title),
    outcomeKeys('appointment').action,
    outcomeKeys('self-care').action,
    ...ROUTE_IDS.flatMap((id) => Object.values(routeKeys(id))),
    ...URGENCY_ORDER.flatMap((u) => outcomeDetailKeys(u)),
    ...DISCLAIMER_KEYS,
    `${DISCLAIMER_KEYS[2]}_unknown`,
  ];
}

describe('the words of the check, in every language', () => {
  it.each(LOCALES)(
    '%s has the words of every question, outcome, route and piece of advice',
    (locale) => {
      const missing = ruleKeys().filter((key) => !catalogs[locale][key]?.trim());
      expect(missing).toEqual([]);
    },
  );

  it('has no question, outcome, route or advice words that no rule uses', () => {
    const used = new Set(ruleKeys());
    const orphans = Object.keys(catalogs.en).filter(
      (key) => /^redflags_(question|outcome|route|detail|disclaimer)_/.test(key) && !used.has(key),
    );
    expect(orphans).toEqual([]);
  });

  it.each(LOCALES)(
    '%s fills the emergency number into exactly the messages that name it',
    (locale) => {
      const numbered = ruleKeys().filter((key) => catalogs[locale][key]?.includes('$1'));
      const expected = [
        ...URGENCY_ORDER.flatMap((u) => outcomeDetailKeys(u)).filter(
          (key) => !key.endsWith('_unknown') && catalogs.en[`${key}_unknown`],
        ),
        DISCLAIMER_KEYS[2],
      ];
      expect(new Set(numbered)).toEqual(new Set(expected));
    },
  );

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

  it.each([
    ['a known country', US],
    ['no known country', UNKNOWN],
  ] as const)(
    'with %s, says the check is not a diagnosis, to use the local emergency number, and to stop exercises that hurt',
    (_name, route) => {
      useTestLocale(locale);
      const { text } = redFlagDisclaimer(route);
      expect(text).toMatch(safety.notDiagnosis);
      expect(text).toMatch(safety.emergencyNumber);
      expect(text).toMatch(safety.stopExercise);
    },
  );

  it('keeps each sentence of the disclaimer a message of its own', () => {
    const [notDiagnosis, getHelp, emergencyNumber, stopExercise] = DISCLAIMER_KEYS.map(
      (key) => catalogs[locale][key] ?? '',
    );
    expect(notDiagnosis).toMatch(safety.notDiagnosis);
    expect(getHelp).not.toBe('');
    expect(emergencyNumber).toMatch(safety.emergencyNumber);
    expect(stopExercise).toMatch(safety.stopExercise);
  });

  it.each(ROUTE_IDS)('sends emergencies to the emergency department now, on route %s', (id) => {
    useTestLocale(locale);
    const outcome = outcomeFor('emergency', ROUTES[id]);
    expect(outcome.title).toMatch(safety.now);
    expect(outcome.action).toMatch(safety.emergencyDepartment);
    expect(outcome.action).toMatch(safety.now);
  });

  it.each(ROUTE_IDS)('keeps the same-day urgency on route %s', (id) => {
    useTestLocale(locale);
    expect(outcomeFor('today', ROUTES[id]).title).toMatch(safety.today);
    expect(outcomeFor('today', ROUTES[id]).action).toMatch(safety.today);
  });

  it('keeps the appointment urgency', () => {
    useTestLocale(locale);
    expect(outcomeFor('appointment', US).title).toMatch(safety.appointment);
    expect(outcomeFor('appointment', US).action).toMatch(safety.appointment);
  });

  it('keeps the UK services by their UK names, for the UK only', () => {
    useTestLocale(locale);
    expect(outcomeFor('emergency', GB).action).toMatch(/\b999\b/);
    expect(outcomeFor('emergency', GB).action).toContain('A&E');
    expect(outcomeFor('today', GB).action).toContain('NHS 111');
    expect(outcomeFor('today', GB).action).toMatch(/\bGP\b/);
    expect(outcomeFor('today', US).action).not.toMatch(/NHS|\bGP\b/);
  });
});
