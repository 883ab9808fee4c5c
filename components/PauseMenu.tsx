import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PauseChoice } from '@/lib/session/schedule';
import './PauseMenu.css';

/** The pause lengths offered, in the order shown. */
export const PAUSE_OPTIONS: readonly { choice: PauseChoice; label: string }[] = [
  { choice: '30m', label: '30 minutes' },
  { choice: '1h', label: '1 hour' },
  { choice: '2h', label: '2 hours' },
  { choice: 'tomorrow', label: 'Until tomorrow' },
  { choice: 'manual', label: 'Until I resume' },
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
        Pause<span aria-hidden="true" class="pause-menu-caret"></span>
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
        <legend class="pause-menu-label">Pause reminders for:</legend>
        {PAUSE_OPTIONS.map((option, index) => (
          <button
            key={option.choice}
            ref={index === 0 ? first : undefined}
            type="button"
            // The menu stays as it is: a pause replaces these controls with Resume, and should it
            // fail, the choices are still there to try again.
            onClick={() => onPause(option.choice)}
          >
            {option.label}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
