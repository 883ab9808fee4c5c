import type { ExerciseCategory } from '@/lib/content/categories';
import type { CustomExercise } from '@/lib/content/custom-exercises';
import { type BodyArea, EXERCISES, type Exercise } from '@/lib/content/exercises';
import type { CustomExerciseMode } from '@/lib/settings/schema';
import { type CustomMove, customMove, isCustomMove, type RoutineMove } from './moves';
import type { RecentExercise } from './recent';

export interface RoutineRequest {
  /** The whole break, from the engine's start and end. */
  breakMs: number;
  long: boolean;
  /** Categories the user switched off in the settings. */
  excluded: readonly ExerciseCategory[];
  recent: readonly RecentExercise[];
  /** When the break started: moves shown since then belong to this break, not to history. */
  startedAt: number;
  /** Varies the choice between equally good moves; the same seed gives the same routine. */
  seed: number;
  /** Flare mode is on: only moves marked as suiting a painful back (`flare`). */
  flare?: boolean;
}

/** A routine that may hold the user's own exercises too (see `chooseMoves`). */
export interface MovesRequest extends RoutineRequest {
  custom: readonly CustomExercise[];
  mode: CustomExerciseMode;
}

/** A micro break gets one or two moves; a long break a sequence. */
export const MAX_MOVES = { short: 2, long: 8 } as const;

/** Start of the local day before the one holding `at`: history since then counts as recent. */
export function startOfYesterday(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() - 1);
  return day.getTime();
}

/** A small integer hash, so the choice looks random yet a seed always gives the same routine. */
function jitter(seed: number, id: string): number {
  let h = Math.floor(seed) ^ 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

interface Candidate<M extends RoutineMove> {
  exercise: M;
  /** When it was last shown since yesterday began; -Infinity when not shown in that time. */
  lastShown: number;
  jitter: number;
}

/** How much of this move's body is already worked by the routine: lower adds more variety. */
function overlap(exercise: RoutineMove, used: ReadonlyMap<BodyArea, number>): number {
  return exercise.areas.reduce((sum, area) => sum + (used.get(area) ?? 0), 0);
}

/**
 * Seated moves first, then standing ones, a walk last: no getting up and down in between. The
 * user's floor moves come before the standing ones, so they end on their feet.
 */
function comfortableOrder(a: RoutineMove, b: RoutineMove): number {
  const rank = (e: RoutineMove) => {
    if (e.position === 'seated') return 0;
    if (e.position === 'floor') return 0.5;
    return !isCustomMove(e) && e.dose.kind === 'keep-going' ? 2 : 1;
  };
  return rank(a) - rank(b);
}

/** Of the candidates, the one working the areas least worked so far, then the one shown longest
 * ago (so yesterday's moves wait their turn), then by the seed. */
function pick<M extends RoutineMove>(
  candidates: readonly Candidate<M>[],
  used: ReadonlyMap<BodyArea, number>,
): Candidate<M> {
  return candidates.reduce((a, b) => {
    const byArea = overlap(a.exercise, used) - overlap(b.exercise, used);
    if (byArea !== 0) return byArea < 0 ? a : b;
    if (a.lastShown !== b.lastShown) return a.lastShown < b.lastShown ? a : b;
    return a.jitter <= b.jitter ? a : b;
  });
}

/**
 * Picks the moves for one break: only allowed moves, never longer in total than the break,
 * each chosen to work the body areas least worked so far, then the move shown longest ago (so
 * yesterday's moves wait their turn), then by the seed.
 *
 * Every break gets the user on their feet: the first move chosen is a standing one (a walk or a
 * standing stretch) whenever one is allowed and fits, since the studies behind breaking up
 * sitting are about standing and walking (Thorp 2014; Dunstan 2012); seated moves fill the rest.
 * Someone who switched off every standing move gets seated moves only.
 */
export function chooseRoutine(
  request: RoutineRequest,
  library: readonly Exercise[] = EXERCISES,
): Exercise[] {
  return choose(request, allowed(request, library), movesAllowed(request), budgetOf(request));
}

const movesAllowed = (request: RoutineRequest) => (request.long ? MAX_MOVES.long : MAX_MOVES.short);

const budgetOf = (request: RoutineRequest) => Math.floor(request.breakMs / 1000);

/** The moves the settings and a flare leave: none from a category switched off, and in a flare
 * only those marked as suiting a painful back. */
function allowed<M extends RoutineMove>(request: RoutineRequest, moves: readonly M[]): M[] {
  const excluded = new Set(request.excluded);
  return moves.filter(
    (move) =>
      (!request.flare || move.flare) &&
      !(move.position === 'standing' && excluded.has('standing')) &&
      !move.areas.some((area) => excluded.has(area)),
  );
}

/** The choice itself, for at most `maxMoves` moves of `pool` within `budget` seconds. */
function choose<M extends RoutineMove>(
  request: RoutineRequest,
  moves: readonly M[],
  maxMoves: number,
  budget: number,
): M[] {
  const since = startOfYesterday(request.startedAt);
  const lastShown = new Map<string, number>();
  for (const r of request.recent) {
    if (r.at < since || r.at >= request.startedAt) continue;
    lastShown.set(r.id, Math.max(r.at, lastShown.get(r.id) ?? r.at));
  }
  let pool: Candidate<M>[] = moves.map((exercise) => ({
    exercise,
    lastShown: lastShown.get(exercise.id) ?? Number.NEGATIVE_INFINITY,
    jitter: jitter(request.seed, exercise.id),
  }));

  const used = new Map<BodyArea, number>();
  const chosen: M[] = [];
  let left = budget;
  while (chosen.length < maxMoves) {
    const fitting = pool.filter((c) => c.exercise.seconds <= left);
    if (fitting.length === 0) break;
    const standing = fitting.filter((c) => c.exercise.position === 'standing');
    const best = pick(chosen.length === 0 && standing.length > 0 ? standing : fitting, used);
    chosen.push(best.exercise);
    left -= best.exercise.seconds;
    for (const area of best.exercise.areas) used.set(area, (used.get(area) ?? 0) + 1);
    pool = pool.filter((c) => c !== best);
  }
  return chosen.sort(comfortableOrder);
}

/**
 * A routine with the user's own exercises, as their setting says (lib/settings/schema.ts):
 *
 * - `only`: their exercises alone, chosen as Limber's are; Limber's fill in only when none of
 *   theirs is allowed and fits the break (a break is never left empty);
 * - `always`: one of theirs (the one shown longest ago that fits) and Limber's for the rest;
 * - `mixed`: as `always` in about half the breaks (chosen by the seed), Limber's alone in the
 *   others.
 *
 * Their exercises obey the same rules as Limber's: none in a category switched off (standing),
 * and in a flare only those they marked as suiting a painful back. The first move is still a
 * standing one whenever one is allowed and fits, so every break gets the user on their feet.
 */
export function chooseMoves(
  request: MovesRequest,
  library: readonly Exercise[] = EXERCISES,
): RoutineMove[] {
  const builtIn = allowed(request, library);
  const own = allowed(request, request.custom.map(customMove));
  const maxMoves = movesAllowed(request);
  const budget = budgetOf(request);
  if (request.mode === 'only') {
    const mine = choose<RoutineMove>(request, own, maxMoves, budget);
    return mine.length > 0 ? mine : choose<RoutineMove>(request, builtIn, maxMoves, budget);
  }
  const include = request.mode === 'always' || (jitter(request.seed, 'custom-turn') & 1) === 0;
  const first: CustomMove[] = include ? choose(request, own, 1, budget) : [];
  const rest = choose<RoutineMove>(
    request,
    builtIn,
    maxMoves - first.length,
    budget - routineSeconds(first),
  );
  return [...first, ...rest].sort(comfortableOrder);
}

export function routineSeconds(moves: readonly RoutineMove[]): number {
  return moves.reduce((sum, move) => sum + move.seconds, 0);
}
