import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { readableRecords } from '@/lib/history/today';
import { type Intent, IntentError, sendIntent } from '@/lib/messages';
import { parseEngineState } from '@/lib/session/persist';
import type { BreakRecord, EngineState } from '@/lib/session/state';
import type { Settings } from '@/lib/settings/schema';
import { engineStateItem, readSettings, recordsItem, watchSettings } from '@/lib/storage/items';

/** What became of one `send`. */
export type SendOutcome =
  /** The background did it (or, for a status request, caught up) and answered with this state. */
  | { kind: 'answered'; state: EngineState }
  /** Nothing was done that the page can know of; `error` says why. */
  | { kind: 'failed'; error: IntentError }
  /** Not sent: another action was still on its way, and one user action goes at a time. */
  | { kind: 'busy' };

export interface EngineSnapshot {
  /** The newest engine state seen, from storage or from the background; null until one is. */
  state: EngineState | null;
  settings: Settings | null;
  /** The raw break records, readable ones only. */
  records: BreakRecord[];
  /** Whether the stored state, settings and records have been read (or could not be). */
  loaded: boolean;
  /** Whether the background has answered since the page opened. */
  answered: boolean;
  /** Why the last request brought no new state; null once one does. */
  error: IntentError | null;
  /** Sends an intent to the background and shows the state it answers with. */
  send: (intent: Intent) => Promise<SendOutcome>;
}

export interface EngineSnapshotOptions {
  /**
   * Ask the background for the status on open, which also makes it catch up with the clock.
   * A page that only shows what is stored (the history) need not.
   */
  askOnOpen?: boolean;
}

/**
 * The engine as a page sees it: the stored state at once (its times are absolute, so a
 * countdown is right), the background's answer when it comes, then every change the background
 * saves, so the page stays live while open. Settings are followed wherever they live (sync, or
 * local when sync refuses them) and the break records too. Every change goes through the
 * background; nothing here writes engine state.
 */
export function useEngineSnapshot({
  askOnOpen = true,
}: EngineSnapshotOptions = {}): EngineSnapshot {
  const [state, setState] = useState<EngineState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [records, setRecords] = useState<BreakRecord[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [answered, setAnswered] = useState(false);
  const [error, setError] = useState<IntentError | null>(null);
  const newest = useRef(Number.NEGATIVE_INFINITY);
  const sending = useRef(false);

  // Storage changes arrive in the order they were written; a reply can be overtaken by a later
  // write (an alarm firing meanwhile), so a reply older than what is shown is ignored.
  const show = useCallback((next: EngineState, fromReply: boolean) => {
    if (fromReply && next.lastSeen < newest.current) return;
    newest.current = fromReply ? next.lastSeen : Math.max(newest.current, next.lastSeen);
    setState(next);
  }, []);

  const send = useCallback(
    async (intent: Intent): Promise<SendOutcome> => {
      // One user action at a time: a double click must not, say, snooze twice. Asking for the
      // status does not count: the controls show the stored state before the background
      // answers, and a click then must not be lost.
      const action = intent.type !== 'getStatus';
      if (action && sending.current) return { kind: 'busy' };
      if (action) sending.current = true;
      try {
        const reply = await sendIntent(intent);
        if (!reply.ok) throw new IntentError('refused', reply.error);
        setError(null);
        setAnswered(true);
        show(reply.state, true);
        setSettings(reply.settings);
        return { kind: 'answered', state: reply.state };
      } catch (cause) {
        // sendIntent rejects with nothing else; anything more is a bug, said as it is.
        const failure =
          cause instanceof IntentError ? cause : new IntentError('unreachable', String(cause));
        setError(failure);
        return { kind: 'failed', error: failure };
      } finally {
        if (action) sending.current = false;
      }
    },
    [show],
  );

  useEffect(() => {
    let open = true;
    if (askOnOpen) void send({ type: 'getStatus' });
    const readState = engineStateItem.getValue().then((value) => {
      const parsed = parseEngineState(value, Date.now());
      if (open && parsed) show(parsed, false);
    });
    // Settings are needed to show any state, including one that arrives through storage first.
    const readStoredSettings = readSettings().then((stored) => {
      if (open) setSettings((current) => current ?? stored);
    });
    const readRecords = recordsItem.getValue().then((value) => {
      if (open) setRecords(readableRecords(value));
    });
    // A read that fails leaves its part empty: the background's answer brings the state and the
    // settings, and the next write of each brings it again.
    void Promise.allSettled([readState, readStoredSettings, readRecords]).then(() => {
      if (open) setLoaded(true);
    });
    const unwatch = [
      engineStateItem.watch((value) => {
        const parsed = parseEngineState(value, Date.now());
        if (open && parsed) show(parsed, false);
      }),
      watchSettings(() => {
        readSettings()
          .then((stored) => {
            if (open) setSettings(stored);
          })
          .catch(() => {
            // The next change or the next reply from the background brings them.
          });
      }),
      recordsItem.watch((value) => {
        if (open) setRecords(readableRecords(value));
      }),
    ];
    return () => {
      open = false;
      for (const stop of unwatch) stop();
    };
  }, [send, show, askOnOpen]);

  return { state, settings, records, loaded, answered, error, send };
}
