import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISE_CATEGORIES, type ExerciseCategory } from '@/lib/content/categories';
import { categoriesOf, EXERCISES, type Exercise } from '@/lib/content/exercises';
import { chooseRoutine, type RoutineRequest } from '@/lib/routine/choose';

// The studies behind the break schedule are about standing and walking (Thorp 2014; Dunstan
// 2012; Duran 2023): every guided break should get the user on their feet.

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = new Date(2026, 2, 2, 10, 0).getTime();
const exerciseIds = EXERCISES.map((e) => e.id);
/** Every break length the settings allow, in whole minutes. */
const BREAK_MINUTES = Array.from({ length: 60 }, (_, i) => i + 1);

const isStanding = (move: Exercise) => move.position === 'standing';
const allowed = (excluded: readonly ExerciseCategory[]) =>
  EXERCISES.filter((e) => !categoriesOf(e).some((c) => excluded.includes(c)));
const standingAllowed = (excluded: readonly ExerciseCategory[]) =>
  allowed(excluded).some(isStanding);

const recent = fc.array(
  fc.record({
    id: fc.oneof(fc.constantFrom(...exerciseIds), fc.string()),
    at: fc.integer({ min: T0 - 8 * DAY, max: T0 + DAY }),
  }),
  { maxLength: 40 },
);

/** Categories switched off, leaving at least one standing move. */
const keepsAStandingMove = fc
  .subarray([...EXERCISE_CATEGORIES])
  .filter((excluded) => standingAllowed(excluded));

/** Categories switched off so that no standing move is left. */
const noStandingMove = fc
  .subarray([...EXERCISE_CATEGORIES])
  .filter((excluded) => !standingAllowed(excluded));

function breakOf(minutes: number, long: boolean): fc.Arbitrary<RoutineRequest> {
  return fc.record({
    breakMs: fc.constant(minutes * MIN),
    long: fc.constant(long),
    excluded: keepsAStandingMove,
    recent,
    startedAt: fc.integer({ min: T0 - DAY, max: T0 + DAY }),
    seed: fc.integer(),
  });
}

describe('every guided break gets the user on their feet', () => {
  it('has standing moves to offer, short enough for the shortest break', () => {
    const standing = EXERCISES.filter(isStanding);
    expect(standing.map((e) => e.id)).toContain('walk-break');
    expect(Math.min(...standing.map((e) => e.seconds))).toBeLessThanOrEqual(60);
  });

  describe.each([false, true])('long: %s', (long) => {
    it.each(BREAK_MINUTES)(
      'a %i-minute break includes a standing move or a walk, for any seed',
      (minutes) => {
        fc.assert(
          fc.property(breakOf(minutes, long), (req) => {
            const moves = chooseRoutine(req);
            expect(moves.length).toBeGreaterThan(0);
            expect(
              moves.filter(isStanding).map((m) => m.id),
              moves.map((m) => m.id).join(','),
            ).not.toEqual([]);
          }),
          { numRuns: 60 },
        );
      },
    );
  });

  it('includes a standing move whenever an allowed one fits, whatever the break length', () => {
    fc.assert(
      fc.property(
        fc.record({
          breakMs: fc.integer({ min: 0, max: 60 * MIN }),
          long: fc.boolean(),
          excluded: fc.subarray([...EXERCISE_CATEGORIES]),
          recent,
          startedAt: fc.integer({ min: T0 - DAY, max: T0 + DAY }),
          seed: fc.integer(),
        }),
        (req) => {
          const fits = allowed(req.excluded).some(
            (e) => isStanding(e) && e.seconds * 1000 <= req.breakMs,
          );
          expect(chooseRoutine(req).some(isStanding)).toBe(fits);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives seated moves only, without failing, when every standing move is switched off', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        noStandingMove,
        fc.integer(),
        (minutes, long, excluded, seed) => {
          const req = { breakMs: minutes * MIN, long, excluded, recent: [], startedAt: T0, seed };
          const moves = chooseRoutine(req);
          expect(moves.some(isStanding)).toBe(false);
          // Something is still offered whenever an allowed move fits the break.
          const fits = allowed(excluded).some((e) => e.seconds * 1000 <= req.breakMs);
          expect(moves.length > 0).toBe(fits);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the standing move after the seated ones, so nobody gets up and sits down again', () => {
    for (const minutes of BREAK_MINUTES) {
      for (let seed = 0; seed < 10; seed++) {
        const moves = chooseRoutine({
          breakMs: minutes * MIN,
          long: minutes >= 5,
          excluded: [],
          recent: [],
          startedAt: T0,
          seed,
        });
        const firstStanding = moves.findIndex(isStanding);
        expect(firstStanding).toBeGreaterThanOrEqual(0);
        expect(moves.slice(firstStanding).every(isStanding), `${minutes} min, seed ${seed}`).toBe(
          true,
        );
      }
    }
  });
});
