import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readableRecords } from '@/lib/history/today';
import { t } from '@/lib/i18n/t';
import type { Intent, IntentReply } from '@/lib/messages';
import { parseEngineState } from '@/lib/session/persist';
import type { BreakRecord, EngineState } from '@/lib/session/state';
import type { Settings } from '@/lib/settings/schema';
import { engineStateItem, readSettings, recordsItem, watchSettings } from '@/lib/storage/items';

export interface Engine {
  /** Null until the background first answers. */
  state: EngineState | null;
  settings: Settings | null;
  records: BreakRecord[];
  /** What went wrong with the last request, in words for the user; null when all is well. */
  error: string | null;
  /** Sends an intent to the background and shows the state it answers with. */
  send: (intent: Intent) => Promise<void>;
}

function isReply(value: unknown): value is IntentReply {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/**
 * The engine as the popup sees it: asks the background for the status on open (which also
 * makes it catch up with the clock), then follows storage so the popup stays live while open.
 * Every change goes through the background; nothing here writes engine state.
 */
export function useEngine(): Engine {
  const [state, setState] = useState<EngineState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [records, setRecords] = useState<BreakRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
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
    async (intent: Intent) => {
      // One user action at a time: a double click must not, say, snooze twice. Asking for the
      // status does not count: the controls show the stored state before the background
      // answers, and a click then must not be lost.
      const action = intent.type !== 'getStatus';
      if (action && sending.current) return;
      if (action) sending.current = true;
      try {
        const reply: unknown = await browser.runtime.sendMessage(intent);
        if (!isReply(reply)) {
          setError(t('popup_error_no_answer'));
          return;
        }
        if (!reply.ok) {
          setError(t('popup_error_refused', reply.error));
          return;
        }
        setError(null);
        show(reply.state, true);
        setSettings(reply.settings);
      } catch (cause) {
        setError(
          t(
            'popup_error_no_answer_because',
            cause instanceof Error ? cause.message : String(cause),
          ),
        );
      } finally {
        if (action) sending.current = false;
      }
    },
    [show],
  );

  useEffect(() => {
    let open = true;
    void send({ type: 'getStatus' });
    // The stored state shows at once (its times are absolute, so the countdown is right); the
    // background's answer, which waits for it to catch up with the clock, follows it.
    engineStateItem
      .getValue()
      .then((value) => {
        const parsed = parseEngineState(value);
        if (open && parsed) show(parsed, false);
      })
      .catch(() => {
        // The background's answer brings the state.
      });
    // Settings are needed to show any state, including one that arrives through storage first.
    readSettings()
      .then((stored) => {
        if (open) setSettings((current) => current ?? stored);
      })
      .catch(() => {
        // The background's answer carries the settings too.
      });
    recordsItem
      .getValue()
      .then((value) => {
        if (open) setRecords(readableRecords(value));
      })
      .catch(() => {
        // Only today's figures depend on this; they stay at zero and the next write retries.
      });
    const unwatch = [
      engineStateItem.watch((value) => {
        const parsed = parseEngineState(value);
        if (open && parsed) show(parsed, false);
      }),
      // Settings may live in sync or, when sync refuses them, in local storage: watch both.
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
  }, [send, show]);

  return { state, settings, records, error, send };
}
