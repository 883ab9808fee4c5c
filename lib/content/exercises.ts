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

export interface Exercise {
  /** Stored in the list of recently shown moves: never rename or reuse an id. */
  id: string;
  name: string;
  /** Where the move is felt; with 'standing' for moves done on one's feet, these are the
   * categories a user can switch off. */
  areas: readonly BodyArea[];
  position: Position;
  dose: Dose;
  /** Time the move takes in a routine, switching sides included: what its countdown shows. */
  seconds: number;
  steps: readonly string[];
  caution: string;
  source: Source;
  illustration: Illustration;
}

/** Said once on the break page, for every move (health-facts.md section 4). */
export const GENERAL_CAUTION = {
  text: 'Move slowly and gently, without bouncing, and keep breathing. Mild tension is fine; pain means stop. Stop any move that makes your symptoms worse. For seated moves, use a chair without wheels.',
  source: SOURCES.nhsInformExercises,
} as const;

// Wording is our own, written from /work/shared/content/health-facts.md section 4. Doses come
// from the source's range; `seconds` is the time a routine gives the move, a little above the
// dose so there is time to change sides.
export const EXERCISES: readonly Exercise[] = [
  {
    id: 'walk-break',
    name: 'Walk break',
    areas: ['hips-legs'],
    position: 'standing',
    dose: { kind: 'keep-going', seconds: 60 },
    seconds: 60,
    steps: [
      'Stand up slowly.',
      'Walk about: fetch a glass of water, go up and down a flight of stairs, or walk to a window and back.',
      'Let your arms swing and breathe easily.',
    ],
    caution: 'Go at a comfortable pace and hold the handrail on stairs.',
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['walk-break'],
  },
  {
    id: 'ear-to-shoulder',
    name: 'Ear to shoulder',
    areas: ['neck'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 20, per: 'side' },
    seconds: 45,
    steps: [
      'Sit tall and let your shoulders drop.',
      'Tilt your head so one ear moves towards the shoulder on that side, until you feel a gentle stretch along the other side of your neck.',
      'Hold, breathing slowly, then bring your head back to the middle.',
      'Repeat to the other side.',
    ],
    caution:
      'Keep your shoulders down rather than lifting them to meet your ear, and do not pull on your head.',
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['ear-to-shoulder'],
  },
  {
    id: 'head-turn',
    name: 'Head turn',
    areas: ['neck'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 15, per: 'side' },
    seconds: 35,
    steps: [
      'Sit tall, looking straight ahead.',
      'Turn your head slowly to look over one shoulder, as far as is comfortable.',
      'Hold, then turn back to the middle.',
      'Repeat towards the other shoulder.',
    ],
    caution: 'Turn only as far as feels easy. Stop if you feel dizzy.',
    source: SOURCES.newcastleBodyCheck,
    illustration: ILLUSTRATIONS['head-turn'],
  },
  {
    id: 'chin-to-chest',
    name: 'Chin to chest',
    areas: ['neck'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 20 },
    seconds: 25,
    steps: [
      'Sit tall with your shoulders relaxed.',
      'Lower your chin slowly towards your chest until you feel a stretch at the back of your neck.',
      'Hold, then lift your head slowly back up.',
    ],
    caution: 'Let your head lower gently under its own weight; do not press it down.',
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['chin-to-chest'],
  },
  {
    id: 'shoulder-rolls',
    name: 'Shoulder rolls',
    areas: ['shoulders'],
    position: 'seated',
    dose: { kind: 'reps', reps: 3, per: 'direction' },
    seconds: 20,
    steps: [
      'Sit tall with your arms hanging loosely.',
      'Roll both shoulders in slow, wide circles: up, forwards, down and back.',
      'Then roll them the other way: up, back, down and forwards.',
    ],
    caution: 'Keep the circles slow and smooth; make them smaller if anything clicks or hurts.',
    source: SOURCES.newcastleBodyCheck,
    illustration: ILLUSTRATIONS['shoulder-rolls'],
  },
  {
    id: 'shrug-and-squeeze',
    name: 'Shrug and squeeze',
    areas: ['shoulders', 'upper-back'],
    position: 'seated',
    dose: { kind: 'reps', reps: 5 },
    seconds: 25,
    steps: [
      'Lift both shoulders up towards your ears and hold for a moment.',
      'Let them drop, then draw your shoulder blades back and together, and hold for a moment.',
      'Relax, and repeat.',
    ],
    caution: 'Hold each position for only 1 to 3 seconds, and keep breathing.',
    source: SOURCES.stanfordEhs,
    illustration: ILLUSTRATIONS['shrug-and-squeeze'],
  },
  {
    id: 'elbows-back',
    name: 'Elbows back',
    areas: ['upper-back', 'shoulders'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 10, times: 2 },
    seconds: 25,
    steps: [
      'Sit tall and rest your hands lightly behind your head.',
      'Draw your elbows back, opening your chest.',
      'Hold, then let your elbows come forward again. Do it twice.',
    ],
    caution: 'Rest your hands lightly; do not pull your head forwards.',
    source: SOURCES.newcastleBodyCheck,
    illustration: ILLUSTRATIONS['elbows-back'],
  },
  {
    id: 'chest-opener',
    name: 'Chest opener',
    areas: ['upper-back', 'shoulders'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 20, times: 3 },
    seconds: 70,
    steps: [
      'Sit towards the front of your chair.',
      'Stretch your arms out to the sides with your thumbs pointing up.',
      'Draw your shoulder blades together until you feel a stretch across your chest.',
      'Hold, relax your arms, and repeat three times.',
    ],
    caution: 'Stop if your arms or hands start to tingle or go numb.',
    source: SOURCES.cspExercises,
    illustration: ILLUSTRATIONS['chest-opener'],
  },
  {
    id: 'crossed-arm-twist',
    name: 'Crossed-arm twist',
    areas: ['upper-back'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 10, per: 'side' },
    seconds: 25,
    steps: [
      'Sit tall with your feet flat and cross your arms over your chest.',
      'Turn your upper body slowly to one side, keeping your hips facing forwards.',
      'Hold, come back to the middle, and turn to the other side.',
    ],
    caution: 'Turn gently and only as far as is comfortable.',
    source: SOURCES.newcastleBodyCheck,
    illustration: ILLUSTRATIONS['crossed-arm-twist'],
  },
  {
    id: 'seated-twist',
    name: 'Seated twist',
    areas: ['upper-back', 'low-back'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 20, per: 'side' },
    seconds: 50,
    steps: [
      'Sit towards the front of your chair with your feet flat.',
      'Turn your upper body to one side and rest the opposite hand on the outside of your knee.',
      'Hold, then come back to the middle and turn to the other side.',
      'If you have time, do each side up to three times.',
    ],
    caution:
      'Turn without forcing it: let your hand rest on your knee, do not lever yourself round.',
    source: SOURCES.cspExercises,
    illustration: ILLUSTRATIONS['seated-twist'],
  },
  {
    id: 'overhead-side-bend',
    name: 'Overhead side bend',
    areas: ['low-back', 'shoulders'],
    position: 'seated',
    dose: { kind: 'reps', reps: 3, per: 'side' },
    seconds: 30,
    steps: [
      'Sit tall and lace your fingers together above your head.',
      'Lean slowly to one side until you feel a stretch along the other side of your body.',
      'Come back up to the middle and lean to the other side.',
    ],
    caution: 'Move slowly and keep both sitting bones on the chair.',
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['overhead-side-bend'],
  },
  {
    id: 'slouch-to-tall',
    name: 'Slouch to tall',
    areas: ['low-back'],
    position: 'seated',
    dose: { kind: 'reps', reps: 3 },
    seconds: 20,
    steps: [
      'Sit towards the front of your chair.',
      'Let your back round and slump forwards.',
      'Then slowly lift up and sit tall, with a gentle curve in your lower back.',
    ],
    caution:
      'There is no single right way to sit: the point is to change position, not to hold a perfect one.',
    source: SOURCES.newcastleBodyCheck,
    illustration: ILLUSTRATIONS['slouch-to-tall'],
  },
  {
    id: 'standing-back-bend',
    name: 'Standing back bend',
    areas: ['low-back'],
    position: 'standing',
    dose: { kind: 'reps', reps: 5 },
    seconds: 25,
    steps: [
      'Stand with your feet apart and place your hands on your lower back or hips.',
      'Lean back gently from your waist, looking up a little.',
      'Come back to standing, and repeat.',
    ],
    caution: 'Lean back only a little, as far as is comfortable, and keep your knees soft.',
    source: SOURCES.nhsInformExercises,
    illustration: ILLUSTRATIONS['standing-back-bend'],
  },
  {
    id: 'seated-knee-to-chest',
    name: 'Seated knee to chest',
    areas: ['low-back', 'hips-legs'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 30, per: 'leg' },
    seconds: 70,
    steps: [
      'Sit tall with your back straight.',
      'Hold one knee or the back of that thigh and draw it gently towards your chest.',
      'Hold; you may feel it in your lower back and buttock. Then lower the leg.',
      'Repeat with the other leg.',
    ],
    caution: 'Keep your back straight rather than leaning forward to reach the knee.',
    source: SOURCES.mayoLowerBackStretches,
    illustration: ILLUSTRATIONS['seated-knee-to-chest'],
  },
  {
    id: 'seated-hamstring',
    name: 'Seated hamstring stretch',
    areas: ['hips-legs'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 30, per: 'leg' },
    seconds: 70,
    steps: [
      'Sit on the front edge of your chair.',
      'Straighten one leg in front of you, heel on the floor.',
      'Keeping your back straight, lean forward from your hips until you feel a stretch at the back of your thigh.',
      'Hold, sit back up, and repeat with the other leg.',
    ],
    caution: 'Lean from the hips, not by rounding your back, and never bounce.',
    source: SOURCES.mayoLowerBackStretches,
    illustration: ILLUSTRATIONS['seated-hamstring'],
  },
  {
    id: 'figure-four',
    name: 'Figure-four stretch',
    areas: ['hips-legs', 'low-back'],
    position: 'seated',
    dose: { kind: 'hold', seconds: 20, per: 'leg' },
    seconds: 50,
    steps: [
      'Sit tall and rest one ankle on the opposite knee.',
      'Lean forward gently from your hips until you feel a stretch in the hip and buttock.',
      'Hold, sit back up, and change legs.',
    ],
    caution: 'Keep it gentle: do not push down on the raised knee.',
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['figure-four'],
  },
  {
    id: 'standing-thigh-stretch',
    name: 'Standing thigh stretch',
    areas: ['hips-legs'],
    position: 'standing',
    dose: { kind: 'hold', seconds: 20, per: 'leg' },
    seconds: 50,
    steps: [
      'Stand beside your desk and hold it with one hand for balance.',
      'Bend the other knee and bring that heel towards your buttock, holding the ankle if you can.',
      'Hold, feeling the stretch at the front of your thigh, then lower the foot.',
      'Turn round and repeat with the other leg.',
    ],
    caution: 'Mind your balance and hold on to something steady. Keep your knees close together.',
    source: SOURCES.cspExercises,
    illustration: ILLUSTRATIONS['standing-thigh-stretch'],
  },
  {
    id: 'desk-lean',
    name: 'Desk lean',
    areas: ['shoulders', 'upper-back', 'low-back'],
    position: 'standing',
    dose: { kind: 'hold', seconds: 20 },
    seconds: 25,
    steps: [
      'Stand facing your desk and rest both hands on its edge.',
      'Step back with your feet apart and lean forward from your hips, keeping your arms straight.',
      'Hold, feeling the stretch through your shoulders and back, then walk your feet back in.',
    ],
    caution: 'Use a steady desk that cannot roll or tip.',
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['desk-lean'],
  },
  {
    id: 'forearm-stretch',
    name: 'Forearm stretch',
    areas: ['hands-wrists'],
    position: 'seated',
    // Two positions (palm down, then palm up) for each arm.
    dose: { kind: 'hold', seconds: 15, per: 'arm', times: 2 },
    seconds: 70,
    steps: [
      'Hold one arm out in front of you, elbow straight, palm down.',
      'Bend the hand down and gently draw it towards you with your other hand. Hold.',
      'Turn the palm up, bend the hand down again and gently draw it towards you. Hold.',
      'Repeat both with the other arm.',
    ],
    caution: 'Pull gently: a mild stretch along the forearm is enough.',
    source: SOURCES.mayoSittingStretches,
    illustration: ILLUSTRATIONS['forearm-stretch'],
  },
  {
    id: 'fist-and-spread',
    name: 'Fist and spread',
    areas: ['hands-wrists'],
    position: 'seated',
    dose: { kind: 'reps', reps: 3 },
    seconds: 20,
    steps: [
      'Lift your hands in front of you and make a loose fist with each.',
      'Open your hands and spread your fingers as wide as is comfortable.',
      'Repeat, then bend your wrists gently up and down a few times.',
    ],
    caution: 'Make the fist loose, not tight.',
    source: SOURCES.newcastleBodyCheck,
    illustration: ILLUSTRATIONS['fist-and-spread'],
  },
  {
    id: 'eye-break',
    name: 'Eye break',
    areas: ['eyes'],
    position: 'seated',
    dose: { kind: 'keep-going', seconds: 20 },
    seconds: 20,
    steps: [
      'Look away from the screen at something far away, such as the view from a window.',
      'Let your eyes relax on it, and blink slowly a few times.',
    ],
    caution: 'Look, do not stare: blink normally and let your eyes rest.',
    source: SOURCES.stanfordEhs,
    illustration: ILLUSTRATIONS['eye-break'],
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

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = seconds / 60;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

const TIMES = ['', 'once', 'twice', 'three times', 'four times', 'five times'];

function times(n: number): string {
  return TIMES[n] ?? `${n} times`;
}

/** The dose in words, e.g. "Hold 20 seconds each side" or "3 times each way". */
export function formatDose(dose: Dose): string {
  switch (dose.kind) {
    case 'hold': {
      const each = dose.per ? ` each ${dose.per}` : '';
      const repeat = dose.times && dose.times > 1 ? `, ${times(dose.times)}` : '';
      return `Hold ${duration(dose.seconds)}${each}${repeat}`;
    }
    case 'reps': {
      const each = dose.per === 'direction' ? ' each way' : dose.per === 'side' ? ' each side' : '';
      return `${dose.reps} times${each}`;
    }
    case 'keep-going':
      return `Keep going for ${duration(dose.seconds)} or more`;
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
