import { type Browser, browser } from 'wxt/browser';
import { BREAK_LINK_PORT, BREAK_SEEN_EVERY_MS } from '@/lib/break-link';
import { parseEngineState } from '@/lib/session/persist';
import type { EngineState } from '@/lib/session/state';
import type { BreakSeen } from '@/lib/storage/items';
import { BREAK_SEEN_KEY, ENGINE_KEY } from '@/lib/storage/items';

/** Storage's own name for an item's key ("local:engine" is "engine" in local storage). */
const nameOf = (key: string) => key.slice(key.indexOf(':') + 1);

/** A port that drops sooner than this after it was made is made again only after this long. */
const RETRY_MS = 1_000;

/**
 * While this page shows a running break, it tells the background it is open: it holds a port to
 * it (the background ends the break with the time spent when the port closes with the page), and
 * notes in session storage when it was last seen open. Chrome stops an idle worker, which drops
 * the port; the page then connects again (which starts the worker) so a close is still heard at
 * once. Should the page close in the moment between, the background finds the page gone on its
 * next wake and ends the break where the page was last seen (entrypoints/background/break-page.ts).
 * Returns what lets go of both.
 */
export function holdBreakLink(startedAt: number): () => void {
  let port: Browser.runtime.Port | null = null;
  let released = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    const madeAt = Date.now();
    const current = browser.runtime.connect({ name: BREAK_LINK_PORT });
    port = current;
    current.onDisconnect.addListener(() => {
      // Reading the error keeps Chrome from logging a port that never reached the worker (it was
      // stopping) as an unchecked error. It is used, not just read: the build drops a bare read.
      const unreached = browser.runtime.lastError != null;
      if (port === current) port = null;
      if (released) return;
      const soon = unreached || Date.now() - madeAt < RETRY_MS;
      retry = setTimeout(connect, soon ? RETRY_MS : 0);
    });
  };

  const seen = () => {
    const value: BreakSeen = { startedAt, at: Date.now() };
    // A lost note costs at most one interval of the break, and only if the port was down too.
    browser.storage.session.set({ [nameOf(BREAK_SEEN_KEY)]: value }).catch(() => undefined);
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') seen();
  };

  connect();
  seen();
  const timer = setInterval(seen, BREAK_SEEN_EVERY_MS);
  addEventListener('pagehide', seen);
  document.addEventListener('visibilitychange', onHidden);
  document.addEventListener('freeze', seen);

  return () => {
    released = true;
    clearTimeout(retry);
    clearInterval(timer);
    removeEventListener('pagehide', seen);
    document.removeEventListener('visibilitychange', onHidden);
    document.removeEventListener('freeze', seen);
    port?.disconnect();
    port = null;
  };
}

/** The break running in `state` at `now`, if any. */
function runningBreakStart(state: EngineState | null, now: number): number | null {
  const phase = state?.phase;
  return phase?.kind === 'onBreak' && phase.endsAt > now ? phase.startedAt : null;
}

/**
 * Holds the link (see `holdBreakLink`) for as long as the stored engine state shows a running
 * break: from the state read before the page's first render (`initial`), then at each change the
 * background saves, followed from now on so none is missed while the read is on its way.
 */
export function linkWhileOnBreak(initial: Promise<unknown>): void {
  let held: { startedAt: number; release: () => void } | null = null;
  let changed = false;
  const follow = (stored: unknown) => {
    const now = Date.now();
    const startedAt = runningBreakStart(parseEngineState(stored, now), now);
    if (held && held.startedAt !== startedAt) {
      held.release();
      held = null;
    }
    if (startedAt !== null && !held) held = { startedAt, release: holdBreakLink(startedAt) };
  };
  const engine = nameOf(ENGINE_KEY);
  browser.storage.local.onChanged.addListener((changes) => {
    const change = changes[engine];
    if (!change) return;
    changed = true;
    follow(change.newValue);
  });
  void initial.then((stored) => {
    if (!changed) follow(stored);
  });
}
