import type { PauseChoice } from './session/schedule';
import type { EngineState } from './session/state';
import type { Settings } from './settings/schema';

/** What the popup, options and break pages may ask the background to do. */
export type Intent =
  | { type: 'getStatus' }
  | { type: 'startBreak' }
  | { type: 'endBreak' }
  | { type: 'skipBreak' }
  | { type: 'snooze' }
  | { type: 'pause'; choice: PauseChoice }
  | { type: 'resume' }
  /** Forget the daily history and the raw records (settings and the session under way stay). */
  | { type: 'clearHistory' };

/** Every intent is answered with the state after it, so a page can render at once. */
export type IntentReply =
  | { ok: true; state: EngineState; settings: Settings; now: number }
  | { ok: false; error: string };

const INTENT_TYPES = new Set<Intent['type']>([
  'getStatus',
  'startBreak',
  'endBreak',
  'skipBreak',
  'snooze',
  'pause',
  'resume',
  'clearHistory',
]);

const PAUSE_CHOICES = new Set<PauseChoice>(['30m', '1h', '2h', 'tomorrow', 'manual']);

/** Messages arrive untyped; only well-formed intents reach the engine. */
export function parseIntent(message: unknown): Intent | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, choice } = message as { type?: unknown; choice?: unknown };
  if (typeof type !== 'string' || !INTENT_TYPES.has(type as Intent['type'])) return null;
  if (type === 'pause') {
    return PAUSE_CHOICES.has(choice as PauseChoice)
      ? { type, choice: choice as PauseChoice }
      : null;
  }
  return { type } as Intent;
}
