import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import type { DeskStatus } from '@/lib/session/desk';
import type { Posture } from '@/lib/session/state';
import { formatDuration } from '@/lib/time/format';
import './DeskToggle.css';

interface DeskToggleProps {
  desk: DeskStatus;
  /** The user says they now sit or stand. */
  onPosture: (posture: Posture) => void;
}

/**
 * At a sit-stand desk: how long the user has been in their posture, Limber's suggestion when one
 * is due, and a one-click switch between "I'm sitting" and "I'm standing" (two buttons, the
 * current one pressed), so the count follows what the user does.
 */
export function DeskToggle({ desk, onPosture }: DeskToggleProps) {
  const uid = useId();
  const standing = desk.posture === 'standing';
  const time = formatDuration(desk.postureMs);
  const option = (posture: Posture, label: string) => (
    <button
      type="button"
      aria-pressed={desk.posture === posture}
      class={desk.suggested === posture ? 'desk-suggested' : undefined}
      onClick={() => {
        if (desk.posture !== posture) onPosture(posture);
      }}
    >
      {label}
    </button>
  );
  return (
    <section class="desk" aria-labelledby={`${uid}-heading`}>
      {/* Named for screen readers; on screen the two buttons say what it is, and the popup
          keeps the line for Chrome's 600 px. */}
      <h2 id={`${uid}-heading`} class="visually-hidden">
        {t('stand_popup_legend')}
      </h2>
      <p class="desk-time">
        {t(standing ? 'stand_popup_standing_for' : 'stand_popup_sitting_for', time)}
        {desk.suggested ? (
          <strong class="desk-suggestion">
            {' '}
            {t(
              desk.suggested === 'standing'
                ? 'stand_popup_suggest_stand'
                : 'stand_popup_suggest_sit',
            )}
          </strong>
        ) : null}
      </p>
      <div class="desk-options">
        {option('sitting', t('stand_button_sitting'))}
        {option('standing', t('stand_button_standing'))}
      </div>
    </section>
  );
}
