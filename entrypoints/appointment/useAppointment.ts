import { useEffect, useState } from 'preact/hooks';
import type { DiaryEntry } from '@/lib/diary/entry';
import type { HistoryData } from '@/lib/history/aggregate';
import type { RecentExercise } from '@/lib/routine/recent';
import { readDiary } from '@/lib/storage/diary';
import { historyItem, recentExercisesItem } from '@/lib/storage/items';

export interface AppointmentData {
  diary: Record<string, DiaryEntry>;
  history: HistoryData;
  recent: RecentExercise[];
  now: number;
}

export type AppointmentLoad =
  | { status: 'loading' }
  | { status: 'ready'; data: AppointmentData }
  | { status: 'error'; message: string };

/** What the page prints, read once: a printout is a snapshot of the moment it was made. */
export function useAppointment(): AppointmentLoad {
  const [load, setLoad] = useState<AppointmentLoad>({ status: 'loading' });
  useEffect(() => {
    const now = Date.now();
    Promise.all([readDiary(now), historyItem.getValue(), recentExercisesItem.getValue()])
      .then(([diary, history, recent]) =>
        setLoad({ status: 'ready', data: { diary, history, recent, now } }),
      )
      .catch((error: unknown) => setLoad({ status: 'error', message: String(error) }));
  }, []);
  return load;
}
