import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/t';
import type { Intent } from '@/lib/messages';
import { parseEngineState } from '@/lib/session/persist';
import type { EngineState } from '@/lib/session/state';
import { parseSettings, type Settings } from '@/lib/settings/schema';
import { engineStateItem, settingsItem } from '@/lib/storage/items';

export interface EngineSnapshot {
  state: EngineState;
  settings: Settings;
}

export interface Engine {
  /** Null until the background first answers. */
  snapshot: EngineSnapshot | null;
  /** Why the background could not be reached or refused, in words for the user. */
  error: string | null;
  /** Sends an intent; resolves with the new state, or null when it failed (see `error`). */
  send(intent: Intent): Promise<EngineState | null>;
}

/** Checks the reply's shape: a message channel can hand back anything. */
function readReply(reply: unknown): EngineSnapshot | string {
  if (typeof reply !== 'object' || reply === null) return t('break_error_no_answer');
  const { ok, state, settings, error } = reply as Record<string, unknown>;
  if (ok !== true) return typeof error === 'string' ? error : t('break_error_refused');
  const parsed = parseEngineState(state);
  return parsed
    ? { state: parsed, settings: parseSettings(settings).settings }
    : t('break_error_bad_state');
}

/**
 * The engine as the break page sees it: asked once on load (which also lets it catch up with the
 * clock), then kept current by watching storage, where the background saves every change.
 */
export function useEngine(): Engine {
  const [snapshot, setSnapshot] = useState<EngineSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = useCallback(async (intent: Intent): Promise<EngineState | null> => {
    try {
      const reply = readReply(await browser.runtime.sendMessage(intent));
      if (typeof reply === 'string') {
        setError(reply);
        return null;
      }
      setError(null);
      setSnapshot(reply);
      return reply.state;
    } catch (failure) {
      setError(t('break_error_unreachable', String(failure)));
      return null;
    }
  }, []);

  useEffect(() => {
    void send({ type: 'getStatus' });
    const unwatchState = engineStateItem.watch((value) => {
      const state = parseEngineState(value);
      if (state) setSnapshot((prev) => (prev ? { ...prev, state } : prev));
    });
    const unwatchSettings = settingsItem.watch((value) => {
      const { settings } = parseSettings(value);
      setSnapshot((prev) => (prev ? { ...prev, settings } : prev));
    });
    return () => {
      unwatchState();
      unwatchSettings();
    };
  }, [send]);

  return { snapshot, error, send };
}
