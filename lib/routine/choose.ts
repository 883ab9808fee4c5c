import type { ExerciseCategory } from '@/lib/content/categories';
import { type BodyArea, categoriesOf, EXERCISES, type Exercise } from '@/lib/content/exercises';
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

interface Candidate {
  exercise: Exercise;
  /** When it was last shown since yesterday began; -Infinity when not shown in that time. */
  lastShown: number;
  jitter: number;
}

/** How much of this move's body is already worked by the routine: lower adds more variety. */
function overlap(exercise: Exercise, used: ReadonlyMap<BodyArea, number>): number {
  return exercise.areas.reduce((sum, area) => sum + (used.get(area) ?? 0), 0);
}

/** Seated moves first, then standing ones, a walk last: no getting up and down in between. */
function comfortableOrder(a: Exercise, b: Exercise): number {
  const rank = (e: Exercise) =>
    e.position === 'seated' ? 0 : e.dose.kind === 'keep-going' ? 2 : 1;
  return rank(a) - rank(b);
}

/** Of the candidates, the one working the areas least worked so far, then the one shown longest
 * ago (so yesterday's moves wait their turn), then by the seed. */
function pick(candidates: readonly Candidate[], used: ReadonlyMap<BodyArea, number>): Candidate {
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
  const excluded = new Set(request.excluded);
  const since = startOfYesterday(request.startedAt);
  const lastShown = new Map<string, number>();
  for (const r of request.recent) {
    if (r.at < since || r.at >= request.startedAt) continue;
    lastShown.set(r.id, Math.max(r.at, lastShown.get(r.id) ?? r.at));
  }
  let pool: Candidate[] = library
    .filter((e) => !categoriesOf(e).some((c) => excluded.has(c)))
    .map((exercise) => ({
      exercise,
      lastShown: lastShown.get(exercise.id) ?? Number.NEGATIVE_INFINITY,
      jitter: jitter(request.seed, exercise.id),
    }));

  const maxMoves = request.long ? MAX_MOVES.long : MAX_MOVES.short;
  const used = new Map<BodyArea, number>();
  const chosen: Exercise[] = [];
  let budget = Math.floor(request.breakMs / 1000);
  while (chosen.length < maxMoves) {
    const fitting = pool.filter((c) => c.exercise.seconds <= budget);
    if (fitting.length === 0) break;
    const standing = fitting.filter((c) => c.exercise.position === 'standing');
    const best = pick(chosen.length === 0 && standing.length > 0 ? standing : fitting, used);
    chosen.push(best.exercise);
    budget -= best.exercise.seconds;
    for (const area of best.exercise.areas) used.set(area, (used.get(area) ?? 0) + 1);
    pool = pool.filter((c) => c !== best);
  }
  return chosen.sort(comfortableOrder);
}

export function routineSeconds(moves: readonly Exercise[]): number {
  return moves.reduce((sum, move) => sum + move.seconds, 0);
}
