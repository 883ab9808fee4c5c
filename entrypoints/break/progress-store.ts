import { type MoveLengths, type Progress, parseProgress } from '@/lib/routine/progress';

// The tab's own session storage: a reload keeps the user's place in this break, and nothing
// outlives the tab.
const key = (startedAt: number) => `limber-break-progress:${startedAt}`;

export function restoreProgress(startedAt: number, lengths: MoveLengths): Progress | null {
  try {
    const saved = sessionStorage.getItem(key(startedAt));
    return saved === null ? null : parseProgress(JSON.parse(saved), lengths);
  } catch {
    // Unreadable or unavailable storage only costs the user their place.
    return null;
  }
}

export function saveProgress(startedAt: number, progress: Progress): void {
  try {
    sessionStorage.setItem(key(startedAt), JSON.stringify(progress));
  } catch {
    // Storage full or blocked: the routine goes on, only a reload would start it over.
  }
}

const routineKey = (startedAt: number) => `limber-break-routine:${startedAt}`;

/**
 * The move ids chosen for this break, so a reload shows the same routine: choosing again would
 * not, because showing a move moves it to the end of the recent list that the choice reads.
 */
export function restoreRoutine(startedAt: number): string[] | null {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(routineKey(startedAt)) ?? 'null');
    return Array.isArray(saved) && saved.every((id) => typeof id === 'string') ? saved : null;
  } catch {
    return null;
  }
}

export function saveRoutine(startedAt: number, ids: readonly string[]): void {
  try {
    sessionStorage.setItem(routineKey(startedAt), JSON.stringify(ids));
  } catch {
    // Storage full or blocked: a reload would choose the routine afresh.
  }
}
