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

const allowedMoves = (req: RoutineRequest) =>
  EXERCISES.filter((e) => !categoriesOf(e).some((c) => req.excluded.includes(c)));

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

  it('stops only when no other allowed move fits, or the break has its most moves', () => {
    fc.assert(
      fc.property(requests, (req) => {
        const moves = chooseRoutine(req);
        if (moves.length === (req.long ? MAX_MOVES.long : MAX_MOVES.short)) return;
        const unused = Math.floor(req.breakMs / 1000) - routineSeconds(moves);
        const fits = allowedMoves(req).filter((e) => !moves.includes(e) && e.seconds <= unused);
        expect(fits.map((e) => e.id)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('repeats a body area only when no move for a new area would have fitted', () => {
    fc.assert(
      fc.property(requests, (req) => {
        const moves = chooseRoutine(req);
        const covered = new Set(moves.flatMap((m) => m.areas));
        const unused = Math.floor(req.breakMs / 1000) - routineSeconds(moves);
        const fresh = allowedMoves(req).filter((e) => e.areas.every((a) => !covered.has(a)));
        // Of two moves sharing an area, the one chosen second had time for any move that fits
        // in its own length plus the time left unused: none of those may bring only new areas.
        const couldHaveBeenFresh = (move: (typeof moves)[number]) =>
          fresh.some((e) => e.seconds <= unused + move.seconds);
        for (const [i, a] of moves.entries()) {
          for (const b of moves.slice(i + 1)) {
            if (!a.areas.some((area) => b.areas.includes(area))) continue;
            expect(couldHaveBeenFresh(a) && couldHaveBeenFresh(b), `${a.id} and ${b.id}`).toBe(
              false,
            );
          }
        }
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
