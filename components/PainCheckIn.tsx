import { useEffect, useId, useState } from 'preact/hooks';
import { TAG_KEYS } from '@/lib/diary/csv';
import { type DiaryEntry, MAX_PAIN, MIN_PAIN, PAIN_TAGS, type PainTag } from '@/lib/diary/entry';
import { formatNumber, t } from '@/lib/i18n/t';
import './PainCheckIn.css';

const SCALE = Array.from({ length: MAX_PAIN - MIN_PAIN + 1 }, (_, i) => MIN_PAIN + i);

interface PainCheckInProps {
  /** The question, as the page asks it ("How is your back today?", or about a past day). */
  question: string;
  /** The day's entry so far, shown to be changed; null for a day without one. */
  entry: DiaryEntry | null;
  /** Saves the answer; resolves to what to tell the user (saved, or why not). */
  onSave: (pain: number, tags: PainTag[]) => Promise<string>;
  /** Narrow layout (the popup): smaller numbers and tags, so the scale keeps to one row. */
  compact?: boolean;
}

/**
 * The daily check-in (issue 19): the 0-10 numeric rating scale as a labelled radio group with
 * its two plain anchors, optional tags, and Save: two clicks from the popup. The answer is the
 * page's to store; this view only takes and shows it.
 */
export function PainCheckIn({ question, entry, onSave, compact = false }: PainCheckInProps) {
  const uid = useId();
  const [pain, setPain] = useState<number | null>(entry?.pain ?? null);
  const [tags, setTags] = useState<PainTag[]>(entry?.tags ?? []);
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);

  // Another day chosen, or the entry changed elsewhere (another window, sync): show it.
  const shownDate = entry?.date ?? null;
  const shownAt = entry?.updatedAt ?? null;
  useEffect(() => {
    setPain(entry?.pain ?? null);
    setTags(entry?.tags ?? []);
    // The entry is read again whenever its date or edit time changes; its fields follow those.
  }, [shownDate, shownAt]);

  const toggleTag = (tag: PainTag) =>
    setTags((was) => (was.includes(tag) ? was.filter((t) => t !== tag) : [...was, tag]));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (pain === null) {
      setMessage(t('diary_pick_first'));
      return;
    }
    setSaving(true);
    try {
      setMessage(
        await onSave(
          pain,
          PAIN_TAGS.filter((tag) => tags.includes(tag)),
        ),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class={`pain-checkin${compact ? ' pain-checkin--compact' : ''}`} onSubmit={submit}>
      <fieldset class="pain-scale" aria-describedby={`${uid}-hint`}>
        <legend class="pain-question">{question}</legend>
        <p class="pain-hint visually-hidden" id={`${uid}-hint`}>
          {t('diary_scale_hint')}
        </p>
        <div class="pain-options">
          {SCALE.map((value) => (
            <label key={value} class="pain-option">
              <input
                type="radio"
                name={`${uid}-pain`}
                value={value}
                checked={pain === value}
                onChange={() => setPain(value)}
              />
              <span>{formatNumber(value)}</span>
            </label>
          ))}
        </div>
        <div class="pain-anchors" aria-hidden="true">
          <span>{t('diary_scale_low')}</span>
          <span>{t('diary_scale_high')}</span>
        </div>
      </fieldset>
      <fieldset class="pain-tags">
        <legend>{t('diary_tags_legend')}</legend>
        <div class="pain-tag-list">
          {PAIN_TAGS.map((tag) => (
            <label key={tag} class="pain-tag">
              <input type="checkbox" checked={tags.includes(tag)} onChange={() => toggleTag(tag)} />
              <span>{t(TAG_KEYS[tag])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="pain-actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('diary_save')}
        </button>
        <p role="status" class="pain-status">
          {message}
        </p>
      </div>
    </form>
  );
}
