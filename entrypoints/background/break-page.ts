import { browser } from 'wxt/browser';
import type { EngineEvent, EngineState } from '@/lib/session/state';
import { breakSeenItem, breakTabItem } from '@/lib/storage/items';
import { BREAK_PAGE, findBreakTab } from './effects';

/** Whether the tab is there (the browser refuses `get` for a closed one). */
async function tabExists(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Whether the break page is gone: none is open, and the tab that showed it (`tabId`) is closed. A
 * tab still there is reloading the page (or was sent elsewhere, and the break runs to its end, as
 * it always did); Chrome before 116, which cannot list its pages, goes by the tab alone. Forgets
 * the remembered break tab once it is closed.
 */
export async function breakPageGone(tabId: number | null | undefined): Promise<boolean> {
  if (await findBreakTab(browser.runtime.getURL(BREAK_PAGE))) return false;
  if (tabId === null || tabId === undefined) return true;
  if (await tabExists(tabId)) return false;
  if ((await breakTabItem.getValue()) === tabId) await breakTabItem.removeValue();
  return true;
}

/**
 * How long a break page whose port dropped may still be listed: Firefox drops the port as the
 * page unloads, before its closing tab leaves `tabs.query`, so a first look finds it still there.
 */
const SETTLE_LOOKS = 15;
const SETTLE_LOOK_MS = 200;

/** Ports the break page has made: a new one while a dropped one settles is the page reloaded. */
let connections = 0;

export function breakPageConnected(): void {
  connections += 1;
}

/**
 * Whether the break page whose port just dropped was closed: looks again for up to 3 s while its
 * tab is still listed, and answers no as soon as the page connects again (a reload), or when the
 * tab stays (sent elsewhere: the break runs to its end, as it always did).
 */
export async function breakPageClosed(
  tabId: number | null | undefined,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<boolean> {
  const before = connections;
  for (let look = 0; connections === before; look++) {
    if (await breakPageGone(tabId)) return connections === before;
    if (look === SETTLE_LOOKS) return false;
    await wait(SETTLE_LOOK_MS);
  }
  return false;
}

/**
 * The end of a running break whose page closed while nothing listened (the worker was stopped
 * and the page's port not yet made again), dated when the page was last seen open. Null while the
 * page is open or may still be on its way: owed to the user, or not yet showing this break.
 */
export async function closedBreak(state: EngineState): Promise<EngineEvent | null> {
  const { phase } = state;
  if (phase.kind !== 'onBreak' || state.owed?.breakPage) return null;
  const seen = await breakSeenItem.getValue();
  if (seen?.startedAt !== phase.startedAt) return null;
  if (!(await breakPageGone(await breakTabItem.getValue()))) return null;
  return { type: 'endBreak', at: seen.at };
}
