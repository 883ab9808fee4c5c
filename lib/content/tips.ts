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

/**
 * What a reminder needs of a tip, and all the tip file carries (see ./tip-file.ts). Its words are
 * in the message catalog in every language (`locales/<locale>/tips.json` in lib/i18n, named by
 * `tipKey`). A notification shows "title: text" as its message, and a desktop notification shows
 * about two lines (100-110 characters) on macOS and Windows before it cuts text off: so title and
 * text together stay within `NOTIFICATION_TEXT_MAX` characters in every language.
 */
export interface Tip {
  /**
   * Stored in user data (e.g. seen or hidden tips) and names the tip's messages: never rename or
   * reuse an id.
   */
  id: string;
  source: Source;
}

/** A tip in the library, with the kind of advice it gives. */
export interface LibraryTip extends Tip {
  category: TipCategory;
}

/** The name of a tip's title or text in the message catalog, for `tData`. */
export function tipKey(id: string, part: 'title' | 'text'): string {
  return `tips_${id.replaceAll('-', '_')}_${part}`;
}

/** The most characters a notification's message (a tip's title and text) may have. */
export const NOTIFICATION_TEXT_MAX = 110;

/**
 * Ids of tips taken out of the library, never to be used again (user data may still hold them).
 * The two medicine tips went because reminders reach people who are not in pain: medicine advice
 * belongs where someone is in pain, in the guidance (NICE NG59).
 */
export const RETIRED_TIP_IDS: readonly string[] = [
  'painkillers-ibuprofen',
  'paracetamol-on-its-own',
];

// Wording is our own, written from each tip's source (NHS, NICE NG59, HSE, WHO, the studies
// named). Posture tips say "change position often" because no single posture is correct
// (O'Sullivan 2020); lifting tips are framed as comfort because technique alone is not shown to
// prevent back pain; hydration tips are a reason to get up and walk; no tip names a medicine.
// Each translation says the same as the English, figures included.
export const TIPS: readonly LibraryTip[] = [
  // Breaking up sitting
  {
    id: 'walk-every-half-hour',
    category: 'movement',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'little-and-often',
    category: 'movement',
    source: SOURCES.hseBreaks,
  },
  {
    id: 'break-before-stiff',
    category: 'movement',
    source: SOURCES.hseBreaks,
  },
  {
    id: 'any-movement-counts',
    category: 'movement',
    source: SOURCES.whoSedentary,
  },
  {
    id: 'sit-stand-swap',
    category: 'movement',
    source: SOURCES.thorp2014,
  },
  {
    id: 'take-the-stairs',
    category: 'movement',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'stroll-after-eating',
    category: 'movement',
    source: SOURCES.dunstan2012,
  },
  {
    id: 'five-minutes-on-your-feet',
    category: 'movement',
    source: SOURCES.henson2016,
  },

  // Hydration, as a reason to walk
  {
    id: 'fetch-water',
    category: 'hydration',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'small-glass-more-trips',
    category: 'hydration',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'drink-the-long-way',
    category: 'hydration',
    source: SOURCES.mayoSittingStretches,
  },

  // Posture
  {
    id: 'change-position-often',
    category: 'posture',
    source: SOURCES.osullivan2020,
  },
  {
    id: 'comfy-postures-are-fine',
    category: 'posture',
    source: SOURCES.osullivan2020,
  },
  {
    id: 'next-posture-is-best',
    category: 'posture',
    source: SOURCES.osullivan2020,
  },
  {
    id: 'breaks-change-posture',
    category: 'posture',
    source: SOURCES.hseBreaks,
  },

  // Lifting
  {
    id: 'lift-keep-load-close',
    category: 'lifting',
    source: SOURCES.nhsBackPain,
  },
  {
    id: 'lift-bend-knees',
    category: 'lifting',
    source: SOURCES.nhsBackPain,
  },
  {
    id: 'lift-turn-with-feet',
    category: 'lifting',
    source: SOURCES.nhsBackPain,
  },

  // Heat and cold
  {
    id: 'heat-for-stiffness',
    category: 'heat-cold',
    source: SOURCES.nhsBackPain,
  },
  {
    id: 'cold-for-pain-swelling',
    category: 'heat-cold',
    source: SOURCES.nhsBackPain,
  },

  // Self-care
  {
    id: 'keep-active',
    category: 'self-care',
    source: SOURCES.cochraneBedRest,
  },
  {
    id: 'no-need-to-be-pain-free',
    category: 'self-care',
    source: SOURCES.nhsBackPain,
  },
  {
    id: 'most-back-pain-settles',
    category: 'self-care',
    source: SOURCES.nhsInformBackProblems,
  },
  {
    id: 'skip-belts-and-insoles',
    category: 'self-care',
    source: SOURCES.niceNg59,
  },
  {
    id: 'get-advice-if-no-better',
    category: 'self-care',
    source: SOURCES.nhsBackPain,
  },
  {
    id: 'ask-about-physio',
    category: 'self-care',
    source: SOURCES.niceNg59,
  },

  // Exercise: why, and how to do it safely
  {
    id: 'exercise-is-recommended',
    category: 'exercise',
    source: SOURCES.niceNg59,
  },
  {
    id: 'exercise-and-learn',
    category: 'exercise',
    source: SOURCES.steffens2016,
  },
  {
    id: 'stop-if-it-hurts',
    category: 'exercise',
    source: SOURCES.nhsInformExercises,
  },
  {
    id: 'stretch-gently',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'steady-chair',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },

  // Exercise: 1-3 minute desk stretches
  {
    id: 'ear-to-shoulder',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'look-over-shoulder',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'chin-to-chest',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'shoulder-rolls',
    category: 'exercise',
    source: SOURCES.newcastleBodyCheck,
  },
  {
    id: 'shrug-and-squeeze',
    category: 'exercise',
    source: SOURCES.stanfordEhs,
  },
  {
    id: 'elbows-back',
    category: 'exercise',
    source: SOURCES.newcastleBodyCheck,
  },
  {
    id: 'crossed-arm-twist',
    category: 'exercise',
    source: SOURCES.newcastleBodyCheck,
  },
  {
    id: 'slouch-then-sit-tall',
    category: 'exercise',
    source: SOURCES.newcastleBodyCheck,
  },
  {
    id: 'standing-back-bend',
    category: 'exercise',
    source: SOURCES.nhsInformExercises,
  },
  {
    id: 'seated-knee-to-chest',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'seated-hamstring-stretch',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'desk-lean',
    category: 'exercise',
    source: SOURCES.mayoSittingStretches,
  },

  // Hands and forearms
  {
    id: 'forearm-stretch',
    category: 'hands',
    source: SOURCES.mayoSittingStretches,
  },
  {
    id: 'fist-and-spread',
    category: 'hands',
    source: SOURCES.newcastleBodyCheck,
  },

  // Eyes
  {
    id: 'look-far-away',
    category: 'eyes',
    source: SOURCES.stanfordEhs,
  },
  {
    id: 'blink-break',
    category: 'eyes',
    source: SOURCES.hseBreaks,
  },
];

// Built on first use, not at load: a bundle that needs only the categories (the background)
// can then leave the whole library out.
let tipsById: ReadonlyMap<string, LibraryTip> | undefined;

export function tipById(id: string): LibraryTip | undefined {
  tipsById ??= new Map(TIPS.map((tip) => [tip.id, tip]));
  return tipsById.get(id);
}
