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
  formatDose,
  GENERAL_CAUTION,
} from '@/lib/content/exercises';
import { allPoints, FIGURE_BOX } from '@/lib/content/figure';
import { SOURCES } from '@/lib/content/sources';

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const BODY_AREAS = EXERCISE_CATEGORIES.filter((c) => c !== 'standing');

/** The illustration as a standalone SVG document, as a browser or image viewer would read it. */
function svgDocument(exercise: (typeof EXERCISES)[number]): Document {
  const { container, unmount } = render(
    createElement(ExerciseIllustration, { illustration: exercise.illustration }),
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
    expect(e.name.trim().length).toBeGreaterThan(0);
    expect(e.areas.length).toBeGreaterThan(0);
    for (const area of e.areas) expect(BODY_AREAS).toContain(area);
    expect(new Set(e.areas).size).toBe(e.areas.length);
    expect(['seated', 'standing']).toContain(e.position);
    expect(e.steps.length).toBeGreaterThanOrEqual(2);
    for (const step of e.steps) {
      expect(step.trim()).toBe(step);
      expect(step).toMatch(/^[A-Z].*[.!?]$/);
    }
    expect(e.caution).toMatch(/^[A-Z].*[.!?]$/);
    expect(e.illustration.description).toMatch(/^[A-Z].*\.$/);
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

  it('never claims to diagnose, cure or treat', () => {
    const claims =
      /\b(diagnos\w*|cur(e|es|ed|ing)|heal(s|ed|ing)?|treat(s|ed|ing)?|guarantee\w*)\b/i;
    for (const e of EXERCISES) {
      expect([e.name, ...e.steps, e.caution].join(' '), e.id).not.toMatch(claims);
    }
  });

  it('says pain means stop, for every move', () => {
    expect(GENERAL_CAUTION.text).toMatch(/pain means stop/i);
    expect(GENERAL_CAUTION.text).toMatch(/without wheels/i);
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
    expect(title?.textContent).toBe(e.illustration.description);
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

  it('gives each exercise its own picture and description', () => {
    const pictures = new Set(EXERCISES.map((e) => e.illustration));
    const descriptions = new Set(EXERCISES.map((e) => e.illustration.description));
    expect(pictures.size).toBe(EXERCISES.length);
    expect(descriptions.size).toBe(EXERCISES.length);
  });
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
});
