import { browser } from 'wxt/browser';
import { type Tip, tipKey } from '@/lib/content/tips';
import { t, tData } from '@/lib/i18n/t';
import { NOTIFICATION_ICON_PATH } from '@/lib/icons';
import type { ReminderNotification } from '@/lib/session/state';

export const NOTIFICATION_ID = 'limber-break';

/** Which button does what; Firefox shows no buttons, so there a click starts the break. */
export const BUTTONS = { start: 0, snooze: 1 } as const;

// The length is written so that no language needs a plural form ("2-minute", "2 min"): the
// worker then does without plural rules, and it is size budgeted.
function reminderTitle(note: ReminderNotification): string {
  const minutes = note.breakMinutes;
  if (note.kind === 'reminder') {
    return t(note.long ? 'notify_reminder_long_title' : 'notify_reminder_title', minutes);
  }
  return t(note.long ? 'notify_due_long_title' : 'notify_due_title', minutes);
}

/** Flare mode is on: the reminder asks gently, and may mention heat or cold. */
export interface FlareReminder {
  /** The user asked for heat or cold reminders in flare mode (`flareHeatCold`). */
  heatCold: boolean;
}

/**
 * In flare mode the reminder asks kindly, with no deadline in its words and no tip (prevention
 * tips are for a back that is well); with `heatCold`, it says that heat or cold may help, with
 * the safety of it (ACP 2017: superficial heat for acute pain; NHS: heat for stiffness, cold may
 * ease pain).
 */
function flareText(note: ReminderNotification, flare: FlareReminder) {
  return {
    title: t('notify_flare_title', note.breakMinutes),
    message: t(flare.heatCold ? 'notify_flare_heat_cold' : 'notify_flare_text'),
    contextMessage: flare.heatCold ? t('notify_source', 'ACP, NHS') : undefined,
  };
}

export function reminderText(
  note: ReminderNotification,
  tip: Tip | undefined,
  snoozeMinutes: number,
  flare: FlareReminder | null = null,
) {
  const buttons = [{ title: t('notify_start') }];
  if (note.canSnooze) buttons.push({ title: t('notify_snooze', snoozeMinutes) });
  if (flare) return { ...flareText(note, flare), buttons };
  const message = tip
    ? t('notify_tip', tData(tipKey(tip.id, 'title')), tData(tipKey(tip.id, 'text')))
    : t('notify_no_tip');
  return {
    title: reminderTitle(note),
    message,
    contextMessage: tip ? t('notify_source', tip.source.name) : undefined,
    buttons,
  };
}

/** Shows the reminder; its snooze button names the user's own snooze length. */
export async function showReminder(
  note: ReminderNotification,
  tip: Tip | undefined,
  snoozeMinutes: number,
  flare: FlareReminder | null = null,
) {
  const text = reminderText(note, tip, snoozeMinutes, flare);
  const common = {
    type: 'basic' as const,
    // The PNG icons are rendered at build time, so WXT's typed public paths do not list them.
    iconUrl: (browser.runtime.getURL as (path: string) => string)(NOTIFICATION_ICON_PATH),
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
