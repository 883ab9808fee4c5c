import { browser } from 'wxt/browser';
import type { Tip } from '@/lib/content/tips';
import type { FlareState } from '@/lib/flare/state';
import type { BadgeModel, Effect, EngineState } from '@/lib/session/state';
import type { Settings } from '@/lib/settings/schema';
import { breakTabItem } from '@/lib/storage/items';
import { renderBadge } from './badge';
import { clearReminder, showReminder } from './notifications';
import { clearPostureNotice, showPostureNotice } from './posture';

export const ALARM_NAME = 'limber-next';
export const BREAK_PAGE = '/break.html';

interface EffectContext {
  state: EngineState;
  settings: Settings;
  /** Flare mode while it is in force, else null: the toolbar and reminders say so. */
  flare: FlareState | null;
  tip: (id: string) => Tip | undefined;
}

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** The icon this worker last set: set again only when it changes (the browser keeps it). */
let iconShown: string | null = null;

async function setBadge(
  model: BadgeModel,
  settings: Settings,
  flare: FlareState | null,
): Promise<void> {
  const badge = renderBadge(model, settings.showBadge, flare?.until ?? null);
  const button = toolbarButton();
  await button.setBadgeText({ text: badge.text });
  await button.setBadgeBackgroundColor({ color: badge.color });
  await button.setTitle({ title: badge.title });
  const icon = JSON.stringify(badge.icon);
  if (icon === iconShown) return;
  try {
    await button.setIcon({ path: badge.icon });
    iconShown = icon;
  } catch {
    // The picture only repeats what the badge and tooltip say: one the browser cannot draw (or
    // a browser without it, as the unit tests' stand-in) keeps the last, and the next wake
    // tries again.
  }
}

/**
 * Sets the one wake-up, replacing whatever was pending (so a single one is ever pending), or
 * clears it when nothing is to wake for (null).
 */
export async function setWakeUp(at: number | null): Promise<void> {
  if (at === null) await browser.alarms.clear(ALARM_NAME);
  else await browser.alarms.create(ALARM_NAME, { when: at });
}

/** The tab showing our break page, found without the `tabs` permission. */
export async function findBreakTab(
  url: string,
): Promise<{ tabId: number; windowId: number } | null> {
  if (browser.runtime.getContexts) {
    const [context] = await browser.runtime.getContexts({
      contextTypes: [browser.runtime.ContextType.TAB],
      documentUrls: [url],
    });
    return context ? { tabId: context.tabId, windowId: context.windowId } : null;
  }
  // Firefox shows an extension its own pages' URLs even without the `tabs` permission.
  const tab = (await browser.tabs.query({})).find((t) => t.url === url);
  return tab?.id !== undefined && tab.windowId !== undefined
    ? { tabId: tab.id, windowId: tab.windowId }
    : null;
}

/**
 * Focuses the break page if one is open (never two at once), else opens it, noting its tab
 * (`breakTabItem`) so that a page closed while the worker was stopped can be told from one that
 * is reloading (./break-page.ts).
 */
export async function openBreakPage(): Promise<void> {
  const url = browser.runtime.getURL(BREAK_PAGE);
  const open = await findBreakTab(url);
  if (open) {
    await breakTabItem.setValue(open.tabId);
    await browser.tabs.update(open.tabId, { active: true });
    await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  const tab = await browser.tabs.create({ url });
  await breakTabItem.setValue(tab.id ?? null);
}

export async function runEffects(effects: readonly Effect[], ctx: EffectContext): Promise<void> {
  for (const effect of effects) {
    switch (effect.type) {
      case 'notify': {
        const tipId = effect.notification.tipId;
        await showReminder(
          effect.notification,
          tipId === null ? undefined : ctx.tip(tipId),
          ctx.settings.snoozeMinutes,
          ctx.flare ? { heatCold: ctx.settings.flareHeatCold } : null,
        );
        break;
      }
      case 'clearNotification':
        await clearReminder();
        break;
      case 'notifyPosture':
        await showPostureNotice(effect.notification, ctx.settings.snoozeMinutes);
        break;
      case 'clearPostureNotification':
        await clearPostureNotice();
        break;
      case 'openBreakPage':
        await openBreakPage();
        break;
      case 'setAlarm':
        await setWakeUp(effect.at);
        break;
      case 'setBadge':
        await setBadge(effect.badge, ctx.settings, ctx.flare);
        break;
      case 'record':
        // Records are saved with the state, before any effect runs.
        break;
    }
  }
}
