import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import type { StatusView } from '@/lib/status-view';
import { ProgressRing } from './ProgressRing';
import { StateIcon } from './StateIcon';
import './StatusPanel.css';

interface StatusPanelProps {
  view: StatusView;
  /** Controls and figures shown under the status, inside the same section. */
  children?: ComponentChildren;
}

/**
 * Where the user stands: the state in plain words with its icon and colour, a countdown in a
 * progress ring, and a sentence for screen readers that changes at most once a minute rather
 * than every second.
 */
export function StatusPanel({ view, children }: StatusPanelProps) {
  const uid = useId();
  return (
    <section class={`status status--${view.tone}`} aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`} class="visually-hidden">
        {t('popup_status_heading')}
      </h2>
      <div class="status-main">
        {/* 104 px, not the default 112: the popup must fit Chrome's 600 px with all its cards. */}
        <ProgressRing progress={view.progress} tone={view.tone} size={104}>
          {view.timerLabel === null ? (
            <span class="status-center status-center--word">{view.center}</span>
          ) : (
            // The visible digits change every second, so they are not announced; the sentence below is.
            <span class="status-center" role="timer" aria-live="off" aria-label={view.timerLabel}>
              {view.center}
            </span>
          )}
          <span class="status-caption" aria-hidden="true">
            {view.caption}
          </span>
        </ProgressRing>
        <div class="status-words">
          <p class="status-state">
            <span class="status-icon">
              <StateIcon tone={view.tone} />
            </span>
            <span class="status-headline">{view.headline}</span>
          </p>
          <p class="status-detail">{view.detail}</p>
        </div>
      </div>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {view.spoken}
      </p>
      {children}
    </section>
  );
}
