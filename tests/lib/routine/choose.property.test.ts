import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISE_CATEGORIES } from '@/lib/content/categories';
import { categoriesOf, EXERCISES } from '@/lib/content/exercises';
import {
  chooseRoutine,
  MAX_MOVES,
  type RoutineRequest,
  routineSeconds,
} from '@/lib/routine/choose';

const T0 = new Date(2026, 2, 2, 10, 0).getTime();
const DAY = 24 * 60 * 60_000;
const exerciseIds = EXERCISES.map((e) => e.id);

const requests: fc.Arbitrary<RoutineRequest> = fc.record({
  // From under the shortest move to a full hour, the longest break the settings allow.
  breakMs: fc.integer({ min: 0, max: 60 * 60_000 }),
  long: fc.boolean(),
  excluded: fc.subarray([...EXERCISE_CATEGORIES]),
  recent: fc.array(
    fc.record({
      id: fc.oneof(fc.constantFrom(...exerciseIds), fc.string()),
      at: fc.integer({ min: T0 - 8 * DAY, max: T0 + DAY }),
    }),
    { maxLength: 40 },
  ),
  startedAt: fc.integer({ min: T0 - DAY, max: T0 + DAY }),
  seed: fc.integer(),
});

describe('chooseRoutine, for any request', () => {
  it('fits the break length, with no repeats and no more moves than the break allows', () => {
    fc.assert(
      fc.property(requests, (req) => {
        const moves = chooseRoutine(req);
        expect(routineSeconds(moves) * 1000).toBeLessThanOrEqual(req.breakMs);
        expect(new Set(moves).size).toBe(moves.length);
        expect(moves.length).toBeLessThanOrEqual(req.long ? MAX_MOVES.long : MAX_MOVES.short);
      }),
      { numRuns: 500 },
    );
  });

  it("honours the user's excluded categories", () => {
    fc.assert(
      fc.property(requests, (req) => {
        for (const move of chooseRoutine(req)) {
          for (const category of categoriesOf(move)) expect(req.excluded).not.toContain(category);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('always offers something when some allowed move fits', () => {
    fc.assert(
      fc.property(requests, (req) => {
        const fits = EXERCISES.some(
          (e) =>
            e.seconds * 1000 <= req.breakMs &&
            !categoriesOf(e).some((c) => req.excluded.includes(c)),
        );
        expect(chooseRoutine(req).length > 0).toBe(fits);
      }),
      { numRuns: 500 },
    );
  });

  it('covers as many body areas as it has moves, or all the allowed moves offer', () => {
    fc.assert(
      fc.property(requests, (req) => {
        const moves = chooseRoutine(req);
        // Every move brings an area of its own until the areas on offer run out, so the
        // routine covers at least as many areas as it has moves (or all there are).
        const allowed = EXERCISES.filter(
          (e) => !categoriesOf(e).some((c) => req.excluded.includes(c)),
        );
        const areasOnOffer = new Set(allowed.flatMap((e) => e.areas));
        const covered = new Set(moves.flatMap((m) => m.areas));
        expect(covered.size).toBeGreaterThanOrEqual(Math.min(moves.length, areasOnOffer.size));
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic: the same request gives the same routine', () => {
    fc.assert(
      fc.property(requests, (req) => {
        expect(chooseRoutine(req)).toEqual(chooseRoutine(structuredClone(req)));
      }),
      { numRuns: 200 },
    );
  });
});
