import { act, render, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Intent, IntentReply } from '@/lib/messages';
import {
  type EngineSnapshot,
  type EngineSnapshotOptions,
  useEngineSnapshot,
} from '@/lib/pages/useEngineSnapshot';
import type { EngineState } from '@/lib/session/state';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { engineStateItem, recordsItem } from '@/lib/storage/items';
import { localSettingsItem, settingsItem, settingsPlaceItem } from '@/lib/storage/settings';
import { readPageData } from '../../support/page-data';

function paused(lastSeen = Date.now()): EngineState {
  return {
    version: 1,
    phase: { kind: 'paused', since: lastSeen - 1000, until: null },
    lastSeen,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
  };
}

function reply(state: EngineState, settings: Settings = DEFAULT_SETTINGS): IntentReply {
  return { ok: true, state, settings: { ...settings }, now: Date.now() };
}

/** Stands in for the background, answering every intent with `value`. */
const answerWith = (value: IntentReply) =>
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => value);

/** Renders the hook and hands back its latest snapshot, and every one it rendered. */
function mount(options?: EngineSnapshotOptions) {
  const seen: { current: EngineSnapshot | null } = { current: null };
  const renders: EngineSnapshot[] = [];
  function Probe() {
    seen.current = useEngineSnapshot(options);
    renders.push(seen.current);
    return null;
  }
  const view = render(<Probe />);
  const snapshot = () => {
    if (!seen.current) throw new Error('not rendered');
    return seen.current;
  };
  return { ...view, snapshot, renders };
}

describe('useEngineSnapshot', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks for the status on open and shows the answer, settings included', async () => {
    const send = answerWith(reply(paused(), { ...DEFAULT_SETTINGS, sitMinutes: 50 }));
    const { snapshot } = mount();
    await waitFor(() => expect(snapshot().answered).toBe(true));
    expect(send).toHaveBeenCalledWith({ type: 'getStatus' });
    expect(snapshot().state?.phase.kind).toBe('paused');
    expect(snapshot().settings?.sitMinutes).toBe(50);
    expect(snapshot().error).toBeNull();
  });

  it('asks nothing when told not to, and says when the stored values are read', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await engineStateItem.setValue(paused());
    await recordsItem.setValue([
      { type: 'completed', at: Date.now(), long: false, durationMs: 60_000 },
      { type: 'completed', at: 'yesterday' } as never,
    ]);
    const { snapshot } = mount({ askOnOpen: false });
    await waitFor(() => expect(snapshot().loaded).toBe(true));
    expect(snapshot().state?.phase.kind).toBe('paused');
    // Only the readable record.
    expect(snapshot().records).toHaveLength(1);
    expect(snapshot().settings).toEqual(DEFAULT_SETTINGS);
    expect(snapshot().answered).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });

  it('follows settings kept in local storage, not only in sync', async () => {
    answerWith(reply(paused()));
    const { snapshot } = mount();
    await waitFor(() => expect(snapshot().answered).toBe(true));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sitMinutes: 40 });
    await waitFor(() => expect(snapshot().settings?.sitMinutes).toBe(40));
    // Sync refused a later save: the settings now live in this browser only.
    await localSettingsItem.setValue({ ...DEFAULT_SETTINGS, sitMinutes: 55 });
    await settingsPlaceItem.setValue({ area: 'local', reason: 'quota' });
    await waitFor(() => expect(snapshot().settings?.sitMinutes).toBe(55));
  });

  it('sends one action at a time, but never holds back a status request', async () => {
    const pending: ((value: IntentReply) => void)[] = [];
    const sent: Intent[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
      sent.push(message as Intent);
      return new Promise((resolve) => pending.push(resolve));
    });
    const { snapshot } = mount({ askOnOpen: false });
    let first!: ReturnType<EngineSnapshot['send']>;
    let second!: ReturnType<EngineSnapshot['send']>;
    act(() => {
      first = snapshot().send({ type: 'snooze' });
      second = snapshot().send({ type: 'snooze' });
      void snapshot().send({ type: 'getStatus' });
    });
    await expect(second).resolves.toEqual({ kind: 'busy' });
    expect(sent).toEqual([{ type: 'snooze' }, { type: 'getStatus' }]);
    const state = paused();
    await act(async () => {
      for (const resolve of pending) resolve(reply(state));
    });
    await expect(first).resolves.toEqual({ kind: 'answered', state });
    // The action is done: the next one goes.
    await act(async () => {
      void snapshot().send({ type: 'resume' });
    });
    expect(sent.at(-1)).toEqual({ type: 'resume' });
  });

  it('gives each failure as a typed error, and clears it once an answer comes', async () => {
    const answers: unknown[] = [undefined, { ok: true }, { ok: false, error: 'busy' }];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () =>
      answers.length > 0 ? answers.shift() : reply(paused()),
    );
    const { snapshot } = mount({ askOnOpen: false });
    for (const reason of ['no-answer', 'malformed', 'refused']) {
      let outcome: Awaited<ReturnType<EngineSnapshot['send']>> | undefined;
      await act(async () => {
        outcome = await snapshot().send({ type: 'getStatus' });
      });
      expect(outcome?.kind).toBe('failed');
      expect(snapshot().error?.reason).toBe(reason);
    }
    expect(snapshot().error?.detail).toBe('busy');
    await act(async () => {
      await snapshot().send({ type: 'getStatus' });
    });
    expect(snapshot().error).toBeNull();
  });

  it('keeps a newer stored state over an older reply', async () => {
    let answer!: (value: IntentReply) => void;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
      () => new Promise((resolve) => (answer = resolve)),
    );
    const { snapshot } = mount();
    await waitFor(() => expect(answer).toBeDefined());
    const newer = paused(Date.now());
    await engineStateItem.setValue(newer);
    await waitFor(() => expect(snapshot().state?.lastSeen).toBe(newer.lastSeen));
    await act(async () => {
      answer(reply(paused(newer.lastSeen - 5000), { ...DEFAULT_SETTINGS, sitMinutes: 35 }));
    });
    // The reply was handled (its settings show), yet the newer state stays.
    await waitFor(() => expect(snapshot().answered).toBe(true));
    expect(snapshot().settings?.sitMinutes).toBe(35);
    expect(snapshot().state?.lastSeen).toBe(newer.lastSeen);
  });

  it('shows data read before the first render on that render, and reads nothing more', async () => {
    const state = paused();
    await engineStateItem.setValue(state);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sitMinutes: 50 });
    await recordsItem.setValue([
      { type: 'completed', at: Date.now(), long: false, durationMs: 60_000 },
    ]);
    const data = await readPageData();
    const local = vi.spyOn(fakeBrowser.storage.local, 'get');
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const { renders } = mount({ askOnOpen: false, data });
    const [first] = renders;
    expect(first?.loaded).toBe(true);
    expect(first?.state).toEqual(state);
    expect(first?.settings?.sitMinutes).toBe(50);
    expect(first?.records).toHaveLength(1);
    // Nothing new to show once mounted: no second render, no second read.
    await act(async () => {});
    expect(renders).toHaveLength(1);
    expect(local).not.toHaveBeenCalled();
    expect(sync).not.toHaveBeenCalled();
  });

  it('shows what changed between the read and the first render', async () => {
    await engineStateItem.setValue(paused(Date.now() - 60_000));
    const data = await readPageData();
    const newer = paused(Date.now());
    await engineStateItem.setValue(newer);
    await recordsItem.setValue([
      { type: 'completed', at: Date.now(), long: false, durationMs: 60_000 },
    ]);
    const { snapshot } = mount({ askOnOpen: false, data });
    await waitFor(() => expect(snapshot().records).toHaveLength(1));
    expect(snapshot().state?.lastSeen).toBe(newer.lastSeen);
  });

  it('follows changes after a first render from data read before it', async () => {
    const data = await readPageData();
    const { snapshot } = mount({ askOnOpen: false, data });
    expect(snapshot().state).toBeNull();
    await act(async () => {
      await engineStateItem.setValue(paused());
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, sitMinutes: 40 });
    });
    expect(snapshot().state?.phase.kind).toBe('paused');
    expect(snapshot().settings?.sitMinutes).toBe(40);
  });
});
