import type { CustomExercise, CustomPosition } from '@/lib/content/custom-exercises';
import { customSeconds } from '@/lib/content/custom-exercises';
import type { BodyArea, Exercise } from '@/lib/content/exercises';

/**
 * One of the user's own exercises in a routine. It says it is from their therapist, and it can
 * never carry a Limber source (`source?: never`): the break page shows "from your therapist" in
 * its place, since Limber neither chose nor checked the move.
 */
export interface CustomMove {
  origin: 'therapist';
  id: string;
  /** A custom move is not tied to body areas: it never stands in for Limber's variety rule. */
  areas: readonly BodyArea[];
  position: CustomPosition;
  seconds: number;
  flare: boolean;
  custom: CustomExercise;
  source?: never;
}

/** A move of a routine: one of Limber's, or one of the user's own. */
export type RoutineMove = Exercise | CustomMove;

export function isCustomMove(move: RoutineMove): move is CustomMove {
  return 'origin' in move && move.origin === 'therapist';
}

export function customMove(custom: CustomExercise): CustomMove {
  return {
    origin: 'therapist',
    id: custom.id,
    areas: [],
    position: custom.position,
    seconds: customSeconds(custom.dose),
    flare: custom.flare,
    custom,
  };
}
