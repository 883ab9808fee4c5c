/**
 * The red-flag check: when back pain needs medical help, and how soon.
 *
 * It restates the NHS's own signposting lists (shared/content/health-facts.md section 1) in
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
import { t, tData } from '@/lib/i18n/t';

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
const NHS_LOTHIAN = SOURCES.nhsLothianRedFlags;
const NHS_CORNWALL = SOURCES.cornwallLowBackPain;
const NHS_GLOUCESTERSHIRE = SOURCES.gloucestershireLowBackPain;
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

/** The message names of an outcome's title and action. */
export function outcomeKeys(urgency: Urgency): { title: string; action: string } {
  const base = `redflags_outcome_${snake(urgency)}`;
  return { title: `${base}_title`, action: `${base}_action` };
}

/** The message name of a piece of outcome advice. */
export const detailKey = (id: string) => `redflags_detail_${snake(id)}`;

interface QuestionRule {
  id: string;
  urgency: RedFlagQuestion['urgency'];
  /** Whether the question comes with examples of what counts as "yes". */
  hint: boolean;
  sources: readonly Source[];
}

/** Emergency questions first, so the most urgent signs are asked about before anything else. */
const QUESTION_RULES: readonly QuestionRule[] = [
  {
    id: 'saddle-numbness',
    urgency: 'emergency',
    hint: true,
    sources: [NHS_BACK_PAIN, NHS_LOTHIAN, NHS_CORNWALL],
  },
  {
    id: 'bladder-bowel',
    urgency: 'emergency',
    hint: true,
    sources: [NHS_BACK_PAIN, NHS_LOTHIAN, NHS_CORNWALL, MAYO_BACK_PAIN],
  },
  {
    id: 'both-legs',
    urgency: 'emergency',
    hint: true,
    sources: [NHS_BACK_PAIN, NHS_LOTHIAN, NHS_CORNWALL],
  },
  {
    id: 'accident-or-chest-pain',
    urgency: 'emergency',
    hint: true,
    sources: [NHS_BACK_PAIN, MAYO_BACK_PAIN],
  },
  {
    id: 'fever-weight-cancer-immunity',
    urgency: 'today',
    hint: true,
    sources: [NHS_BACK_PAIN, NHS_GLOUCESTERSHIRE],
  },
  {
    id: 'night-pain-upper-back-lump',
    urgency: 'today',
    hint: true,
    sources: [NHS_BACK_PAIN],
  },
  {
    id: 'leg-age-duration',
    urgency: 'appointment',
    hint: false,
    sources: [MAYO_BACK_PAIN, NHS_INFORM_BACK, NHS_BACK_PAIN],
  },
  {
    id: 'severe-worsening-worrying',
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
 * still raise it. All eight "no" means self-care.
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

/** Which advice each outcome gives, in order, and its source. Ids name the words. */
const OUTCOME_RULES: Record<Urgency, readonly { id: string; source: Source }[]> = {
  emergency: [
    { id: 'do-not-wait', source: NHS_BACK_PAIN },
    { id: 'uk-999', source: NHS_BACK_PAIN },
  ],
  today: [
    { id: 'uk-gp-111', source: NHS_BACK_PAIN },
    { id: 'worse-while-waiting', source: NHS_BACK_PAIN },
  ],
  appointment: [
    { id: 'until-then', source: NHS_BACK_PAIN },
    { id: 'worse-while-waiting', source: NHS_BACK_PAIN },
  ],
  'self-care': [
    { id: 'keep-moving', source: NHS_BACK_PAIN },
    { id: 'avoid-bed-rest', source: COCHRANE_BED_REST },
    { id: 'heat-cold', source: NHS_BACK_PAIN },
    { id: 'painkillers', source: NICE_NG59 },
    { id: 'gentle-exercise', source: NHS_INFORM_EXERCISES },
    { id: 'six-weeks', source: NHS_INFORM_BACK },
  ],
};

function outcome(urgency: Urgency): Outcome {
  const keys = outcomeKeys(urgency);
  return {
    get title() {
      return tData(keys.title);
    },
    get action() {
      return tData(keys.action);
    },
    details: OUTCOME_RULES[urgency].map(({ id, source }) => ({
      id,
      source,
      get text() {
        return tData(detailKey(id));
      },
    })),
  };
}

export const OUTCOMES: Readonly<Record<Urgency, Outcome>> = {
  emergency: outcome('emergency'),
  today: outcome('today'),
  appointment: outcome('appointment'),
  'self-care': outcome('self-care'),
};

/**
 * Shown with every outcome, and before any answer. Each sentence is a message of its own, so
 * the tests can check that no language leaves one out.
 */
export const RED_FLAG_DISCLAIMER = {
  keys: [
    'redflags_disclaimer_not_diagnosis',
    'redflags_disclaimer_get_help',
    'redflags_disclaimer_emergency_number',
    'redflags_disclaimer_stop_exercise',
  ] as const,
  get text(): string {
    return this.keys.map((key) => t(key)).join(' ');
  },
  source: NHS_INFORM_EXERCISES,
};
