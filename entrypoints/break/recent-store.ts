import { storage } from 'wxt/utils/storage';
import { parseRecent, type RecentExercise, rememberShown } from '@/lib/routine/recent';

/** The moves the break page showed lately (ids with times), so routines avoid repeating them. */
export const recentExercisesItem = storage.defineItem<unknown>('local:recentExercises');

export async function readRecent(): Promise<RecentExercise[]> {
  return parseRecent(await recentExercisesItem.getValue());
}

export async function markShown(id: string, now: number): Promise<void> {
  await recentExercisesItem.setValue(rememberShown(await readRecent(), id, now));
}
