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
