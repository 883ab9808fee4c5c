import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type Intent, IntentError, sendIntent } from '@/lib/messages';
import type { BreakRecord, EngineState } from '@/lib/session/state';
import type { Settings } from '@/lib/settings/schema';
import { KEYS, openPageData, type PageData, type PolicyKey, type StorageKey } from './page-data';

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
  /**
   * The page's stored data, read before its first render (see ./page-data.ts), so the first
   * render shows it. Without it the hook reads the same values itself once mounted.
   */
  data?: PageData;
}

const SETTINGS_KEYS: readonly StorageKey[] = [
  KEYS.syncSettings,
  KEYS.localSettings,
  KEYS.settingsPlace,
];

/**
 * The engine as a page sees it: the stored state at once (its times are absolute, so a
 * countdown is right), the background's answer when it comes, then every change the background
 * saves, so the page stays live while open. Settings are followed wherever they live (sync, or
 * local when sync refuses them) and the break records too. Every change goes through the
 * background; nothing here writes engine state.
 */
export function useEngineSnapshot({
  askOnOpen = true,
  data,
}: EngineSnapshotOptions = {}): EngineSnapshot {
  // Read before the first render: shown by it.
  const first = data?.loaded() ? data : null;
  const [state, setState] = useState<EngineState | null>(() => first?.state(Date.now()) ?? null);
  const [settings, setSettings] = useState<Settings | null>(
    () => first?.settings()?.settings ?? null,
  );
  const [records, setRecords] = useState<BreakRecord[]>(() => first?.records() ?? []);
  const [loaded, setLoaded] = useState(first !== null);
  const [answered, setAnswered] = useState(false);
  const [error, setError] = useState<IntentError | null>(null);
  // Which of the data's changes the first render showed (see PageData.revision).
  const firstRevision = useRef(first?.revision() ?? -1);
  const newest = useRef(state?.lastSeen ?? Number.NEGATIVE_INFINITY);
  const replied = useRef(false);
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
        replied.current = true;
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
    // Asked once the page has drawn itself: the answer can wake the background, which then
    // starts on the same cores as this page.
    if (askOnOpen) void send({ type: 'getStatus' });
    const source = data ?? openPageData();
    const follow = (changed: ReadonlySet<StorageKey | PolicyKey>) => {
      if (!open) return;
      if (changed.has(KEYS.engine)) {
        const parsed = source.state(Date.now());
        if (parsed) show(parsed, false);
      }
      // The settings in force change with the user's own and with the organisation's policy.
      const policyChanged = [...changed].some((key) => key.startsWith('managed:'));
      if (policyChanged || SETTINGS_KEYS.some((key) => changed.has(key))) {
        const stored = source.settings();
        if (stored) setSettings(stored.settings);
      }
      if (changed.has(KEYS.records)) setRecords(source.records());
    };
    // Everything as stored now: what was read (a read that fails leaves its part empty, and the
    // background's answer brings the state and settings) and every change since.
    const showAll = () => {
      const parsed = source.state(Date.now());
      // The background may have answered first, with a state at least as new.
      if (parsed && parsed.lastSeen >= newest.current) show(parsed, false);
      const stored = source.settings();
      if (stored) setSettings((current) => (replied.current ? current : stored.settings));
      setRecords(source.records());
      setLoaded(true);
    };
    const unwatch = source.watch(follow);
    if (first) {
      // Read before the first render, which showed it, unless it changed before this listened.
      if (source.revision() !== firstRevision.current) showAll();
    } else {
      void source.ready.then(() => {
        if (open) showAll();
      });
    }
    return () => {
      open = false;
      unwatch();
      if (!data) source.close();
    };
  }, [send, show, askOnOpen, data]);

  return { state, settings, records, loaded, answered, error, send };
}
