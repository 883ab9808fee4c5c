/**
 * The red-flag check: when back pain needs medical help, and how soon.
 *
 * It restates the NHS's own signposting lists (shared/content/health-facts.md section 1) in
 * plain words and never claims to diagnose: no single red-flag list is official and most flags
 * alone predict serious disease poorly, so the check only says where to go, not what is wrong.
 * Where sources disagree on urgency, the check takes the more urgent one.
 */
import { SOURCES, type Source } from '@/lib/content/sources';

export type Urgency = 'emergency' | 'today' | 'appointment' | 'self-care';

/** Most urgent first; the check's rules rely on this order. */
export const URGENCY_ORDER: readonly Urgency[] = ['emergency', 'today', 'appointment', 'self-care'];

export interface RedFlagQuestion {
  id: string;
  urgency: Exclude<Urgency, 'self-care'>;
  /** The yes/no question, for someone who is in pain right now. */
  text: string;
  /** Examples that count as "yes". */
  hint?: string;
  sources: Source[];
}

/** Answers keyed by question id; `undefined` means not answered yet. */
export type Answers = Readonly<Record<string, boolean | undefined>>;

export type RedFlagResult =
  | { status: 'incomplete' }
  | { status: 'decided'; urgency: Urgency; triggeredBy: RedFlagQuestion[] };

export interface Outcome {
  title: string;
  action: string;
  details: readonly { text: string; source: Source }[];
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

/** Emergency questions first, so the most urgent signs are asked about before anything else. */
export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = [
  {
    id: 'saddle-numbness',
    urgency: 'emergency',
    text: 'Is there new numbness or tingling around your genitals, bottom or inner thighs?',
    hint: 'For example, it feels different when you wipe after using the toilet.',
    sources: [NHS_BACK_PAIN, NHS_LOTHIAN, NHS_CORNWALL],
  },
  {
    id: 'bladder-bowel',
    urgency: 'emergency',
    text: 'Have you newly had trouble peeing, or lost control of your bladder or bowels?',
    hint: 'For example, it is hard to start or stop peeing, you leak, you cannot feel when your bladder or bowel is full, or there is a new change in feeling in your genitals or in sexual function.',
    sources: [NHS_BACK_PAIN, NHS_LOTHIAN, NHS_CORNWALL, MAYO_BACK_PAIN],
  },
  {
    id: 'both-legs',
    urgency: 'emergency',
    text: 'Do you have pain, tingling, numbness or weakness in both legs, or leg weakness that is severe or getting worse?',
    hint: 'For example, sciatica that has spread from one leg to both, or walking that is getting harder.',
    sources: [NHS_BACK_PAIN, NHS_LOTHIAN, NHS_CORNWALL],
  },
  {
    id: 'accident-or-chest-pain',
    urgency: 'emergency',
    text: 'Did the pain start after a serious accident, fall or blow, or do you have chest pain?',
    hint: 'For example, a car crash or a bad fall.',
    sources: [NHS_BACK_PAIN, MAYO_BACK_PAIN],
  },
  {
    id: 'fever-weight-cancer-immunity',
    urgency: 'today',
    text: 'Do you have a fever, weight loss you cannot explain, a past cancer, or a weakened immune system?',
    hint: 'Fever: a high temperature, or feeling hot and shivery. Weakened immune system: for example, from long-term steroids, medicines that damp down the immune system, or HIV.',
    sources: [NHS_BACK_PAIN, NHS_GLOUCESTERSHIRE],
  },
  {
    id: 'night-pain-upper-back-lump',
    urgency: 'today',
    text: 'Is the pain worse at night or not eased by rest, high between your shoulder blades, or is there a new lump or change in the shape of your back?',
    hint: 'A lump includes any swelling.',
    sources: [NHS_BACK_PAIN],
  },
  {
    id: 'leg-age-duration',
    urgency: 'appointment',
    text: 'Does pain spread below your knee, is one leg numb or tingling, is this your first back pain after age 50, or is it no better after 4 to 6 weeks?',
    sources: [MAYO_BACK_PAIN, NHS_INFORM_BACK, NHS_BACK_PAIN],
  },
  {
    id: 'severe-worsening-worrying',
    urgency: 'appointment',
    text: 'Is the pain very bad or getting worse, stopping you doing daily activities, or worrying you?',
    hint: 'This includes feeling that you are struggling to cope.',
    sources: [NHS_BACK_PAIN],
  },
];

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

const SELF_CARE_POINTS: Outcome['details'] = [
  {
    text: 'Keep moving and carry on with your daily activities, work included, as far as you can. You do not need to be free of pain first.',
    source: NHS_BACK_PAIN,
  },
  {
    text: 'Avoid long bed rest: it does not help your back recover.',
    source: COCHRANE_BED_REST,
  },
  {
    text: 'Heat, such as a hot water bottle, can ease stiffness and spasm; cold, such as an ice pack wrapped in a towel, can ease pain and swelling.',
    source: NHS_BACK_PAIN,
  },
  {
    text: 'Anti-inflammatory painkillers such as ibuprofen can help if they suit you; paracetamol on its own is not recommended for low back pain. Follow the label and ask a pharmacist if unsure.',
    source: NICE_NG59,
  },
  {
    text: 'Gentle exercises and stretches help; stop any that make your symptoms worse.',
    source: NHS_INFORM_EXERCISES,
  },
  {
    text: 'Most episodes settle within about 6 weeks. If yours does not, or it gets worse, book an appointment with a doctor or physiotherapist.',
    source: NHS_INFORM_BACK,
  },
];

export const OUTCOMES: Record<Urgency, Outcome> = {
  emergency: {
    title: 'Get emergency help now',
    action: 'Call your local emergency number or go to the nearest emergency department now.',
    details: [
      {
        text: 'Do not wait to see whether it gets better: these signs need to be checked quickly.',
        source: NHS_BACK_PAIN,
      },
      { text: 'In the UK, that means calling 999 or going to A&E.', source: NHS_BACK_PAIN },
    ],
  },
  today: {
    title: 'Contact a doctor today',
    action: 'Contact a doctor or an urgent care service today.',
    details: [
      {
        text: 'In the UK, ask your GP practice for an urgent appointment or contact NHS 111.',
        source: NHS_BACK_PAIN,
      },
      {
        text: 'If it gets worse while you wait, or any sign from the emergency questions appears, get emergency help.',
        source: NHS_BACK_PAIN,
      },
    ],
  },
  appointment: {
    title: 'Book an appointment',
    action: 'Book an appointment with a doctor or a physiotherapist.',
    details: [
      {
        text: 'Until then, staying active, heat or cold and suitable painkillers can help; stop anything that makes it worse.',
        source: NHS_BACK_PAIN,
      },
      {
        text: 'If it gets worse while you wait, or any sign from the emergency questions appears, get emergency help.',
        source: NHS_BACK_PAIN,
      },
    ],
  },
  'self-care': {
    title: 'Self-care is reasonable',
    action:
      'Your answers do not point to a need for medical help now, so you can look after your back yourself.',
    details: SELF_CARE_POINTS,
  },
};

export const RED_FLAG_DISCLAIMER: { text: string; source: Source } = {
  text: 'This check is not a diagnosis. If you are unsure, or your symptoms change or get worse, get medical help. In an emergency, call your local emergency number. Stop any exercise that makes your symptoms worse.',
  source: NHS_INFORM_EXERCISES,
};
