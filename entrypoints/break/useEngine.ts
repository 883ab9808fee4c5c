import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
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
  if (typeof reply !== 'object' || reply === null) return 'Limber did not answer.';
  const { ok, state, settings, error } = reply as Record<string, unknown>;
  if (ok !== true) return typeof error === 'string' ? error : 'Limber could not do that.';
  const parsed = parseEngineState(state);
  return parsed
    ? { state: parsed, settings: parseSettings(settings).settings }
    : 'Limber sent back a state it could not read.';
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
      setError(
        `Limber's background did not answer (${String(failure)}). Reload this page to try again.`,
      );
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
