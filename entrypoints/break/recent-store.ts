import { parseRecent, type RecentExercise, rememberShown } from '@/lib/routine/recent';
import { storage } from '@/lib/storage/store';

/** The moves the break page showed lately (ids with times), so routines avoid repeating them. */
export const recentExercisesItem = storage.defineItem<unknown>('local:recentExercises');

export async function readRecent(): Promise<RecentExercise[]> {
  return parseRecent(await recentExercisesItem.getValue());
}

let writes: Promise<unknown> = Promise.resolve();

/**
 * Adds a shown move to the list. Writes go one at a time: two quick steps through the moves
 * must not both read the old list and lose one of the two.
 */
export function markShown(id: string, now: number): Promise<void> {
  const write = writes.then(async () => {
    await recentExercisesItem.setValue(rememberShown(await readRecent(), id, now));
  });
  writes = write.catch(() => undefined);
  return write;
}
