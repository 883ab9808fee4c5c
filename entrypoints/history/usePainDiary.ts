import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DiaryEntry, PainTag } from '@/lib/diary/entry';
import type { ShownSuggestion } from '@/lib/diary/suggest';
import { saveAnswer, weeksSuggestion } from '@/lib/pages/diary';
import { diaryAllowed } from '@/lib/settings/policy';
import { readDiary, watchDiary } from '@/lib/storage/diary';
import { readPolicy } from '@/lib/storage/policy';
import { readSettings, watchSettings } from '@/lib/storage/settings';

export interface PainDiaryData {
  diary: Record<string, DiaryEntry>;
  /** Whether the user keeps the diary (the setting in force). */
  on: boolean;
  /**
   * Whether the organisation's policy allows the diary (lib/settings/policy.ts). When it does
   * not, the page shows no diary, though the entries stay stored.
   */
  allowed: boolean;
  /** The user's country for the red-flag check's numbers ('' for the browser's). */
  region: string;
  /** The suggestion to show this week, if any (one a week at most). */
  shown: ShownSuggestion['kind'] | null;
}

export interface PainDiaryPage {
  data: PainDiaryData | null;
  error: string | null;
  /** Saves a day's answer; resolves to what to tell the user. */
  save: (date: string, pain: number, tags: PainTag[]) => Promise<string>;
}

/**
 * The diary, the settings it depends on and the week's suggestion, read when the history page
 * opens and again whenever the diary or the settings change (another window, the popup, sync).
 */
export function usePainDiary(): PainDiaryPage {
  const [data, setData] = useState<PainDiaryData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    const load = async () => {
      try {
        const now = Date.now();
        const [diary, settings, policy] = await Promise.all([
          readDiary(now),
          readSettings(),
          readPolicy(),
        ]);
        const shown = settings.painDiary ? await weeksSuggestion(diary, now) : null;
        if (alive) {
          const allowed = diaryAllowed(policy);
          setData({ diary, on: settings.painDiary, allowed, region: settings.region, shown });
          setError(null);
        }
      } catch (failure) {
        if (alive) setError(String(failure));
      }
    };
    // After the page's first render, which shows the history from its one read (main.tsx): the
    // diary is a section further down and must not hold the rest of the page back. The settings'
    // watch follows the organisation's policy too (lib/storage/settings.ts).
    const first = setTimeout(() => void load(), 0);
    const stops = [watchDiary(() => void load()), watchSettings(() => void load())];
    return () => {
      alive = false;
      clearTimeout(first);
      for (const stop of stops) stop();
    };
  }, []);

  const save = useCallback(saveAnswer, []);
  return { data, error, save };
}
