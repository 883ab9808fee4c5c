import { type Browser, browser } from 'wxt/browser';
import { BREAK_LINK_PORT } from '@/lib/break-link';
import { type Intent, type IntentReply, parseIntent } from '@/lib/messages';
import type { EngineEvent } from '@/lib/session/state';
import { clearHistory } from '@/lib/storage/history';
import { flareItem } from '@/lib/storage/items';
import { readSettings, watchSettings } from '@/lib/storage/settings';
import { breakPageClosed, breakPageConnected } from './break-page';
import { installCheckIn } from './check-in';
import { ALARM_NAME } from './effects';
import { dispatch, serialized } from './engine';
import { BUTTONS, NOTIFICATION_ID } from './notifications';
import { observeNow, presenceEvent } from './observe';
import { postureClick } from './posture';

/**
 * What a page's intent is to the engine: the event of the same name (a pause carries the choice,
 * which the engine dates), or a catch-up with the clock for a status request and after clearing
 * the history.
 */
function intentEvent(intent: Intent): EngineEvent {
  return intent.type === 'getStatus' || intent.type === 'clearHistory' ? { type: 'tick' } : intent;
}

/** Re-reads what the browser knows, then lets the engine catch up with the clock. */
async function recheck(): Promise<void> {
  const settings = await readSettings();
  browser.idle.setDetectionInterval(settings.idleSeconds);
  await dispatch(...(await observeNow(settings.idleSeconds)));
}

function report(error: unknown): void {
  console.error('Limber background:', error);
}

export default defineBackground(() => {
  // Every listener is registered synchronously here: MV3 drops events that arrive before a
  // listener exists, and a stopped worker is started again by exactly these events.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM_NAME) recheck().catch(report);
  });

  browser.idle.onStateChanged.addListener((state) => {
    presenceEvent(state)
      .then((event) => dispatch(event))
      .catch(report);
  });

  browser.notifications.onClicked.addListener((id) => {
    if (id === NOTIFICATION_ID) dispatch({ type: 'startBreak' }).catch(report);
    const posture = postureClick(id);
    if (posture) dispatch(posture).catch(report);
  });

  browser.notifications.onButtonClicked?.addListener((id, index) => {
    const posture = postureClick(id, index);
    if (posture) dispatch(posture).catch(report);
    if (id !== NOTIFICATION_ID) return;
    const event: EngineEvent =
      index === BUTTONS.snooze ? { type: 'snooze' } : { type: 'startBreak' };
    dispatch(event).catch(report);
  });

  browser.commands?.onCommand.addListener((command) => {
    if (command === 'start-break') dispatch({ type: 'startBreak' }).catch(report);
    if (command === 'toggle-pause') {
      dispatch({ type: 'tick' })
        .then(({ state }) =>
          dispatch(
            state.phase.kind === 'paused'
              ? { type: 'resume' }
              : { type: 'pause', choice: 'manual' },
          ),
        )
        .catch(report);
    }
  });

  // Closing the break page early counts as a break of the time actually spent. The page holds a
  // port while it shows a running break, and its closing ends the break. No tab or window
  // listener: each would wake the worker for every tab the user closes or window they move
  // (fullscreen is read at every wake instead, see observeNow). A page closed while the worker
  // was stopped is caught on the next wake (./break-page.ts).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== BREAK_LINK_PORT || port.sender?.id !== browser.runtime.id) return;
    const tabId = port.sender.tab?.id;
    breakPageConnected();
    port.onDisconnect.addListener(() => {
      // Dated when the page went, not when the browser stopped listing it.
      const at = Date.now();
      breakPageClosed(tabId)
        .then((gone) => (gone ? dispatch({ type: 'endBreak', at }) : undefined))
        .catch(report);
    });
  });

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender): Promise<IntentReply> | undefined => {
      // Only Limber's own pages may drive the engine. Nothing else can reach this listener today
      // (no content scripts, no externally_connectable); the check keeps it so if that changes.
      if (sender.id !== browser.runtime.id) return undefined;
      const intent = parseIntent(message);
      if (!intent) return undefined;
      const before = intent.type === 'clearHistory' ? serialized(clearHistory) : Promise.resolve();
      return before
        .then(() => dispatch(intentEvent(intent)))
        .then(({ state, settings, now }): IntentReply => ({ ok: true, state, settings, now }))
        .catch((error: unknown): IntentReply => {
          report(error);
          return { ok: false, error: String(error) };
        });
    },
  );

  // Settings apply at once: a new interval, idle threshold or working hours reschedule now,
  // whether they are kept in sync storage or, when sync refused them, in local storage.
  watchSettings(() => recheck().catch(report));
  // Flare mode turned on or ended (from the popup) changes the schedule the same way.
  flareItem.watch(() => recheck().catch(report));

  browser.runtime.onInstalled.addListener((details) => {
    recheck().catch(report);
    if (details.reason === 'install') {
      // A first install opens a short welcome: what Limber does, the schedule, where it lives.
      browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome') }).catch(report);
    }
  });
  browser.runtime.onStartup.addListener(() => recheck().catch(report));

  // The pain diary's daily prompt, when the user asked for it (./check-in.ts).
  installCheckIn();

  // A worker can be stopped at any moment; each start re-checks from storage alone.
  recheck().catch(report);
});
