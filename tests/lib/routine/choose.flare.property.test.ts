import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { EXERCISE_CATEGORIES } from '@/lib/content/categories';
import { CUSTOM_POSITIONS, type CustomExercise } from '@/lib/content/custom-exercises';
import { EXERCISES } from '@/lib/content/exercises';
import type { Source } from '@/lib/content/sources';
import {
  chooseMoves,
  chooseRoutine,
  type RoutineRequest,
  routineSeconds,
} from '@/lib/routine/choose';
import { type CustomMove, customMove, isCustomMove } from '@/lib/routine/moves';
import { CUSTOM_EXERCISE_MODES } from '@/lib/settings/schema';

const T0 = new Date(2026, 2, 2, 10, 0).getTime();
const DAY = 24 * 60 * 60_000;

const custom: fc.Arbitrary<CustomExercise> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,8}$/).map((s) => `custom-${s}`),
  name: fc.constant('My move'),
  steps: fc.constant(['Do it']),
  dose: fc.oneof(
    fc.record({
      kind: fc.constant('hold' as const),
      seconds: fc.integer({ min: 5, max: 120 }),
      times: fc.integer({ min: 1, max: 10 }),
    }),
    fc.record({ kind: fc.constant('reps' as const), reps: fc.integer({ min: 1, max: 30 }) }),
  ),
  position: fc.constantFrom(...CUSTOM_POSITIONS),
  illustration: fc.constant(null),
  note: fc.constant(''),
  flare: fc.boolean(),
});

const requests = fc.record({
  breakMs: fc.integer({ min: 0, max: 60 * 60_000 }),
  long: fc.boolean(),
  excluded: fc.subarray([...EXERCISE_CATEGORIES]),
  recent: fc.array(
    fc.record({
      id: fc.constantFrom(...EXERCISES.map((e) => e.id)),
      at: fc.integer({ min: T0 - 2 * DAY, max: T0 }),
    }),
    { maxLength: 20 },
  ),
  startedAt: fc.constant(T0),
  seed: fc.integer(),
  flare: fc.constant(true),
  custom: fc.uniqueArray(custom, { selector: (c) => c.id, maxLength: 8 }),
  mode: fc.constantFrom(...CUSTOM_EXERCISE_MODES),
});

describe('flare mode routines', () => {
  it('never schedules a move unsuited to a painful back, for every break length and exclusion set', () => {
    fc.assert(
      fc.property(requests, (req) => {
        for (const move of chooseRoutine(req)) expect(move.flare, move.id).toBe(true);
        const moves = chooseMoves(req);
        for (const move of moves) expect(move.flare, move.id).toBe(true);
        expect(routineSeconds(moves) * 1000).toBeLessThanOrEqual(req.breakMs);
        expect(new Set(moves.map((m) => m.id)).size).toBe(moves.length);
      }),
      { numRuns: 500 },
    );
  });

  it('still brings a walk in a flare break of a minute or more, unless standing is switched off', () => {
    const req: RoutineRequest = {
      breakMs: 60_000,
      long: false,
      excluded: [],
      recent: [],
      startedAt: T0,
      seed: 1,
      flare: true,
    };
    expect(chooseRoutine(req).map((m) => m.id)).toEqual(['walk-break']);
    expect(
      chooseRoutine({ ...req, excluded: ['standing'] }).every((m) => m.position === 'seated'),
    ).toBe(true);
  });

  it('marks gentle moves only: walking and gentle mobility in, deep and loaded stretches out', () => {
    const flare = new Set(EXERCISES.filter((e) => e.flare).map((e) => e.id));
    for (const id of ['walk-break', 'shoulder-rolls', 'slouch-to-tall', 'head-turn']) {
      expect(flare.has(id), id).toBe(true);
    }
    for (const id of [
      'seated-hamstring',
      'figure-four',
      'desk-lean',
      'standing-back-bend',
      'seated-knee-to-chest',
    ]) {
      expect(flare.has(id), id).toBe(false);
    }
  });
});

describe('routines with the user’s own exercises', () => {
  const base = {
    breakMs: 5 * 60_000,
    long: true,
    excluded: [],
    recent: [],
    startedAt: T0,
    seed: 7,
  } as const;
  const mine: CustomExercise[] = [
    {
      id: 'custom-a',
      name: 'Bridge',
      steps: ['Lie down'],
      dose: { kind: 'reps', reps: 5 },
      position: 'floor',
      illustration: null,
      note: '',
      flare: false,
    },
    {
      id: 'custom-b',
      name: 'Tuck',
      steps: ['Sit'],
      dose: { kind: 'hold', seconds: 10, times: 2 },
      position: 'seated',
      illustration: null,
      note: 'Gently',
      flare: true,
    },
  ];

  it('"only" gives their moves alone; Limber’s fill in only when none of theirs fits', () => {
    const moves = chooseMoves({ ...base, custom: mine, mode: 'only' });
    expect(moves.map((m) => m.id).sort()).toEqual(['custom-a', 'custom-b']);
    const flare = chooseMoves({ ...base, custom: mine, mode: 'only', flare: true });
    expect(flare.map((m) => m.id)).toEqual(['custom-b']);
    const none = chooseMoves({ ...base, custom: [], mode: 'only' });
    expect(none.length).toBeGreaterThan(0);
    expect(none.some(isCustomMove)).toBe(false);
  });

  it('"always" includes one of theirs in every break it fits', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 30_000, max: 60 * 60_000 }), (seed, breakMs) => {
        const moves = chooseMoves({ ...base, seed, breakMs, custom: mine, mode: 'always' });
        expect(moves.filter(isCustomMove)).toHaveLength(1);
        expect(routineSeconds(moves) * 1000).toBeLessThanOrEqual(breakMs);
      }),
    );
  });

  it('"mixed" includes one of theirs in some breaks and not in others', () => {
    const counts = Array.from(
      { length: 40 },
      (_, seed) =>
        chooseMoves({ ...base, seed, custom: mine, mode: 'mixed' }).filter(isCustomMove).length,
    );
    expect(counts.every((n) => n <= 1)).toBe(true);
    expect(counts).toContain(0);
    expect(counts).toContain(1);
  });

  it('leaves their standing moves out when standing is switched off', () => {
    const standing: CustomExercise = {
      ...(mine[1] as CustomExercise),
      id: 'custom-s',
      position: 'standing',
    };
    const moves = chooseMoves({
      ...base,
      excluded: ['standing'],
      custom: [standing],
      mode: 'only',
    });
    expect(moves.some(isCustomMove)).toBe(false);
  });

  it('shows a custom move as from the therapist, never with a Limber source', () => {
    const move = customMove(mine[0] as CustomExercise);
    expect(move.origin).toBe('therapist');
    expect(move).not.toHaveProperty('source');
    expect(isCustomMove(move)).toBe(true);
    expect(EXERCISES.some((e) => isCustomMove(e))).toBe(false);
    for (const m of chooseMoves({ ...base, custom: mine, mode: 'only' })) {
      expect('source' in m).toBe(false);
    }
    // The type allows no source at all.
    expectTypeOf<CustomMove['source']>().toEqualTypeOf<undefined>();
    // @ts-expect-error a custom move cannot be given a Limber source
    const withSource: CustomMove = { ...move, source: {} as Source };
    expect(withSource).toBeDefined();
  });
});
