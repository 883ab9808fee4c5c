import { browser } from 'wxt/browser';
import { nextCheckInAt, promptWanted } from '@/lib/diary/prompt';
import { localDayKey } from '@/lib/history/days';
import { t } from '@/lib/i18n/t';
import { NOTIFICATION_ICON_PATH } from '@/lib/icons';
import { readDiary } from '@/lib/storage/diary';
import { readSettings, watchSettings } from '@/lib/storage/settings';
import { HOUR } from '@/lib/time/units';

/**
 * The pain diary's once-a-day prompt (issue 19): with the diary and its prompt on, an alarm at the
 * chosen time shows a notification, unless today is already filled in; clicking it opens the
 * history page at today's check-in (a notification cannot open the popup). Off by default.
 */

export const CHECK_IN_ALARM = 'limber-check-in';
export const CHECK_IN_NOTIFICATION = 'limber-check-in';
/** The history page's check-in (entrypoints/history/PainSection.tsx). */
export const CHECK_IN_PAGE = '/history.html#pain-checkin';
/**
 * A prompt that comes this late (the computer was asleep or the browser closed at its time) is
 * dropped: a question about "today" at breakfast the next morning would be about the wrong day.
 */
export const LATE_AFTER_MS = 3 * HOUR;

function report(error: unknown): void {
  console.error('Limber check-in:', error);
}

/** Sets the next prompt, or clears it when the diary or its prompt is off. */
export async function scheduleCheckIn(now: number = Date.now()): Promise<void> {
  const settings = await readSettings();
  if (!settings.painDiary || !settings.checkInPrompt) {
    await browser.alarms.clear(CHECK_IN_ALARM);
    return;
  }
  const when = nextCheckInAt(now, settings.checkInTime);
  const set = await browser.alarms.get(CHECK_IN_ALARM);
  if (set?.scheduledTime !== when) await browser.alarms.create(CHECK_IN_ALARM, { when });
}

/** The alarm went off (at `scheduledTime`): prompt if still wanted, then set the next one. */
export async function checkInDue(scheduledTime: number, now: number = Date.now()): Promise<void> {
  const settings = await readSettings();
  const onTime = now - scheduledTime < LATE_AFTER_MS;
  if (settings.painDiary && settings.checkInPrompt && onTime) {
    if (promptWanted(localDayKey(now), await readDiary(now))) {
      await browser.notifications.create(CHECK_IN_NOTIFICATION, {
        type: 'basic',
        // The PNG icons are rendered at build time, so WXT's typed public paths do not list them.
        iconUrl: (browser.runtime.getURL as (path: string) => string)(NOTIFICATION_ICON_PATH),
        title: t('diary_notify_title'),
        message: t('diary_notify_text'),
      });
    }
  }
  await scheduleCheckIn(now + 1);
}

/** Wires the prompt into the worker: called once, synchronously, as the worker starts. */
export function installCheckIn(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CHECK_IN_ALARM) checkInDue(alarm.scheduledTime).catch(report);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== CHECK_IN_NOTIFICATION) return;
    browser.notifications.clear(id).catch(report);
    browser.tabs
      .create({ url: (browser.runtime.getURL as (path: string) => string)(CHECK_IN_PAGE) })
      .catch(report);
  });
  watchSettings(() => scheduleCheckIn().catch(report));
  scheduleCheckIn().catch(report);
}
