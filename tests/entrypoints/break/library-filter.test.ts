import { describe, expect, it } from 'vitest';
import {
  filterLibrary,
  LIBRARY_AREAS,
  LIBRARY_POSITIONS,
  NO_FILTER,
} from '@/entrypoints/break/library-filter';
import { EXERCISES } from '@/lib/content/exercises';

describe('the exercise library’s filter', () => {
  it('shows every move, in the library’s order, with no filter', () => {
    expect(filterLibrary(EXERCISES, NO_FILTER)).toEqual(EXERCISES);
  });

  it('offers every body area a move works, and not the standing category', () => {
    expect(LIBRARY_AREAS).not.toContain('standing');
    const worked = new Set(EXERCISES.flatMap((e) => e.areas));
    expect(new Set(LIBRARY_AREAS)).toEqual(worked);
  });

  it('keeps only the moves that work the chosen area', () => {
    for (const area of LIBRARY_AREAS) {
      const shown = filterLibrary(EXERCISES, { area, position: 'all' });
      expect(shown.length, area).toBeGreaterThan(0);
      expect(shown.every((e) => e.areas.includes(area))).toBe(true);
      expect(shown).toEqual(EXERCISES.filter((e) => e.areas.includes(area)));
    }
    expect(filterLibrary(EXERCISES, { area: 'neck', position: 'all' }).map((e) => e.id)).toEqual([
      'ear-to-shoulder',
      'head-turn',
      'chin-to-chest',
    ]);
  });

  it('keeps only the moves done in the chosen position, and both filters at once', () => {
    for (const position of LIBRARY_POSITIONS) {
      const shown = filterLibrary(EXERCISES, { area: 'all', position });
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((e) => e.position === position)).toBe(true);
    }
    expect(
      filterLibrary(EXERCISES, { area: 'low-back', position: 'standing' }).map((e) => e.id),
    ).toEqual(['standing-back-bend', 'desk-lean']);
    expect(filterLibrary(EXERCISES, { area: 'eyes', position: 'standing' })).toEqual([]);
  });
});
