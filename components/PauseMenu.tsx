import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, tn } from '@/lib/i18n/t';
import type { PauseChoice } from '@/lib/session/schedule';
import './PauseMenu.css';

/**
 * The pause lengths offered, in the order shown. Labels are read when shown, not when this
 * module loads, so they are always in the language of the moment.
 */
export const PAUSE_OPTIONS: readonly { choice: PauseChoice; label: () => string }[] = [
  { choice: '30m', label: () => tn('common_minutes', 30) },
  { choice: '1h', label: () => tn('common_hours', 1) },
  { choice: '2h', label: () => tn('common_hours', 2) },
  { choice: 'tomorrow', label: () => t('popup_pause_tomorrow') },
  { choice: 'manual', label: () => t('popup_pause_manual') },
];

interface PauseMenuProps {
  onPause: (choice: PauseChoice) => void;
}

/**
 * A disclosure: the Pause button shows or hides the choices, which are plain buttons, so Tab,
 * Enter and Space work as everywhere else; Escape closes it and returns focus to Pause.
 */
export function PauseMenu({ onPause }: PauseMenuProps) {
  const [open, setOpen] = useState(false);
  const uid = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);

  // Straight to the first choice, so keyboard users need not hunt for what just appeared; a
  // layout effect, so it happens before the next key press is handled, however quick.
  useLayoutEffect(() => {
    if (open) first.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div class="pause-menu">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={`${uid}-choices`}
        onClick={() => setOpen((was) => !was)}
      >
        {t('popup_pause')}
        <span aria-hidden="true" class="pause-menu-caret"></span>
      </button>
      <fieldset
        id={`${uid}-choices`}
        class="pause-menu-choices"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      >
        <legend class="pause-menu-label">{t('popup_pause_legend')}</legend>
        {PAUSE_OPTIONS.map((option, index) => (
          <button
            key={option.choice}
            ref={index === 0 ? first : undefined}
            type="button"
            // The menu stays as it is: a pause replaces these controls with Resume, and should it
            // fail, the choices are still there to try again.
            onClick={() => onPause(option.choice)}
          >
            {option.label()}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
