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
