import { browser } from 'wxt/browser';
import { parseEngineState } from './session/persist';
import { PAUSE_CHOICES, type PauseChoice } from './session/schedule';
import type { EngineState, Posture } from './session/state';
import { isRecord, parseSettings, type Settings } from './settings/schema';

/**
 * The one path between the pages and the background: the intents a page may send, the reply
 * each gets, a check for each side (`parseIntent` in the background, `parseIntentReply` in the
 * pages, since a message channel can hand back anything) and `sendIntent`, the pages' one way
 * to send. Besides lib/storage, this is the only part of lib/ that calls the browser.
 */

/** What the popup, the break page and the history page may ask the background to do. */
export type Intent =
  | { type: 'getStatus' }
  | { type: 'startBreak' }
  | { type: 'endBreak' }
  | { type: 'skipBreak' }
  | { type: 'snooze' }
  | { type: 'pause'; choice: PauseChoice }
  /** The popup's sit-stand toggle: the user now sits or stands. */
  | { type: 'setPosture'; posture: Posture }
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
  'setPosture',
  'resume',
  'clearHistory',
]);

const PAUSES = new Set<PauseChoice>(PAUSE_CHOICES);

/** Messages arrive untyped; only well-formed intents reach the engine. */
export function parseIntent(message: unknown): Intent | null {
  if (!isRecord(message)) return null;
  const { type, choice } = message;
  if (typeof type !== 'string' || !INTENT_TYPES.has(type as Intent['type'])) return null;
  if (type === 'setPosture') {
    const { posture } = message;
    return posture === 'sitting' || posture === 'standing' ? { type, posture } : null;
  }
  if (type === 'pause') {
    return PAUSES.has(choice as PauseChoice) ? { type, choice: choice as PauseChoice } : null;
  }
  return { type } as Intent;
}

/**
 * A reply as the background sends it, or null for anything else. The state goes through the
 * same check as a stored one, and the settings are repaired field by field, as on every read.
 */
export function parseIntentReply(value: unknown): IntentReply | null {
  if (!isRecord(value)) return null;
  if (value.ok === false) {
    return typeof value.error === 'string' ? { ok: false, error: value.error } : null;
  }
  const { now } = value;
  if (value.ok !== true || !isRecord(value.settings) || typeof now !== 'number') return null;
  if (!Number.isFinite(now)) return null;
  // Read against the background's clock when it answered, as the background itself reads it.
  const state = parseEngineState(value.state, now);
  return state ? { ok: true, state, settings: parseSettings(value.settings).settings, now } : null;
}

/**
 * Why an intent brought no new state: the background could not be reached (`unreachable`),
 * nothing answered (`no-answer`), the answer could not be read (`malformed`), or the background
 * answered that it could not do it (`refused`). Pages put each into their own words.
 */
export type IntentFailure = 'unreachable' | 'no-answer' | 'malformed' | 'refused';

export class IntentError extends Error {
  override readonly name = 'IntentError';
  readonly reason: IntentFailure;
  /** What went wrong, in the browser's or the background's words (not translated). */
  readonly detail: string;

  constructor(reason: IntentFailure, detail: string, options?: { cause?: unknown }) {
    super(`${reason}: ${detail}`, options);
    this.reason = reason;
    this.detail = detail;
  }
}

/**
 * Sends an intent to the background and resolves with its checked reply, which may be a refusal
 * (`ok: false`). Rejects with an `IntentError` when there is no reply a page could use.
 */
export async function sendIntent(intent: Intent): Promise<IntentReply> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(intent);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new IntentError('unreachable', detail, { cause });
  }
  if (reply === undefined || reply === null) {
    throw new IntentError('no-answer', `nothing answered ${intent.type}`);
  }
  const parsed = parseIntentReply(reply);
  if (!parsed) throw new IntentError('malformed', `an unreadable answer to ${intent.type}`);
  return parsed;
}
