import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type IntentError,
  type IntentReply,
  parseIntent,
  parseIntentReply,
  sendIntent,
} from '@/lib/messages';
import { PAUSE_CHOICES } from '@/lib/session/schedule';
import type { EngineState } from '@/lib/session/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const NOW = new Date(2026, 2, 4, 10, 0).getTime();

const STATE: EngineState = {
  version: 1,
  phase: { kind: 'paused', since: NOW - 60_000, until: null },
  lastSeen: NOW,
  presence: 'active',
  fullscreen: false,
  breaksSinceLong: 0,
  shownTips: [],
};

const REPLY = { ok: true, state: STATE, settings: { ...DEFAULT_SETTINGS }, now: NOW };

describe('parseIntent', () => {
  it('lets through every pause choice, and only those', () => {
    for (const choice of PAUSE_CHOICES) {
      expect(parseIntent({ type: 'pause', choice })).toEqual({ type: 'pause', choice });
    }
    expect(parseIntent({ type: 'pause', choice: '3h' })).toBeNull();
    expect(parseIntent({ type: 'pause' })).toBeNull();
  });

  it('keeps only the type of other intents, and refuses anything else', () => {
    expect(parseIntent({ type: 'snooze', extra: 1 })).toEqual({ type: 'snooze' });
    expect(parseIntent({ type: 'explode' })).toBeNull();
    expect(parseIntent('getStatus')).toBeNull();
    expect(parseIntent(null)).toBeNull();
    expect(parseIntent([{ type: 'getStatus' }])).toBeNull();
  });
});

describe('parseIntentReply', () => {
  it('reads the background’s answer', () => {
    expect(parseIntentReply(REPLY)).toEqual(REPLY);
    expect(parseIntentReply({ ok: false, error: 'busy' })).toEqual({ ok: false, error: 'busy' });
  });

  it('repairs the settings field by field, as a read from storage does', () => {
    const reply = parseIntentReply({ ...REPLY, settings: { sitMinutes: 45, breakMinutes: -3 } });
    expect(reply?.ok && reply.settings).toEqual({
      ...DEFAULT_SETTINGS,
      sitMinutes: 45,
      excludedCategories: [],
    });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'ok'],
    ['an answer with no ok', { state: STATE, settings: DEFAULT_SETTINGS, now: NOW }],
    ['a bare ok', { ok: true }],
    ['an ok with no state', { ...REPLY, state: undefined }],
    ['an ok with no engine state', { ...REPLY, state: { version: 2 } }],
    ['an ok with no settings', { ...REPLY, settings: undefined }],
    ['an ok with settings that are not an object', { ...REPLY, settings: 'defaults' }],
    ['an ok with no time', { ...REPLY, now: undefined }],
    ['an ok with a time that is not a number', { ...REPLY, now: Number.NaN }],
    ['a refusal with no reason', { ok: false }],
    ['a refusal whose reason is not words', { ok: false, error: { code: 1 } }],
    ['an ok that is not true or false', { ...REPLY, ok: 'yes' }],
  ])('refuses %s', (_, value) => {
    expect(parseIntentReply(value)).toBeNull();
  });
});

describe('sendIntent', () => {
  beforeEach(() => fakeBrowser.reset());

  const answer = (value: unknown) =>
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => value as never);

  async function failure(promise: Promise<IntentReply>): Promise<IntentError> {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    if (!(error instanceof Error) || error.name !== 'IntentError') {
      throw new Error(`expected an IntentError, got ${String(error)}`);
    }
    return error as IntentError;
  }

  it('sends the intent and resolves with the checked reply', async () => {
    const send = answer(REPLY);
    await expect(sendIntent({ type: 'pause', choice: '1h' })).resolves.toEqual(REPLY);
    expect(send).toHaveBeenCalledWith({ type: 'pause', choice: '1h' });
  });

  it('resolves with a refusal, which is a reply', async () => {
    answer({ ok: false, error: 'storage is full' });
    await expect(sendIntent({ type: 'snooze' })).resolves.toEqual({
      ok: false,
      error: 'storage is full',
    });
  });

  it('rejects with a typed error when nothing answers', async () => {
    answer(undefined);
    const error = await failure(sendIntent({ type: 'getStatus' }));
    expect(error.reason).toBe('no-answer');
  });

  it('rejects with a typed error, never a cast, when the answer cannot be read', async () => {
    answer({ ok: true });
    const error = await failure(sendIntent({ type: 'clearHistory' }));
    expect(error.reason).toBe('malformed');
    expect(error.detail).toContain('clearHistory');
  });

  it('rejects with the browser’s reason when the background cannot be reached', async () => {
    const cause = new Error('Could not establish connection');
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(cause);
    const error = await failure(sendIntent({ type: 'getStatus' }));
    expect(error.reason).toBe('unreachable');
    expect(error.detail).toBe('Could not establish connection');
    expect(error.cause).toBe(cause);
  });
});
