/**
 * The popup's check-in with its storage: loaded on demand (./PopupDiary.tsx), so the popup's
 * first render carries none of it.
 */
import { useEffect, useState } from 'preact/hooks';
import { Disclosure } from '@/components/Disclosure';
import { PainCheckIn } from '@/components/PainCheckIn';
import type { DiaryEntry } from '@/lib/diary/entry';
import { localDayKey } from '@/lib/history/days';
import { formatNumber, t } from '@/lib/i18n/t';
import { saveAnswer } from '@/lib/pages/diary';
import { readDiary, watchDiary } from '@/lib/storage/diary';

/** Today's entry as stored (null when there is none), followed while the popup is open. */
function useTodaysEntry(today: string): { entry: DiaryEntry | null; read: boolean } {
  const [state, setState] = useState<{ entry: DiaryEntry | null; read: boolean }>({
    entry: null,
    read: false,
  });
  useEffect(() => {
    let live = true;
    const load = () =>
      readDiary()
        .then((diary) => {
          if (live) setState({ entry: diary[today] ?? null, read: true });
        })
        .catch((error: unknown) => console.error('Limber: could not read the pain diary', error));
    void load();
    const stop = watchDiary(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [today]);
  return state;
}

/**
 * Today's check-in, as a row of the popup's "Your back" card: until it is answered, "Pain diary"
 * that opens in place to the question with its scale and Save; then the answer in a line, with
 * Change to answer again (the check-in opened). The history page holds the diary itself.
 */
export function DiaryPanel() {
  const today = localDayKey(Date.now());
  const { entry, read } = useTodaysEntry(today);
  const [changing, setChanging] = useState(false);
  const [open, setOpen] = useState(false);
  if (!read) return null;
  if (entry && !changing) {
    return (
      <div class="popup-diary-done">
        <p>
          {t('diary_popup_today', formatNumber(entry.pain))}{' '}
          <a href="/history.html#pain" target="_blank" rel="noreferrer">
            {t('diary_popup_history_link')}
          </a>
        </p>
        <button
          type="button"
          onClick={() => {
            setChanging(true);
            setOpen(true);
          }}
        >
          {t('diary_popup_change')}
        </button>
      </div>
    );
  }
  return (
    <Disclosure
      title={t('diary_popup_heading')}
      headingLevel={2}
      open={open}
      onToggle={() => setOpen((was) => !was)}
    >
      <PainCheckIn
        compact
        question={t('diary_checkin_question')}
        entry={entry}
        // The form stays after a save, so its status says how the save went.
        onSave={(pain, tags) => {
          setChanging(true);
          return saveAnswer(today, pain, tags);
        }}
      />
    </Disclosure>
  );
}
