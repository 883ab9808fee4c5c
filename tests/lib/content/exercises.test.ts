import { render } from '@testing-library/preact';
import { createElement } from 'preact';
import { describe, expect, it } from 'vitest';
import { ExerciseIllustration } from '@/components/ExerciseIllustration';
import { EXERCISE_CATEGORIES } from '@/lib/content/categories';
import {
  categoriesOf,
  doseSeconds,
  EXERCISES,
  exerciseById,
  exerciseCaution,
  exerciseName,
  exerciseSteps,
  formatDose,
  GENERAL_CAUTION,
  generalCaution,
  illustrationTitle,
  messageKeys,
  messagePrefix,
} from '@/lib/content/exercises';
import { allPoints, FIGURE_BOX } from '@/lib/content/figure';
import { SOURCES } from '@/lib/content/sources';
import { LOCALES, type Locale } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import { useTestLocale } from '../../support/i18n';

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const BODY_AREAS = EXERCISE_CATEGORIES.filter((c) => c !== 'standing');
const catalogs = readCatalogs();
/** A whole sentence: a capital first (after Spanish ¡ or ¿), a full stop or the like last. */
const SENTENCE = /^[¡¿]?\p{Lu}.*[.!?]$/u;

/** The illustration as a standalone SVG document, as a browser or image viewer would read it. */
function svgDocument(exercise: (typeof EXERCISES)[number]): Document {
  const { container, unmount } = render(
    createElement(ExerciseIllustration, {
      illustration: exercise.illustration,
      title: illustrationTitle(exercise),
    }),
  );
  const markup = container.innerHTML;
  unmount();
  return new DOMParser().parseFromString(markup, 'image/svg+xml');
}

describe('exercise library', () => {
  it('has at least 20 exercises with unique kebab-case ids', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(20);
    const ids = EXERCISES.map((e) => e.id);
    for (const id of ids) expect(id).toMatch(KEBAB_CASE);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s has every field filled in', (_id, e) => {
    expect(e.areas.length).toBeGreaterThan(0);
    for (const area of e.areas) expect(BODY_AREAS).toContain(area);
    expect(new Set(e.areas).size).toBe(e.areas.length);
    expect(['seated', 'standing']).toContain(e.position);
    expect(Number.isInteger(e.stepCount)).toBe(true);
    expect(e.stepCount).toBeGreaterThanOrEqual(2);
  });

  it('gives each move enough time for its whole dose', () => {
    for (const e of EXERCISES) {
      expect(e.seconds, e.id).toBeGreaterThanOrEqual(doseSeconds(e.dose));
      // A routine is for a 1-3 minute break: no single move may eat most of it.
      expect(e.seconds, e.id).toBeLessThanOrEqual(90);
    }
  });

  it('takes every source from the shared source list, with an https link', () => {
    const known = Object.values(SOURCES);
    for (const e of [...EXERCISES, GENERAL_CAUTION]) {
      expect(known).toContain(e.source);
      expect(new URL(e.source.url).protocol).toBe('https:');
    }
  });

  it('puts standing moves, and only those, in the "standing" category', () => {
    for (const e of EXERCISES) {
      expect(categoriesOf(e).includes('standing'), e.id).toBe(e.position === 'standing');
      expect(categoriesOf(e), e.id).toEqual(expect.arrayContaining([...e.areas]));
    }
  });

  it('offers at least one move for every category, and seated moves for every body area', () => {
    for (const category of EXERCISE_CATEGORIES) {
      expect(
        EXERCISES.some((e) => categoriesOf(e).includes(category)),
        category,
      ).toBe(true);
    }
    // Someone who cannot stand still gets something for each part of the body.
    for (const area of BODY_AREAS) {
      const seated = EXERCISES.filter((e) => e.position === 'seated' && e.areas.includes(area));
      expect(seated.length, area).toBeGreaterThan(0);
    }
  });

  it('never claims to diagnose, cure or treat, in any language', () => {
    const claims: Record<Locale, RegExp> = {
      en: /\b(diagnos\w*|cur(e|es|ed|ing)|heal(s|ed|ing)?|treat(s|ed|ing)?|guarantee\w*)\b/i,
      es: /(diagn[oó]s|\bcur(a|ar|an|ación)\b|sana|trata(r|miento)|garant)/i,
      de: /(diagnos|heil(t|en|ung)|behandl|therap|garant)/i,
      fr: /(diagnos|guéri|soign|trait(e|er|ement)\b|garanti)/i,
    };
    for (const locale of LOCALES) {
      useTestLocale(locale);
      for (const e of EXERCISES) {
        const words = [exerciseName(e), ...exerciseSteps(e), exerciseCaution(e)].join(' ');
        expect(words, `${locale} ${e.id}`).not.toMatch(claims[locale]);
      }
    }
  });

  it('says what discomfort is fine and when to stop, for every move, in every language', () => {
    // Mild, familiar discomfort is fine; sharp pain, pain down a leg, or new pins and needles or
    // numbness mean stop (a clinical review replaced the old "pain means stop").
    const said: Record<Locale, RegExp[]> = {
      en: [
        /mild, familiar discomfort while you move is fine/i,
        /sharp pain/,
        /pain that spreads down a leg/,
        /new pins and needles or numbness/,
        /makes your symptoms worse/,
        /without bouncing/,
        /keep breathing/,
        /chair without wheels/,
      ],
      es: [
        /molestia leve y conocida/,
        /dolor agudo/,
        /dolor que baja por una pierna/,
        /hormigueo o un adormecimiento nuevos/,
        /empeore tus síntomas/,
        /sin rebotes/,
        /sigue respirando/,
        /sin ruedas/,
      ],
      de: [
        /Leichte, vertraute Beschwerden/,
        /stechendem Schmerz/,
        /in ein Bein ausstrahlt/,
        /neuem Kribbeln oder Taubheitsgefühl/,
        /verschlimmert/,
        /ohne zu wippen/,
        /atmen Sie weiter/,
        /ohne Rollen/,
      ],
      fr: [
        /gêne légère et familière/,
        /douleur vive/,
        /douleur qui descend dans une jambe/,
        /fourmillements ou d’engourdissement nouveaux/,
        /aggrave vos symptômes/,
        /sans faire de rebonds/,
        /continuez à respirer/,
        /sans roulettes/,
      ],
    };
    for (const locale of LOCALES) {
      useTestLocale(locale);
      for (const pattern of said[locale]) expect(generalCaution(), locale).toMatch(pattern);
      expect(generalCaution(), locale).not.toMatch(
        /pain means stop|el dolor significa|Schmerz heißt|une douleur signifie/i,
      );
    }
  });

  it('gives the moves with a particular risk their own caution, in every language', () => {
    const caution = (id: string) => {
      const move = exerciseById(id);
      if (!move) throw new Error(`no ${id}`);
      return exerciseCaution(move);
    };
    const step = (id: string, n: number) => {
      const move = exerciseById(id);
      if (!move) throw new Error(`no ${id}`);
      return exerciseSteps(move)[n - 1];
    };
    const said: Record<Locale, { ahead: RegExp; leg: RegExp; hip: RegExp }> = {
      en: {
        ahead: /looking straight ahead, not up/,
        leg: /tingling, or pain spreading down your leg/,
        hip: /after a hip replacement unless your surgeon or physiotherapist/,
      },
      es: {
        ahead: /mirada al frente, no hacia arriba/,
        leg: /hormigueo o un dolor que baja por la pierna/,
        hip: /prótesis de cadera, salvo que tu cirujano o tu fisioterapeuta/,
      },
      de: {
        ahead: /geradeaus, nicht nach oben/,
        leg: /kribbelt oder ein Schmerz ins Bein ausstrahlt/,
        hip: /Hüftgelenkersatz weg, es sei denn, Ihr Operationsteam oder Ihre Physiopraxis/,
      },
      fr: {
        ahead: /droit devant vous, pas vers le haut/,
        leg: /fourmillements ou de douleur qui descend dans la jambe/,
        hip: /prothèse de hanche, sauf si votre chirurgien ou votre kinésithérapeute/,
      },
    };
    for (const locale of LOCALES) {
      useTestLocale(locale);
      const { ahead, leg, hip } = said[locale];
      // The back bend is an extension: look ahead, not up.
      expect(step('standing-back-bend', 2), locale).toMatch(ahead);
      expect(caution('seated-hamstring'), locale).toMatch(leg);
      expect(caution('figure-four'), locale).toMatch(hip);
      expect(caution('seated-knee-to-chest'), locale).toMatch(hip);
    }
  });

  it('shows a name, whole-sentence steps and a caution in the user’s language', () => {
    const walk = exerciseById('walk-break');
    if (!walk) throw new Error('no walk break');
    expect(exerciseName(walk)).toBe('Walk break');
    expect(exerciseSteps(walk)[0]).toBe('Stand up slowly.');
    useTestLocale('de');
    expect(exerciseName(walk)).toBe('Gehpause');
    expect(exerciseSteps(walk)[0]).toBe('Stehen Sie langsam auf.');
    expect(exerciseCaution(walk)).toMatch(/Handlauf/);
  });

  it('finds each exercise by id and nothing for an unknown id', () => {
    for (const e of EXERCISES) expect(exerciseById(e.id)).toBe(e);
    expect(exerciseById('no-such-move')).toBeUndefined();
  });
});

describe('exercise illustrations', () => {
  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s is a valid, titled SVG', (_id, e) => {
    const doc = svgDocument(e);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const svg = doc.documentElement;
    expect(svg.tagName).toBe('svg');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${FIGURE_BOX} ${FIGURE_BOX}`);
    const title = svg.querySelector('title');
    expect(title?.textContent).toBe(illustrationTitle(e));
    expect(svg.getAttribute('aria-labelledby')).toBe(title?.getAttribute('id'));
    // Drawn, not embedded: no raster images, links or scripts.
    expect(svg.querySelectorAll('image, use, script, foreignObject, a')).toHaveLength(0);
    for (const path of svg.querySelectorAll('path')) {
      expect(path.getAttribute('d')).toMatch(/^M[\d. ]+([MLC][\d. -]+)*$/);
    }
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s shows the motion', (_id, e) => {
    const doc = svgDocument(e);
    expect(doc.querySelectorAll('.fig-moving').length, 'a highlighted moving part').toBeGreaterThan(
      0,
    );
    expect(doc.querySelectorAll('.fig-arrow').length, 'an arrow').toBeGreaterThan(0);
    expect(doc.querySelectorAll('circle.fig-body, circle.fig-moving'), 'one head').toHaveLength(1);
  });

  it('draws every point inside the picture', () => {
    for (const e of EXERCISES) {
      for (const [x, y] of allPoints(e.illustration)) {
        expect(x, e.id).toBeGreaterThanOrEqual(2);
        expect(x, e.id).toBeLessThanOrEqual(FIGURE_BOX - 2);
        expect(y, e.id).toBeGreaterThanOrEqual(2);
        expect(y, e.id).toBeLessThanOrEqual(FIGURE_BOX - 2);
      }
    }
  });

  it('gives each exercise its own picture, and its own description in every language', () => {
    const pictures = new Set(EXERCISES.map((e) => e.illustration));
    expect(pictures.size).toBe(EXERCISES.length);
    for (const locale of LOCALES) {
      useTestLocale(locale);
      const descriptions = new Set(EXERCISES.map(illustrationTitle));
      expect(descriptions.size, locale).toBe(EXERCISES.length);
    }
  });
});

describe('exercise messages', () => {
  it.each(EXERCISES.map((e) => [e.id, e] as const))(
    '%s has its name, every step, a caution and a picture description in English',
    (_id, e) => {
      const missing = messageKeys(e).filter((key) => catalogs.en[key] === undefined);
      expect(missing).toEqual([]);
    },
  );

  it('has no message for a step, or a move, that is not there', () => {
    const known = new Set(EXERCISES.flatMap(messageKeys));
    const prefixes = EXERCISES.map((e) => `${messagePrefix(e)}_`);
    const perMove = Object.keys(catalogs.en).filter((key) =>
      prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(perMove.filter((key) => !known.has(key))).toEqual([]);
    // Every other key of the area is shared page or dose wording, not a lost move.
    const lost = Object.keys(catalogs.en).filter(
      (key) => /^exercises_[a-z_]+_step_\d+$/.test(key) && !known.has(key),
    );
    expect(lost).toEqual([]);
  });

  it.each(LOCALES)('%s writes every step, caution and description as whole sentences', (locale) => {
    const catalog = catalogs[locale];
    for (const e of EXERCISES) {
      for (const key of messageKeys(e).filter((k) => !k.endsWith('_name'))) {
        const text = catalog[key] ?? '';
        expect(text.trim(), key).toBe(text);
        expect(text, key).toMatch(SENTENCE);
      }
      expect((catalog[`${messagePrefix(e)}_name`] ?? '').trim().length, e.id).toBeGreaterThan(0);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s keeps every figure of the instructions and cautions',
    (locale) => {
      // Health text must not change a dose: the digits in each instruction stay the same.
      const keys = [
        'exercises_general_caution',
        ...EXERCISES.flatMap(messageKeys).filter((k) => !k.endsWith('_name')),
      ];
      const digits = (text: string | undefined) => (text ?? '').match(/\d+/g) ?? [];
      for (const key of keys) {
        expect(digits(catalogs[locale][key]), key).toEqual(digits(catalogs.en[key]));
      }
    },
  );
});

describe('formatDose', () => {
  it('says how long to hold, on which side and how often', () => {
    expect(formatDose({ kind: 'hold', seconds: 20 })).toBe('Hold 20 seconds');
    expect(formatDose({ kind: 'hold', seconds: 20, per: 'side' })).toBe(
      'Hold 20 seconds each side',
    );
    expect(formatDose({ kind: 'hold', seconds: 20, times: 3 })).toBe(
      'Hold 20 seconds, three times',
    );
    expect(formatDose({ kind: 'hold', seconds: 15, per: 'arm', times: 2 })).toBe(
      'Hold 15 seconds each arm, twice',
    );
  });

  it('counts repetitions, each way or each side', () => {
    expect(formatDose({ kind: 'reps', reps: 5 })).toBe('5 times');
    expect(formatDose({ kind: 'reps', reps: 3, per: 'direction' })).toBe('3 times each way');
    expect(formatDose({ kind: 'reps', reps: 3, per: 'side' })).toBe('3 times each side');
  });

  it('puts whole minutes in minutes', () => {
    expect(formatDose({ kind: 'keep-going', seconds: 60 })).toBe('Keep going for 1 minute or more');
    expect(formatDose({ kind: 'keep-going', seconds: 120 })).toBe(
      'Keep going for 2 minutes or more',
    );
    expect(formatDose({ kind: 'keep-going', seconds: 20 })).toBe(
      'Keep going for 20 seconds or more',
    );
  });

  it('says the dose in the user’s language, with the same numbers', () => {
    useTestLocale('de');
    expect(formatDose({ kind: 'hold', seconds: 20, per: 'side' })).toBe(
      '20 Sekunden pro Seite halten',
    );
    expect(formatDose({ kind: 'hold', seconds: 15, per: 'arm', times: 2 })).toBe(
      '15 Sekunden pro Arm halten, zweimal',
    );
    expect(formatDose({ kind: 'reps', reps: 3, per: 'direction' })).toBe('3-mal in jede Richtung');
    useTestLocale('fr');
    expect(formatDose({ kind: 'hold', seconds: 30, per: 'leg' })).toBe(
      'Tenez 30 secondes par jambe',
    );
    expect(formatDose({ kind: 'keep-going', seconds: 60 })).toBe(
      'Continuez pendant 1 minute ou plus',
    );
    useTestLocale('es');
    expect(formatDose({ kind: 'hold', seconds: 20, times: 3 })).toBe(
      'Mantén 20 segundos, tres veces',
    );
    expect(formatDose({ kind: 'reps', reps: 5 })).toBe('5 veces');
  });

  it('counts past five in figures, and a single repetition in the singular', () => {
    expect(formatDose({ kind: 'hold', seconds: 10, times: 6 })).toBe('Hold 10 seconds, 6 times');
    expect(formatDose({ kind: 'reps', reps: 1, per: 'side' })).toBe('1 time each side');
  });

  it.each(LOCALES)('%s words every dose the library uses', (locale) => {
    useTestLocale(locale);
    for (const e of EXERCISES) {
      const dose = formatDose(e.dose);
      // A missing message shows as its own name, which is all lower case with underscores.
      expect(dose, e.id).not.toMatch(/exercises_/);
      expect(dose.length, e.id).toBeLessThanOrEqual(48);
    }
  });
});
