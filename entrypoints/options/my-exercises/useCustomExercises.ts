import type { RefObject } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CustomExercise } from '@/lib/content/custom-exercises';
import { t } from '@/lib/i18n/t';
import {
  PAGE_PREFIX,
  readCustomExercises,
  saveCustomExercises,
} from '@/lib/storage/custom-exercises';

export interface CustomExercisesState {
  /** The list as stored; null until read. */
  list: CustomExercise[] | null;
  /** Saves a whole new list (already checked); resolves whether it was saved. */
  save: (next: CustomExercise[], done: string) => Promise<boolean>;
  /** What the last change did, for the section's status line. */
  status: string;
  /** Why the last save failed; null when it did not. */
  error: string | null;
}

/**
 * Calls `show` once `element` comes near the window's view: the page's first render reads only
 * what it shows first (lib/pages/page-data.ts), and this list sits far down the page.
 */
function whenNearView(element: Element | null, show: () => void): () => void {
  if (!element || typeof IntersectionObserver !== 'function') {
    show();
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        show();
      }
    },
    { rootMargin: '400px' },
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * The user's own exercises as the options page edits them: read when their section comes near
 * view, then followed (another tab, another device through sync), every change saved as a whole
 * list by lib/storage, which refuses anything not checked.
 */
export function useCustomExercises(near: RefObject<Element | null>): CustomExercisesState {
  const [list, setList] = useState<CustomExercise[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const read = () =>
      readCustomExercises()
        .then((stored) => {
          if (live) setList(stored);
        })
        .catch((cause: unknown) => {
          if (live) setError(t('myexercises_save_failed', String(cause)));
        });
    const onChanged = (changes: Record<string, unknown>) => {
      if (Object.keys(changes).some((key) => key.startsWith(PAGE_PREFIX))) void read();
    };
    let following = false;
    const stop = whenNearView(near.current, () => {
      following = true;
      void read();
      browser.storage.onChanged.addListener(onChanged);
    });
    return () => {
      live = false;
      stop();
      if (following) browser.storage.onChanged.removeListener(onChanged);
    };
  }, [near]);

  const save = useCallback(async (next: CustomExercise[], done: string) => {
    try {
      await saveCustomExercises(next);
      setList(next);
      setError(null);
      setStatus(done);
      return true;
    } catch (cause) {
      setError(
        t('myexercises_save_failed', cause instanceof Error ? cause.message : String(cause)),
      );
      return false;
    }
  }, []);

  return { list, save, status, error };
}
