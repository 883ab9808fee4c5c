import type { MessageKey } from '@/lib/i18n/keys';
import { t, tData, tn } from '@/lib/i18n/t';
import type { ExerciseCategory } from './categories';
import type { Illustration } from './figure';
import { ILLUSTRATIONS } from './illustrations';
import { SOURCES, type Source } from './sources';

/** Where a move is felt: every exercise category except 'standing', which is a position. */
export type BodyArea = Exclude<ExerciseCategory, 'standing'>;

export type Position = 'seated' | 'standing';

/** How much of a move to do, in seconds or repetitions. */
export type Dose =
  /** Hold a stretch; `per` when each side (or leg, or arm) takes its own turn. */
  | { kind: 'hold'; seconds: number; times?: number; per?: 'side' | 'leg' | 'arm' }
  | { kind: 'reps'; reps: number; per?: 'direction' | 'side' }
  /** Keep moving for a while, as in a walk. */
  | { kind: 'keep-going'; seconds: number };

/**
 * A move's words are in the message catalog (area `exercises`), named from its id: see
 * `exerciseName`, `exerciseSteps`, `exerciseCaution` and `illustrationTitle`.
 */
export interface Exercise {
  /** Stored in the list of recently shown moves and names its messages: never rename or reuse
   * an id. */
  id: string;
  /** Where the move is felt; with 'standing' for moves done on one's feet, these are the
   * categories a user can switch off. */
  areas: readonly BodyArea[];
  position: Position;
  dose: Dose;
  /** Time the move takes in a routine, switching sides included: what its countdown shows. */
  seconds: number;
  /** How many numbered steps it has, messages `<prefix>_step_1` to `<prefix>_step_<n>`. */
  stepCount: number;
  source: Source;
  illustration: Illustration;
  /**
   * Suited to a painful back, for flare mode (issue 19): walking, gentle mobility and positions
   * of ease, each with an "ease off" line (`<prefix>_ease_off`). Deep stretches, hamstring and
   * nerve stretches and moves that load the back are not (see the note above EXERCISES).
   */
  flare: boolean;
}

/**
 * Said once on the break page, for every move; its words are the message
 * `exercises_general_caution`. Mild, familiar discomfort while moving is fine; sharp pain, pain
 * spreading down a leg, or new pins and needles or numbness mean stop (NHS inform's back-pain
 * exercises; NICE NG59), as does anything that makes symptoms worse.
 */
export const GENERAL_CAUTION = {
  source: SOURCES.nhsInformExercises,
} as const;

export function generalCaution(): string {
  return t('exercises_general_caution');
}

// Wording (in lib/i18n/locales/*/exercises.json) is our own, written from each move's source
// (Mayo Clinic, Newcastle Hospitals, Stanford EHS, NHS inform, the CSP); each language says the
// same steps, sides and figures. Back bends say to look ahead, not up; the hamstring stretch says
// to stop if tingling or pain spreads down a leg; the figure-four and knee-to-chest stretches are
// not for after a hip replacement unless the surgeon or physiotherapist has cleared them. Doses
// come from the source's range; `seconds` is the time a routine gives the move, a little above
// the dose so there is time to change sides.
//
// The moves flare mode keeps (`flare: true`, issue 19). NICE NG59 and the NHS say to keep
// moving with back pain; with a painful back that means walking, gentle mobility of the neck, shoulders, upper back,
// hands and eyes, and changing position ("slouch to tall"): nothing held at the end of its range.
// Left out: the deeper stretches (overhead side bend, seated twist levered round, knee to chest,
// figure-four, thigh stretch), the hamstring stretch (it tensions the sciatic nerve; stop if
// tingling spreads down a leg), the back bend and the desk lean (they take the low back to the
// end of its range or load it).
export const EXERCISES: readonly Exercise[] = [
  {
    id: 'walk-break',
    areas: ['hips-legs'],
    position: 'standing',
    dose: { kind: 'keep-going', seconds: 60 },
    seconds: 60,
    stepCount: 3,
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['walk-break'],
    flare: true,
  },
  {
    id: 'ear-to-shoulder',
    areas: ['neck'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 20, per: 'side' },
    seconds: 45,
    stepCount: 4,
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['ear-to-shoulder'],
    flare: true,
  },
  {
    id: 'head-turn',
    areas: ['neck'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 15, per: 'side' },
    seconds: 35,
    stepCount: 4,
    source: SOURCES.newcastleBodyCheck,
    illustration: ILLUSTRATIONS['head-turn'],
    flare: true,
  },
  {
    id: 'chin-to-chest',
    areas: ['neck'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 20 },
    seconds: 25,
    stepCount: 3,
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['chin-to-chest'],
    flare: true,
  },
  {
    id: 'shoulder-rolls',
    areas: ['shoulders'],
    position: 'seated',
    dose: { kind: 'reps', reps: 3, per: 'direction' },
    seconds: 20,
    stepCount: 3,
    source: SOURCES.newcastleBodyCheck,
    illustration: ILLUSTRATIONS['shoulder-rolls'],
    flare: true,
  },
  {
    id: 'shrug-and-squeeze',
    areas: ['shoulders', 'upper-back'],
    position: 'seated',
    dose: { kind: 'reps', reps: 5 },
    seconds: 25,
    stepCount: 3,
    source: SOURCES.stanfordEhs,
    illustration: ILLUSTRATIONS['shrug-and-squeeze'],
    flare: true,
  },
  {
    id: 'elbows-back',
    areas: ['upper-back', 'shoulders'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 10, times: 2 },
    seconds: 25,
    stepCount: 3,
    source: SOURCES.newcastleBodyCheck,
    illustration: ILLUSTRATIONS['elbows-back'],
    flare: true,
  },
  {
    id: 'chest-opener',
    areas: ['upper-back', 'shoulders'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 20, times: 3 },
    seconds: 70,
    stepCount: 4,
    source: SOURCES.cspExercises,
    illustration: ILLUSTRATIONS['chest-opener'],
    flare: true,
  },
  {
    id: 'crossed-arm-twist',
    areas: ['upper-back'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 10, per: 'side' },
    seconds: 25,
    stepCount: 3,
    source: SOURCES.newcastleBodyCheck,
    illustration: ILLUSTRATIONS['crossed-arm-twist'],
    flare: true,
  },
  {
    id: 'seated-twist',
    areas: ['upper-back', 'low-back'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 20, per: 'side' },
    seconds: 50,
    stepCount: 4,
    source: SOURCES.cspExercises,
    illustration: ILLUSTRATIONS['seated-twist'],
    flare: false,
  },
  {
    id: 'overhead-side-bend',
    areas: ['low-back', 'shoulders'],
    position: 'seated',
    dose: { kind: 'reps', reps: 3, per: 'side' },
    seconds: 30,
    stepCount: 3,
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['overhead-side-bend'],
    flare: false,
  },
  {
    id: 'slouch-to-tall',
    areas: ['low-back'],
    position: 'seated',
    dose: { kind: 'reps', reps: 3 },
    seconds: 20,
    stepCount: 3,
    source: SOURCES.newcastleBodyCheck,
    illustration: ILLUSTRATIONS['slouch-to-tall'],
    flare: true,
  },
  {
    id: 'standing-back-bend',
    areas: ['low-back'],
    position: 'standing',
    dose: { kind: 'reps', reps: 5 },
    seconds: 25,
    stepCount: 3,
    source: SOURCES.nhsInformExercises,
    illustration: ILLUSTRATIONS['standing-back-bend'],
    flare: false,
  },
  {
    id: 'seated-knee-to-chest',
    areas: ['low-back', 'hips-legs'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 30, per: 'leg' },
    seconds: 70,
    stepCount: 4,
    source: SOURCES.mayoLowerBackStretches,
    illustration: ILLUSTRATIONS['seated-knee-to-chest'],
    flare: false,
  },
  {
    id: 'seated-hamstring',
    areas: ['hips-legs'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 30, per: 'leg' },
    seconds: 70,
    stepCount: 4,
    source: SOURCES.mayoLowerBackStretches,
    illustration: ILLUSTRATIONS['seated-hamstring'],
    flare: false,
  },
  {
    id: 'figure-four',
    areas: ['hips-legs', 'low-back'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 20, per: 'leg' },
    seconds: 50,
    stepCount: 3,
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['figure-four'],
    flare: false,
  },
  {
    id: 'standing-thigh-stretch',
    areas: ['hips-legs'],
    position: 'standing',
    dose: { kind: 'hold', seconds: 20, per: 'leg' },
    seconds: 50,
    stepCount: 4,
    source: SOURCES.cspExercises,
    illustration: ILLUSTRATIONS['standing-thigh-stretch'],
    flare: false,
  },
  {
    id: 'desk-lean',
    areas: ['shoulders', 'upper-back', 'low-back'],
    position: 'standing',
    dose: { kind: 'hold', seconds: 20 },
    seconds: 25,
    stepCount: 3,
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['desk-lean'],
    flare: false,
  },
  {
    id: 'forearm-stretch',
    areas: ['hands-wrists'],
    position: 'seated',
    // Two positions (palm down, then palm up) for each arm.
    dose: { kind: 'hold', seconds: 15, per: 'arm', times: 2 },
    seconds: 70,
    stepCount: 4,
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['forearm-stretch'],
    flare: true,
  },
  {
    id: 'fist-and-spread',
    areas: ['hands-wrists'],
    position: 'seated',
    dose: { kind: 'reps', reps: 3 },
    seconds: 20,
    stepCount: 3,
    source: SOURCES.newcastleBodyCheck,
    illustration: ILLUSTRATIONS['fist-and-spread'],
    flare: true,
  },
  {
    id: 'eye-break',
    areas: ['eyes'],
    position: 'seated',
    dose: { kind: 'keep-going', seconds: 20 },
    seconds: 20,
    stepCount: 2,
    source: SOURCES.stanfordEhs,
    illustration: ILLUSTRATIONS['eye-break'],
    flare: true,
  },
];

const BY_ID = new Map(EXERCISES.map((exercise) => [exercise.id, exercise]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/** The categories a user could switch off that would rule this move out. */
export function categoriesOf(exercise: Exercise): ExerciseCategory[] {
  return exercise.position === 'standing' ? [...exercise.areas, 'standing'] : [...exercise.areas];
}

/** The start of every message name of a move: `exercises_walk_break` for 'walk-break'. */
export function messagePrefix(exercise: Pick<Exercise, 'id'>): string {
  return `exercises_${exercise.id.replaceAll('-', '_')}`;
}

/** Every message a move needs, so a test can check each language has them all. */
export function messageKeys(
  exercise: Pick<Exercise, 'id' | 'stepCount'> & Partial<Pick<Exercise, 'flare'>>,
): string[] {
  const prefix = messagePrefix(exercise);
  const steps = Array.from({ length: exercise.stepCount }, (_, i) => `${prefix}_step_${i + 1}`);
  const easeOff = exercise.flare ? [`${prefix}_ease_off`] : [];
  return [`${prefix}_name`, ...steps, `${prefix}_caution`, `${prefix}_illustration`, ...easeOff];
}

export function exerciseName(exercise: Pick<Exercise, 'id'>): string {
  return tData(`${messagePrefix(exercise)}_name`);
}

export function exerciseSteps(exercise: Pick<Exercise, 'id' | 'stepCount'>): string[] {
  const prefix = messagePrefix(exercise);
  return Array.from({ length: exercise.stepCount }, (_, i) => tData(`${prefix}_step_${i + 1}`));
}

export function exerciseCaution(exercise: Pick<Exercise, 'id'>): string {
  return tData(`${messagePrefix(exercise)}_caution`);
}

/** How to do a flare-suitable move more gently ("Easing off: ..."); null for any other move. */
export function exerciseEaseOff(exercise: Pick<Exercise, 'id' | 'flare'>): string | null {
  return exercise.flare ? tData(`${messagePrefix(exercise)}_ease_off`) : null;
}

/** What the move's picture shows, for screen readers. */
export function illustrationTitle(exercise: Pick<Exercise, 'id'>): string {
  return tData(`${messagePrefix(exercise)}_illustration`);
}

/** "20 seconds", "1 minute", "2 minutes". */
export function formatSeconds(seconds: number): string {
  return seconds < 60 ? tn('exercises_seconds', seconds) : tn('common_minutes', seconds / 60);
}

/** "twice", "three times": how often a hold is repeated, in words up to five. */
function repeat(times: number): string {
  switch (times) {
    case 2:
      return t('exercises_repeat_2');
    case 3:
      return t('exercises_repeat_3');
    case 4:
      return t('exercises_repeat_4');
    case 5:
      return t('exercises_repeat_5');
    default:
      return tn('exercises_repeat_count', times);
  }
}

// One whole sentence for each way a hold can be given, so each language orders its own words.
const HOLD: Record<'none' | 'side' | 'leg' | 'arm', { once: MessageKey; repeated: MessageKey }> = {
  none: { once: 'exercises_dose_hold', repeated: 'exercises_dose_hold_repeat' },
  side: { once: 'exercises_dose_hold_each_side', repeated: 'exercises_dose_hold_each_side_repeat' },
  leg: { once: 'exercises_dose_hold_each_leg', repeated: 'exercises_dose_hold_each_leg_repeat' },
  arm: { once: 'exercises_dose_hold_each_arm', repeated: 'exercises_dose_hold_each_arm_repeat' },
};

/** The dose in words, e.g. "Hold 20 seconds each side" or "3 times each way". */
export function formatDose(dose: Dose): string {
  switch (dose.kind) {
    case 'hold': {
      const keys = HOLD[dose.per ?? 'none'];
      return dose.times && dose.times > 1
        ? t(keys.repeated, formatSeconds(dose.seconds), repeat(dose.times))
        : t(keys.once, formatSeconds(dose.seconds));
    }
    case 'reps':
      if (dose.per === 'direction') return tn('exercises_dose_reps_each_way', dose.reps);
      if (dose.per === 'side') return tn('exercises_dose_reps_each_side', dose.reps);
      return tn('exercises_dose_reps', dose.reps);
    case 'keep-going':
      return t('exercises_dose_keep_going', formatSeconds(dose.seconds));
  }
}

/** The least time the dose itself needs, before any switching between sides. */
export function doseSeconds(dose: Dose): number {
  switch (dose.kind) {
    case 'hold':
      return dose.seconds * (dose.times ?? 1) * (dose.per ? 2 : 1);
    case 'reps':
      // About 2 seconds a repetition is the quickest a gentle move allows.
      return dose.reps * 2 * (dose.per ? 2 : 1);
    case 'keep-going':
      return dose.seconds;
  }
}
