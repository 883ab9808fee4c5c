/**
 * The red-flag check: when back pain needs medical help, and how soon.
 *
 * It restates the NHS's own signposting lists, corrected by a clinical review against NICE NG59
 * and CKS, the NHS, the GIRFT cauda equina pathway and the ACP 2017 guideline (November 2026), in
 * plain words and never claims to diagnose: no single red-flag list is official and most flags
 * alone predict serious disease poorly, so the check only says where to go, not what is wrong.
 * Where sources disagree on urgency, the check takes the more urgent one.
 *
 * The rules (questions, their urgency and order, which advice each outcome gives and its source)
 * live here once, for every language; only the words are in the message catalog
 * (lib/i18n/locales/<locale>/redflags.json), named after the ids below, so a translation can
 * change how a sentence reads but never which question is asked or where it sends someone.
 */
import { SOURCES, type Source } from '@/lib/content/sources';
import { tData } from '@/lib/i18n/t';
import type { EmergencyRoute, RouteId } from './regions';

export type Urgency = 'emergency' | 'today' | 'appointment' | 'self-care';

/** Most urgent first; the check's rules rely on this order. */
export const URGENCY_ORDER: readonly Urgency[] = ['emergency', 'today', 'appointment', 'self-care'];

export interface RedFlagQuestion {
  readonly id: string;
  readonly urgency: Exclude<Urgency, 'self-care'>;
  /** The yes/no question, for someone who is in pain right now, in the user's language. */
  readonly text: string;
  /** Examples that count as "yes", in the user's language. */
  readonly hint?: string;
  readonly sources: readonly Source[];
}

/** Answers keyed by question id; `undefined` means not answered yet. */
export type Answers = Readonly<Record<string, boolean | undefined>>;

export type RedFlagResult =
  | { status: 'incomplete' }
  | { status: 'decided'; urgency: Urgency; triggeredBy: RedFlagQuestion[] };

export interface OutcomeDetail {
  readonly id: string;
  readonly text: string;
  readonly source: Source;
}

export interface Outcome {
  readonly title: string;
  readonly action: string;
  readonly details: readonly OutcomeDetail[];
}

const NHS_BACK_PAIN = SOURCES.nhsBackPain;
const NHS_CAUDA_EQUINA = SOURCES.nhsCaudaEquina;
const NHS_AORTIC_ANEURYSM = SOURCES.nhsAorticAneurysm;
const NHS_LOTHIAN = SOURCES.nhsLothianRedFlags;
const NHS_CORNWALL = SOURCES.cornwallLowBackPain;
const NHS_GLOUCESTERSHIRE = SOURCES.gloucestershireLowBackPain;
const NICE_CKS = SOURCES.niceCksLowBackPain;
const MAYO_BACK_PAIN = SOURCES.mayoBackPain;
const NHS_INFORM_BACK = SOURCES.nhsInformBackProblems;
const NHS_INFORM_EXERCISES = SOURCES.nhsInformExercises;
const NICE_NG59 = SOURCES.niceNg59;
const COCHRANE_BED_REST = SOURCES.cochraneBedRest;

const snake = (id: string) => id.replaceAll('-', '_');

/** The message names of a question's words. */
export function questionKeys(id: string): { text: string; hint: string } {
  return { text: `redflags_question_${snake(id)}`, hint: `redflags_question_${snake(id)}_hint` };
}

/** The message names of an outcome's title and, where it does not depend on the country, action. */
export function outcomeKeys(urgency: Urgency): { title: string; action: string } {
  const base = `redflags_outcome_${snake(urgency)}`;
  return { title: `${base}_title`, action: `${base}_action` };
}

/** The message names of a route's emergency and same-day actions. */
export function routeKeys(id: RouteId): { emergency: string; today: string } {
  return { emergency: `redflags_route_${id}_emergency`, today: `redflags_route_${id}_today` };
}

/**
 * The message name of a piece of outcome advice. Advice that names the emergency number has a
 * second message, `<key>_unknown`, for when the country is not known: it names "your local
 * emergency number (112 in Europe, 911 in North America)" instead of `$1`.
 */
export const detailKey = (id: string) => `redflags_detail_${snake(id)}`;

interface QuestionRule {
  id: string;
  urgency: RedFlagQuestion['urgency'];
  /** Whether the question comes with examples of what counts as "yes". */
  hint: boolean;
  sources: readonly Source[];
}

/**
 * One idea a question, in plain words. Emergency questions first, so the most urgent signs are
 * asked about before anything else; within a level, the commonest serious signs first.
 *
 * The cauda equina questions ask about NEW or changing signs only: long-standing, unchanged
 * symptoms in both legs (diabetic neuropathy, say) are not an emergency sign (GIRFT national
 * suspected cauda equina pathway, 2023; NICE CKS). An accident counts when it was serious; a
 * minor fall or strain matters for someone with fragile bones, and has its own question.
 */
const QUESTION_RULES: readonly QuestionRule[] = [
  {
    id: 'saddle-numbness',
    urgency: 'emergency',
    hint: true,
    sources: [NHS_CAUDA_EQUINA, NHS_BACK_PAIN, NHS_LOTHIAN],
  },
  {
    id: 'bladder-bowel',
    urgency: 'emergency',
    hint: true,
    sources: [NHS_CAUDA_EQUINA, NHS_BACK_PAIN, NHS_CORNWALL, MAYO_BACK_PAIN],
  },
  {
    id: 'both-legs',
    urgency: 'emergency',
    hint: true,
    sources: [NHS_CAUDA_EQUINA, NHS_BACK_PAIN, NHS_LOTHIAN, NHS_CORNWALL],
  },
  {
    id: 'sudden-with-tummy-pain-or-faint',
    urgency: 'emergency',
    hint: true,
    sources: [NHS_AORTIC_ANEURYSM],
  },
  {
    id: 'chest-pain',
    urgency: 'emergency',
    hint: true,
    sources: [NHS_BACK_PAIN],
  },
  {
    id: 'serious-accident',
    urgency: 'emergency',
    hint: true,
    sources: [NHS_BACK_PAIN, MAYO_BACK_PAIN, NICE_CKS],
  },
  {
    id: 'fever-very-unwell',
    urgency: 'emergency',
    hint: true,
    sources: [MAYO_BACK_PAIN, NICE_CKS],
  },
  {
    id: 'fever',
    urgency: 'today',
    hint: false,
    sources: [NHS_BACK_PAIN],
  },
  {
    id: 'infection-risk',
    urgency: 'today',
    hint: true,
    sources: [NICE_CKS, NHS_GLOUCESTERSHIRE],
  },
  {
    id: 'fragile-bones',
    urgency: 'today',
    hint: true,
    sources: [NICE_CKS, NHS_GLOUCESTERSHIRE],
  },
  {
    id: 'sudden-spine-pain',
    urgency: 'today',
    hint: true,
    sources: [NICE_CKS],
  },
  {
    id: 'cancer',
    urgency: 'today',
    hint: true,
    sources: [NHS_BACK_PAIN, NHS_GLOUCESTERSHIRE],
  },
  {
    id: 'night-or-rest-pain',
    urgency: 'today',
    hint: true,
    sources: [NHS_BACK_PAIN],
  },
  {
    id: 'upper-back',
    urgency: 'today',
    hint: false,
    sources: [NHS_BACK_PAIN],
  },
  {
    id: 'lump-or-shape',
    urgency: 'today',
    hint: false,
    sources: [NHS_BACK_PAIN],
  },
  {
    id: 'one-leg',
    urgency: 'appointment',
    hint: true,
    sources: [MAYO_BACK_PAIN],
  },
  {
    id: 'first-after-50',
    urgency: 'appointment',
    hint: false,
    sources: [MAYO_BACK_PAIN],
  },
  {
    id: 'not-improving',
    urgency: 'appointment',
    hint: true,
    sources: [NHS_BACK_PAIN, NHS_INFORM_BACK],
  },
  {
    id: 'hard-to-cope',
    urgency: 'appointment',
    hint: true,
    sources: [NHS_BACK_PAIN],
  },
];

function withWords({ id, urgency, hint, sources }: QuestionRule): RedFlagQuestion {
  const keys = questionKeys(id);
  // Getters, so the words are read in the language shown when they are shown.
  return {
    id,
    urgency,
    sources,
    get text() {
      return tData(keys.text);
    },
    get hint() {
      return hint ? tData(keys.hint) : undefined;
    },
  };
}

export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = QUESTION_RULES.map(withWords);

function rank(urgency: Urgency): number {
  return URGENCY_ORDER.indexOf(urgency);
}

/**
 * Decides as soon as the answer cannot change: the result is the most urgent level with a "yes",
 * but only once every question of a more urgent level is answered, since one of those could
 * still raise it. Every "no" means self-care.
 */
export function evaluateRedFlags(answers: Answers): RedFlagResult {
  const yes = RED_FLAG_QUESTIONS.filter((q) => answers[q.id] === true);
  const urgency = yes.reduce<Urgency>(
    (most, q) => (rank(q.urgency) < rank(most) ? q.urgency : most),
    'self-care',
  );
  const moreUrgentAllAnswered = RED_FLAG_QUESTIONS.every(
    (q) => rank(q.urgency) >= rank(urgency) || answers[q.id] !== undefined,
  );
  if (!moreUrgentAllAnswered) return { status: 'incomplete' };
  return { status: 'decided', urgency, triggeredBy: yes.filter((q) => q.urgency === urgency) };
}

/**
 * The question to show next, one at a time: the first unanswered one, in order. None once the
 * result is decided, since no answer left could change it.
 */
export function nextQuestion(answers: Answers): RedFlagQuestion | undefined {
  if (evaluateRedFlags(answers).status === 'decided') return undefined;
  return RED_FLAG_QUESTIONS.find((q) => answers[q.id] === undefined);
}

interface DetailRule {
  id: string;
  source: Source;
  /** Names the emergency number (`$1`), with an `_unknown` message for no known country. */
  numbered?: boolean;
}

/**
 * GIRFT recommends safety-netting everyone with back pain: the cauda equina signs, and to call
 * the emergency number at once if they appear. Every outcome short of an emergency gives it.
 */
const SAFETY_NET: DetailRule = { id: 'safety-net', source: NHS_CAUDA_EQUINA, numbered: true };

/** Which advice each outcome gives, in order, and its source. Ids name the words. */
const OUTCOME_RULES: Record<Urgency, readonly DetailRule[]> = {
  emergency: [{ id: 'do-not-wait', source: NHS_BACK_PAIN }],
  today: [{ id: 'worse-while-waiting', source: NHS_BACK_PAIN, numbered: true }, SAFETY_NET],
  appointment: [{ id: 'until-then', source: NHS_BACK_PAIN }, SAFETY_NET],
  'self-care': [
    { id: 'not-serious', source: NHS_INFORM_BACK },
    { id: 'keep-moving', source: NHS_BACK_PAIN },
    { id: 'avoid-bed-rest', source: COCHRANE_BED_REST },
    { id: 'heat-cold', source: NHS_BACK_PAIN },
    { id: 'painkillers', source: NICE_NG59 },
    { id: 'gentle-exercise', source: NHS_INFORM_EXERCISES },
    { id: 'six-weeks', source: NHS_INFORM_BACK },
    SAFETY_NET,
  ],
};

/** The words of a message that names the emergency number, for a route. */
function numberedText(key: string, route: EmergencyRoute): string {
  return route.emergency === null ? tData(`${key}_unknown`) : tData(key, route.emergency);
}

/**
 * What to do, for an urgency, with the numbers and services of the user's country. The words
 * are read when shown, in the language shown.
 */
export function outcomeFor(urgency: Urgency, route: EmergencyRoute): Outcome {
  const keys = outcomeKeys(urgency);
  const routeWords = routeKeys(route.id);
  return {
    get title() {
      return tData(keys.title);
    },
    get action() {
      if (urgency === 'emergency') return tData(routeWords.emergency);
      if (urgency === 'today') return tData(routeWords.today);
      return tData(keys.action);
    },
    details: OUTCOME_RULES[urgency].map(({ id, source, numbered }) => ({
      id,
      source,
      get text() {
        return numbered ? numberedText(detailKey(id), route) : tData(detailKey(id));
      },
    })),
  };
}

/** The message names each outcome's advice uses, for the tests of every language. */
export function outcomeDetailKeys(urgency: Urgency): string[] {
  return OUTCOME_RULES[urgency].flatMap(({ id, numbered }) =>
    numbered ? [detailKey(id), `${detailKey(id)}_unknown`] : [detailKey(id)],
  );
}

/** The sentences of the disclaimer, each a message of its own. */
export const DISCLAIMER_KEYS = [
  'redflags_disclaimer_not_diagnosis',
  'redflags_disclaimer_get_help',
  'redflags_disclaimer_emergency_number',
  'redflags_disclaimer_stop_exercise',
] as const;

/**
 * Shown with every outcome, and before any answer: not a diagnosis, when to get help, the local
 * emergency number (named when the country is known), and to stop exercises that hurt.
 */
export function redFlagDisclaimer(route: EmergencyRoute): { text: string; source: Source } {
  const [notDiagnosis, getHelp, emergencyNumber, stopExercise] = DISCLAIMER_KEYS;
  return {
    text: [
      tData(notDiagnosis),
      tData(getHelp),
      numberedText(emergencyNumber, route),
      tData(stopExercise),
    ].join(' '),
    source: NHS_INFORM_EXERCISES,
  };
}

export { REVIEWED } from './review';
