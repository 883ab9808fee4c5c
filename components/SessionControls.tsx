import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import type { Intent } from '@/lib/messages';
import type { Status } from '@/lib/session/status';
import { PauseMenu } from './PauseMenu';
import './SessionControls.css';

interface SessionControlsProps {
  status: Status;
  snoozeMinutes: number;
  onIntent: (intent: Intent) => void;
}

/** The buttons that make sense in the current state, each sending one intent. */
export function SessionControls({ status, snoozeMinutes, onIntent }: SessionControlsProps) {
  const group = useRef<HTMLFieldSetElement>(null);
  const hadFocus = useRef(false);

  // Acting often removes the very button that was pressed (Snooze, Resume); keep keyboard focus
  // in the controls instead of letting it fall back to the top of the page. The group itself
  // takes it, not a button, so a second press of Enter cannot set off an action by surprise.
  useLayoutEffect(() => {
    const el = group.current;
    if (!el || !hadFocus.current) return;
    if (!el.contains(document.activeElement)) el.focus();
  }, [status.kind]);

  // Keys keep each control its own element: without them Preact would reuse the pressed
  // Snooze button as Skip, and focus would silently sit on a different action.
  const button = (label: string, intent: Intent, primary = false) => (
    <button
      key={intent.type}
      type="button"
      class={primary ? 'primary' : undefined}
      onClick={() => onIntent(intent)}
    >
      {label}
    </button>
  );

  const pause = <PauseMenu key="pause" onPause={(choice) => onIntent({ type: 'pause', choice })} />;

  let content: preact.ComponentChildren;
  // How many controls share the row under the main action (Pause among them).
  let others = 1;
  switch (status.kind) {
    case 'sitting':
      content = (
        <>
          {button(t('popup_take_break'), { type: 'startBreak' }, true)}
          {pause}
        </>
      );
      break;
    case 'due':
      content = (
        <>
          {button(t('popup_take_break'), { type: 'startBreak' }, true)}
          {status.canSnooze ? button(t('popup_snooze', snoozeMinutes), { type: 'snooze' }) : null}
          {button(t('popup_skip'), { type: 'skipBreak' })}
          {pause}
        </>
      );
      others = status.canSnooze ? 3 : 2;
      break;
    case 'snoozed':
      content = (
        <>
          {button(t('popup_take_break'), { type: 'startBreak' }, true)}
          {button(t('popup_skip'), { type: 'skipBreak' })}
          {pause}
        </>
      );
      others = 2;
      break;
    case 'onBreak':
      content = (
        <>
          {button(t('popup_show_break'), { type: 'startBreak' }, true)}
          {button(t('popup_end_break'), { type: 'endBreak' })}
          {pause}
        </>
      );
      others = 2;
      break;
    case 'paused':
      content = button(t('popup_resume'), { type: 'resume' }, true);
      break;
    case 'offHours':
      // The engine takes no breaks outside working hours; nothing here would do anything.
      return null;
  }

  return (
    <fieldset
      ref={group}
      class={`session-controls session-controls--${others}`}
      tabIndex={-1}
      onFocusIn={() => {
        hadFocus.current = true;
      }}
      onFocusOut={(event) => {
        const left = event.target as Node;
        const to = event.relatedTarget as Node | null;
        if (to && group.current?.contains(to)) return;
        // A button removed while focused may report losing focus too; only a real move away
        // (the button is still in the page afterwards) ends the controls' hold on focus.
        setTimeout(() => {
          if (left.isConnected) hadFocus.current = false;
        });
      }}
    >
      <legend class="visually-hidden">{t('popup_controls_legend')}</legend>
      {content}
    </fieldset>
  );
}
