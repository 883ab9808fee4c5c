import { describe, expect, it } from 'vitest';
import { EXERCISE_CATEGORIES } from '@/lib/content/categories';
import { categoriesOf, EXERCISES, type Exercise } from '@/lib/content/exercises';
import {
  chooseRoutine,
  MAX_MOVES,
  type RoutineRequest,
  routineSeconds,
  startOfYesterday,
} from '@/lib/routine/choose';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
/** Monday 2026-03-02 10:00 in Europe/London (the zone the unit tests run in). */
const T0 = new Date(2026, 2, 2, 10, 0).getTime();

function request(overrides: Partial<RoutineRequest> = {}): RoutineRequest {
  return {
    breakMs: 2 * MIN,
    long: false,
    excluded: [],
    recent: [],
    startedAt: T0,
    seed: T0,
    ...overrides,
  };
}

const ids = (moves: readonly Exercise[]) => moves.map((m) => m.id);

describe('chooseRoutine', () => {
  it('gives a default 2-minute micro break one or two moves that fit it', () => {
    const moves = chooseRoutine(request());
    expect(moves.length).toBeGreaterThanOrEqual(1);
    expect(moves.length).toBeLessThanOrEqual(MAX_MOVES.short);
    expect(routineSeconds(moves)).toBeLessThanOrEqual(120);
  });

  it('gives a long break a sequence of moves', () => {
    const moves = chooseRoutine(request({ breakMs: 5 * MIN, long: true }));
    expect(moves.length).toBeGreaterThan(MAX_MOVES.short);
    expect(moves.length).toBeLessThanOrEqual(MAX_MOVES.long);
    expect(routineSeconds(moves)).toBeLessThanOrEqual(300);
    expect(new Set(ids(moves)).size).toBe(moves.length);
  });

  it('works a different body area with each move of a long break while it can', () => {
    const moves = chooseRoutine(request({ breakMs: 5 * MIN, long: true }));
    const seen = new Set<string>();
    for (const move of moves.slice(0, 4)) {
      expect(
        move.areas.some((a) => !seen.has(a)),
        `${move.id} adds nothing new`,
      ).toBe(true);
      for (const area of move.areas) seen.add(area);
    }
  });

  it('never picks a move from an excluded category', () => {
    const moves = chooseRoutine(
      request({ breakMs: 10 * MIN, long: true, excluded: ['standing', 'neck'] }),
    );
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) {
      expect(move.position).toBe('seated');
      expect(move.areas).not.toContain('neck');
    }
  });

  it('returns no moves when every category is excluded', () => {
    const moves = chooseRoutine(
      request({
        excluded: [...EXERCISE_CATEGORIES],
      }),
    );
    expect(moves).toEqual([]);
  });

  it('returns no moves when the break is shorter than any move', () => {
    const shortest = Math.min(...EXERCISES.map((e) => e.seconds));
    expect(chooseRoutine(request({ breakMs: (shortest - 1) * 1000 }))).toEqual([]);
    expect(chooseRoutine(request({ breakMs: shortest * 1000 })).length).toBe(1);
  });

  it('avoids the moves shown yesterday when others would do', () => {
    const first = chooseRoutine(request({ startedAt: T0 - DAY, seed: 7 }));
    const yesterday = first.map((m, i) => ({ id: m.id, at: T0 - DAY + i * 1000 }));
    const today = chooseRoutine(request({ seed: 7, recent: yesterday }));
    expect(today.length).toBeGreaterThan(0);
    for (const move of today) expect(ids(first)).not.toContain(move.id);
  });

  it('shows again the moves seen longest ago when everything was seen recently', () => {
    // Only the eye and neck moves are allowed, and all were shown yesterday, in this order.
    const excluded = ['standing', 'shoulders', 'upper-back', 'low-back', 'hips-legs'] as const;
    const allowed = EXERCISES.filter(
      (e) => !categoriesOf(e).some((c) => excluded.includes(c as never)),
    );
    const shown = [
      'head-turn',
      'eye-break',
      'chin-to-chest',
      'ear-to-shoulder',
      'forearm-stretch',
      'fist-and-spread',
    ];
    expect([...ids(allowed)].sort()).toEqual([...shown].sort());
    const recent = shown.map((id, i) => ({ id, at: T0 - DAY + i * MIN }));
    const moves = chooseRoutine(request({ excluded: [...excluded], recent, breakMs: 90_000 }));
    // First the neck move shown longest ago, then the area not yet worked that was shown longest ago.
    expect(ids(moves).sort()).toEqual(['eye-break', 'head-turn']);
  });

  it('ignores what was shown before yesterday and what this same break already showed', () => {
    const base = chooseRoutine(request({ seed: 3 }));
    const old = base.map((m) => ({ id: m.id, at: startOfYesterday(T0) - 1 }));
    const sameBreak = base.map((m) => ({ id: m.id, at: T0 + 1000 }));
    expect(ids(chooseRoutine(request({ seed: 3, recent: old })))).toEqual(ids(base));
    expect(ids(chooseRoutine(request({ seed: 3, recent: sameBreak })))).toEqual(ids(base));
  });

  it('gives the same routine for the same break, and varies with the seed', () => {
    const a = chooseRoutine(request({ breakMs: 5 * MIN, long: true, seed: 11 }));
    expect(ids(chooseRoutine(request({ breakMs: 5 * MIN, long: true, seed: 11 })))).toEqual(ids(a));
    const others = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) =>
      ids(chooseRoutine(request({ seed }))).join(','),
    );
    expect(new Set(others).size).toBeGreaterThan(2);
  });

  it('puts seated moves first and a walk last, so nobody gets up and down twice', () => {
    for (let seed = 0; seed < 30; seed++) {
      const moves = chooseRoutine(request({ breakMs: 8 * MIN, long: true, seed }));
      const ranks = moves.map((m) => (m.position === 'seated' ? 0 : m.id === 'walk-break' ? 2 : 1));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

describe('startOfYesterday', () => {
  it('is local midnight a day before, across a clock change', () => {
    // Sunday 2026-03-29 is the day British Summer Time starts.
    const monday = new Date(2026, 2, 30, 8, 0).getTime();
    expect(new Date(startOfYesterday(monday))).toEqual(new Date(2026, 2, 29, 0, 0));
    expect(new Date(startOfYesterday(T0))).toEqual(new Date(2026, 2, 1, 0, 0));
  });
});
