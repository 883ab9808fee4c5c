import { EXERCISE_CATEGORIES } from '@/lib/content/categories';
import type { BodyArea, Exercise, Position } from '@/lib/content/exercises';

/** The body areas the library filters by: every category but 'standing', which is a position. */
export const LIBRARY_AREAS: readonly BodyArea[] = EXERCISE_CATEGORIES.filter(
  (category): category is BodyArea => category !== 'standing',
);

export const LIBRARY_POSITIONS: readonly Position[] = ['seated', 'standing'];

export interface LibraryFilter {
  /** A body area the move must work, or every move. */
  area: BodyArea | 'all';
  position: Position | 'all';
}

export const NO_FILTER: LibraryFilter = { area: 'all', position: 'all' };

/** The moves that work the chosen area in the chosen position, in the library's own order. */
export function filterLibrary(
  exercises: readonly Exercise[],
  { area, position }: LibraryFilter,
): Exercise[] {
  return exercises.filter(
    (exercise) =>
      (area === 'all' || exercise.areas.includes(area)) &&
      (position === 'all' || exercise.position === position),
  );
}
