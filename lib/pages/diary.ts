import type { DiaryEntry, PainTag } from '@/lib/diary/entry';
import { type ShownSuggestion, SUGGESTION_GAP_MS, suggestion } from '@/lib/diary/suggest';
import { dayKeyToDate, localDayKey } from '@/lib/history/days';
import { formatDate, formatNumber, t } from '@/lib/i18n/t';
import { saveDiaryEntry } from '@/lib/storage/diary';
import { diarySuggestionItem } from '@/lib/storage/items';

/**
 * The pain diary as the pages use it (the popup's check-in, the history page): a save with the
 * words that say how it went, and the week's suggestion.
 */

/** What a save says: saved for which day, and where when sync did not take it. */
export async function saveAnswer(date: string, pain: number, tags: PainTag[]): Promise<string> {
  const now = Date.now();
  try {
    const place = await saveDiaryEntry({ date, pain, tags, updatedAt: now }, now);
    const saved =
      date === localDayKey(now)
        ? t('diary_saved_today', formatNumber(pain))
        : t(
            'diary_saved_day',
            formatDate(dayKeyToDate(date), { weekday: 'long', day: 'numeric', month: 'long' }),
            formatNumber(pain),
          );
    return place.area === 'local' ? `${saved} ${t('diary_saved_local')}` : saved;
  } catch (error) {
    return t('diary_save_failed', String(error));
  }
}

/**
 * The suggestion of the week: the one already shown within the last week (so it stays while its
 * week lasts, and no other comes), or a new one, which is then stored as shown.
 */
export async function weeksSuggestion(
  diary: Record<string, DiaryEntry>,
  now: number,
): Promise<ShownSuggestion['kind'] | null> {
  const last = await diarySuggestionItem.getValue();
  if (last && now - last.at >= 0 && now - last.at < SUGGESTION_GAP_MS) return last.kind;
  const kind = suggestion(diary, now, last);
  if (kind) await diarySuggestionItem.setValue({ kind, at: now });
  return kind;
}
