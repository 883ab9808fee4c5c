import { type RecentExercise, rememberShown } from '@/lib/routine/recent';
import { recentExercisesItem } from '@/lib/storage/items';

/** The moves the break page showed lately (`recentExercisesItem`), usable ones only. */
export function readRecent(): Promise<RecentExercise[]> {
  return recentExercisesItem.getValue();
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
