// Relative, not '@/': wxt.config.ts imports this file to write the tip library at build time.
import { SOURCES, type Source } from './sources';

// A runtime list (not only a type) so tests and settings UIs can enumerate the categories.
export const TIP_CATEGORIES = [
  'posture',
  'movement',
  'exercise',
  'lifting',
  'heat-cold',
  'eyes',
  'hands',
  'self-care',
  'hydration',
] as const;

export type TipCategory = (typeof TIP_CATEGORIES)[number];

export interface Tip {
  /** Stored in user data (e.g. seen or hidden tips): never rename or reuse an id. */
  id: string;
  /** At most 40 characters, so it fits a desktop notification title. */
  title: string;
  /** At most 150 characters, so notifications don't cut it off. */
  text: string;
  category: TipCategory;
  source: Source;
}

// Wording is our own, written from /work/shared/content/health-facts.md. Posture tips say
// "change position often" because no single posture is correct; lifting tips are framed as
// comfort because technique alone is not shown to prevent back pain; hydration tips are a
// reason to get up and walk.
export const TIPS: readonly Tip[] = [
  // Breaking up sitting
  {
    id: 'walk-every-half-hour',
    title: 'Time for a short walk',
    text: 'Stand up and walk for a minute or two. A short move every half hour breaks up long spells of sitting.',
    category: 'movement',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'little-and-often',
    title: 'Little and often',
    text: 'Short, frequent breaks beat long, rare ones: 5-10 minutes each hour suits you better than 15 minutes every 2 hours.',
    category: 'movement',
    source: SOURCES.hseBreaks,
  },
  {
    id: 'break-before-stiff',
    title: 'Move before you feel stiff',
    text: "Don't wait until you ache or feel worn out. Take your break early and use it to change position.",
    category: 'movement',
    source: SOURCES.hseBreaks,
  },
  {
    id: 'any-movement-counts',
    title: 'Any movement counts',
    text: 'No workout needed: standing, pacing or a gentle stroll all beat sitting still. Swap a little sitting time now.',
    category: 'movement',
    source: SOURCES.whoSedentary,
  },
  {
    id: 'sit-stand-swap',
    title: 'Swap sitting for standing',
    text: 'Can you work standing up? Switch between sitting and standing every 30 minutes. In a study it eased tiredness and low-back discomfort.',
    category: 'movement',
    source: SOURCES.thorp2014,
  },
  {
    id: 'take-the-stairs',
    title: 'Take the stairs',
    text: 'Use this break to climb a flight of stairs and come back down. It gets you up and your legs working.',
    category: 'movement',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'stroll-after-eating',
    title: 'Stroll after you eat',
    text: 'In a study, 2 minutes of light walking every 20 minutes after a meal cut the rise in blood sugar by about a quarter.',
    category: 'movement',
    source: SOURCES.dunstan2012,
  },
  {
    id: 'five-minutes-on-your-feet',
    title: 'Five minutes on your feet',
    text: 'Spend 5 minutes standing or walking every half hour. In a study, this lowered blood sugar and insulin compared with sitting.',
    category: 'movement',
    source: SOURCES.henson2016,
  },

  // Hydration, as a reason to walk
  {
    id: 'fetch-water',
    title: 'Fetch a glass of water',
    text: 'Stand up and walk to get yourself a glass of water. A drink is a handy reason to move.',
    category: 'hydration',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'small-glass-more-trips',
    title: 'Small glass, more trips',
    text: 'Keep a small glass at your desk instead of a big bottle, so you get up to refill it more often.',
    category: 'hydration',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'drink-the-long-way',
    title: 'Take the long way to a drink',
    text: 'Off to get a drink? Take the stairs or the longer route to the kitchen and back.',
    category: 'hydration',
    source: SOURCES.mayoSittingStretches,
  },

  // Posture
  {
    id: 'change-position-often',
    title: 'Change position often',
    text: 'There is no single right way to sit, so change position often: lean back, shift about, or stand for a while.',
    category: 'posture',
    source: SOURCES.osullivan2020,
  },
  {
    id: 'comfy-postures-are-fine',
    title: 'Comfy is fine',
    text: "Slumping or leaning is safe if it feels comfortable. Just don't stay in one position for too long.",
    category: 'posture',
    source: SOURCES.osullivan2020,
  },
  {
    id: 'next-posture-is-best',
    title: 'Your next posture is the best one',
    text: 'Been in the same position a while? Switch it up: sit a different way, stand, or walk around for a minute.',
    category: 'posture',
    source: SOURCES.osullivan2020,
  },
  {
    id: 'breaks-change-posture',
    title: 'Use breaks to shift',
    text: "Let each break change your posture: if you've been sitting, stand; if you've been still, move about.",
    category: 'posture',
    source: SOURCES.hseBreaks,
  },

  // Lifting
  {
    id: 'lift-keep-load-close',
    title: 'Keep the load close',
    text: 'Lifting something? Hold it close to your body. Many people find that more comfortable for the back.',
    category: 'lifting',
    source: SOURCES.nhsBackPain,
  },
  {
    id: 'lift-bend-knees',
    title: 'Bend your knees to lift',
    text: 'Picking something up from the floor? Bend your knees rather than reaching down with straight legs; it often feels easier.',
    category: 'lifting',
    source: SOURCES.nhsBackPain,
  },
  {
    id: 'lift-turn-with-feet',
    title: 'Turn with your feet',
    text: 'Try not to twist while you lift or carry. Move your feet to turn instead; it can feel kinder on your back.',
    category: 'lifting',
    source: SOURCES.nhsBackPain,
  },

  // Heat and cold
  {
    id: 'heat-for-stiffness',
    title: 'Warmth for stiffness',
    text: 'Back feeling stiff or in spasm? A heat pack may help it loosen up.',
    category: 'heat-cold',
    source: SOURCES.nhsBackPain,
  },
  {
    id: 'cold-for-pain-swelling',
    title: 'Cold for pain and swelling',
    text: 'For pain or swelling, a cold pack may bring some relief.',
    category: 'heat-cold',
    source: SOURCES.nhsBackPain,
  },

  // Self-care
  {
    id: 'keep-active',
    title: 'Keep moving',
    text: 'With back pain, staying active usually helps more than resting in bed. Gentle movement is a fine place to start.',
    category: 'self-care',
    source: SOURCES.cochraneBedRest,
  },
  {
    id: 'no-need-to-be-pain-free',
    title: "You needn't be pain-free",
    text: "You don't have to wait until all the pain is gone before going back to work or your usual activities.",
    category: 'self-care',
    source: SOURCES.nhsBackPain,
  },
  {
    id: 'most-back-pain-settles',
    title: 'Most back pain settles',
    text: 'Most bouts of back pain ease within about 6 weeks. Keep gently active while yours settles.',
    category: 'self-care',
    source: SOURCES.nhsInformBackProblems,
  },
  {
    id: 'painkillers-ibuprofen',
    title: 'Painkillers that may help',
    text: 'Anti-inflammatories such as ibuprofen may help if they suit you. Follow the label and ask a pharmacist if unsure.',
    category: 'self-care',
    source: SOURCES.niceNg59,
  },
  {
    id: 'paracetamol-on-its-own',
    title: 'About paracetamol',
    text: "Paracetamol on its own isn't recommended for low back pain. Ask a pharmacist what suits you, and follow the label.",
    category: 'self-care',
    source: SOURCES.niceNg59,
  },
  {
    id: 'skip-belts-and-insoles',
    title: 'Belts and insoles',
    text: "Back belts, corsets and shoe insoles aren't recommended for back pain. Regular exercise is a better bet.",
    category: 'self-care',
    source: SOURCES.niceNg59,
  },
  {
    id: 'get-advice-if-no-better',
    title: 'Not easing? Get advice',
    text: "If back pain isn't better after a few weeks of self-care, is getting worse or worries you, book a doctor or physio.",
    category: 'self-care',
    source: SOURCES.nhsBackPain,
  },
  {
    id: 'ask-about-physio',
    title: 'Ask about physio',
    text: "For back pain that lingers, a clinician may offer physio or a structured exercise programme. It's fine to ask.",
    category: 'self-care',
    source: SOURCES.niceNg59,
  },

  // Exercise: why, and how to do it safely
  {
    id: 'exercise-is-recommended',
    title: 'Exercise is recommended',
    text: 'Regular exercise is recommended for back pain. Choose a kind you can keep up week after week.',
    category: 'exercise',
    source: SOURCES.niceNg59,
  },
  {
    id: 'exercise-and-learn',
    title: 'Exercise, and learn about backs',
    text: 'In studies, exercise plus learning about back pain cut new bouts by about 45%. Learning alone, belts or insoles did not.',
    category: 'exercise',
    source: SOURCES.steffens2016,
  },
  {
    id: 'stop-if-it-hurts',
    title: 'Mild tension, not pain',
    text: 'A stretch should feel like mild tension. If one hurts or makes your symptoms worse, stop.',
    category: 'exercise',
    source: SOURCES.nhsInformExercises,
  },
  {
    id: 'stretch-gently',
    title: 'Stretch gently',
    text: "Ease slowly into each stretch, don't bounce, and keep breathing as you hold it.",
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'steady-chair',
    title: 'Use a steady chair',
    text: 'For seated stretches, use a chair without wheels so it stays put while you move.',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },

  // Exercise: 1-3 minute desk stretches
  {
    id: 'ear-to-shoulder',
    title: 'Neck stretch: ear to shoulder',
    text: 'Sit tall and gently tilt your head so your ear moves toward your shoulder. Hold 15-30 seconds, then swap sides.',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'look-over-shoulder',
    title: 'Neck turn: look over your shoulder',
    text: 'Slowly turn your head to look over one shoulder, then the other. Hold each side for 15-30 seconds.',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'chin-to-chest',
    title: 'Chin to chest',
    text: 'Gently lower your chin toward your chest to stretch the back of your neck. Hold 15-30 seconds.',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'shoulder-rolls',
    title: 'Roll your shoulders',
    text: 'Roll your shoulders forwards 3 times, then backwards 3 times. Nice and slow.',
    category: 'exercise',
    source: SOURCES.newcastleBodyCheck,
  },
  {
    id: 'shrug-and-squeeze',
    title: 'Shrug and squeeze',
    text: 'Lift your shoulders toward your ears, then squeeze your shoulder blades together. Hold 1-3 seconds; repeat a few times.',
    category: 'exercise',
    source: SOURCES.stanfordEhs,
  },
  {
    id: 'elbows-back',
    title: 'Open up: elbows back',
    text: 'Put your hands behind your head and gently draw your elbows back. Hold for 10 seconds.',
    category: 'exercise',
    source: SOURCES.newcastleBodyCheck,
  },
  {
    id: 'crossed-arm-twist',
    title: 'Crossed-arm twist',
    text: 'Cross your arms over your chest and gently turn to one side, then the other. Hold about 10 seconds each way.',
    category: 'exercise',
    source: SOURCES.newcastleBodyCheck,
  },
  {
    id: 'slouch-then-sit-tall',
    title: 'Slouch, then sit tall',
    text: 'Let your back round into a slouch, then slowly sit up tall. Repeat 3 times.',
    category: 'exercise',
    source: SOURCES.newcastleBodyCheck,
  },
  {
    id: 'standing-back-bend',
    title: 'Standing back bend',
    text: 'Stand with your hands on your hips and gently lean back. Hold 10 seconds, or repeat 5 times.',
    category: 'exercise',
    source: SOURCES.nhsInformExercises,
  },
  {
    id: 'seated-knee-to-chest',
    title: 'Knee to chest',
    text: 'Sitting down, pull one knee toward your chest, keeping your back straight. Hold 30 seconds, then switch legs.',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'seated-hamstring-stretch',
    title: 'Back-of-thigh stretch',
    text: 'Sit near the edge of your chair, one leg out with the heel down. Hinge forward at the hips. Hold 30 seconds each leg.',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'desk-lean',
    title: 'Desk lean',
    text: 'Put your hands on the desk, step back and hinge forward at the hips. Hold 15-30 seconds.',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },

  // Hands and forearms
  {
    id: 'forearm-stretch',
    title: 'Forearm stretch',
    text: 'Hold one arm out, bend the hand down and gently pull it toward you, then do it palm up. Hold each 15-30 seconds.',
    category: 'hands',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'fist-and-spread',
    title: 'Fist and spread',
    text: 'Make a fist, then spread your fingers wide. Do it 3 times, then gently bend your wrists up and down.',
    category: 'hands',
    source: SOURCES.newcastleBodyCheck,
  },

  // Eyes
  {
    id: 'look-far-away',
    title: 'Look into the distance',
    text: 'Give your eyes a rest: look at something far away for about 20 seconds.',
    category: 'eyes',
    source: SOURCES.stanfordEhs,
  },
  {
    id: 'blink-break',
    title: 'Blink break',
    text: 'Blink a few times on purpose, then look away from your screen for a moment.',
    category: 'eyes',
    source: SOURCES.hseBreaks,
  },
];

// Built on first use, not at load: a bundle that needs only the categories (the background)
// can then leave the whole library out.
let tipsById: ReadonlyMap<string, Tip> | undefined;

export function tipById(id: string): Tip | undefined {
  tipsById ??= new Map(TIPS.map((tip) => [tip.id, tip]));
  return tipsById.get(id);
}
