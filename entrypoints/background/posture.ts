import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/t';
import { NOTIFICATION_ICON_PATH } from '@/lib/icons';
import type { EngineEvent, Posture, PostureNotification } from '@/lib/session/state';

/**
 * The suggestion to stand or sit at a sit-stand desk (lib/session/desk-steps.ts): its own
 * notification beside the break reminder's, named by the posture it suggests, so a click knows
 * what to do without reading the state. Firefox shows no buttons: there a click says "I'm
 * standing" (or sitting).
 */
const PREFIX = 'limber-posture-';
const ids = (['standing', 'sitting'] as const).map((to) => `${PREFIX}${to}`);

/** Which button does what. */
export const POSTURE_BUTTONS = { accept: 0, snooze: 1 } as const;

export function postureText(note: PostureNotification, snoozeMinutes: number) {
  const standing = note.to === 'standing';
  const buttons = [{ title: t(standing ? 'stand_button_standing' : 'stand_button_sitting') }];
  if (note.canSnooze) buttons.push({ title: t('notify_snooze', snoozeMinutes) });
  return {
    title: t(standing ? 'stand_notify_stand_title' : 'stand_notify_sit_title'),
    message: t(standing ? 'stand_notify_stand_text' : 'stand_notify_sit_text', note.minutes),
    buttons,
  };
}

export async function clearPostureNotice(): Promise<void> {
  await Promise.all(ids.map((id) => browser.notifications.clear(id)));
}

export async function showPostureNotice(note: PostureNotification, snoozeMinutes: number) {
  const text = postureText(note, snoozeMinutes);
  const id = `${PREFIX}${note.to}`;
  const common = {
    type: 'basic' as const,
    // The PNG icons are rendered at build time, so WXT's typed public paths do not list them.
    iconUrl: (browser.runtime.getURL as (path: string) => string)(NOTIFICATION_ICON_PATH),
    title: text.title,
    message: text.message,
  };
  // At most one suggestion on screen.
  await clearPostureNotice();
  if (import.meta.env.FIREFOX) {
    await browser.notifications.create(id, common);
    return;
  }
  await browser.notifications.create(id, {
    ...common,
    buttons: text.buttons,
    requireInteraction: note.stay,
    silent: note.silent,
    priority: 1,
  });
}

/** What a click on a suggestion (or one of its buttons) tells the engine; null if not ours. */
export function postureClick(id: string, button?: number): EngineEvent | null {
  if (!id.startsWith(PREFIX)) return null;
  const to = id.slice(PREFIX.length) as Posture;
  if (to !== 'standing' && to !== 'sitting') return null;
  if (button === POSTURE_BUTTONS.snooze) return { type: 'snoozePosture' };
  return { type: 'setPosture', posture: to };
}
