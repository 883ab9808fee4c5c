import { browser } from 'wxt/browser';
import type { Tip } from '@/lib/content/tips';
import type { ReminderNotification } from '@/lib/session/state';

export const NOTIFICATION_ID = 'limber-break';

/** Which button does what; Firefox shows no buttons, so there a click starts the break. */
export const BUTTONS = { start: 0, snooze: 1 } as const;

export function reminderText(
  note: ReminderNotification,
  tip: Tip | undefined,
  snoozeMinutes: number,
) {
  const kind = note.long ? 'longer break' : 'break';
  const title =
    note.kind === 'reminder'
      ? `Still sitting? Your ${note.breakMinutes}-minute ${kind} is waiting`
      : `Time for a ${note.breakMinutes}-minute ${kind}`;
  const message = tip ? `${tip.title}: ${tip.text}` : 'Stand up, move about and change position.';
  const buttons = [{ title: 'Start break' }];
  if (note.canSnooze) buttons.push({ title: `Snooze ${snoozeMinutes} min` });
  return {
    title,
    message,
    contextMessage: tip ? `Source: ${tip.source.name}` : undefined,
    buttons,
  };
}

let snoozeMinutes = 5;

/** The snooze button's label shows the user's own snooze length. */
export function setSnoozeMinutes(minutes: number): void {
  snoozeMinutes = minutes;
}

export async function showReminder(note: ReminderNotification, tip: Tip | undefined) {
  const text = reminderText(note, tip, snoozeMinutes);
  const common = {
    type: 'basic' as const,
    // The PNG icons are rendered at build time, so WXT's typed public paths do not list them.
    iconUrl: (browser.runtime.getURL as (path: string) => string)('/icon/128.png'),
    title: text.title,
    message: text.message,
  };
  // Replacing (not adding) keeps at most one Limber notification on screen.
  await browser.notifications.clear(NOTIFICATION_ID);
  if (import.meta.env.FIREFOX) {
    await browser.notifications.create(NOTIFICATION_ID, common);
    return;
  }
  await browser.notifications.create(NOTIFICATION_ID, {
    ...common,
    contextMessage: text.contextMessage,
    buttons: text.buttons,
    requireInteraction: note.stay,
    silent: note.silent,
    priority: 2,
  });
}

export async function clearReminder(): Promise<void> {
  await browser.notifications.clear(NOTIFICATION_ID);
}
