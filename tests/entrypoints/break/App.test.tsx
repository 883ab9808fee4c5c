import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/entrypoints/background/engine';
import { App } from '@/entrypoints/break/App';
import { EXERCISE_CATEGORIES } from '@/lib/content/categories';
import { parseIntent } from '@/lib/messages';
import { initialState } from '@/lib/session/machine';
import type { EngineEvent, EngineState } from '@/lib/session/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import {
  engineStateItem,
  recentExercisesItem,
  recordsItem,
  settingsItem,
} from '@/lib/storage/items';
import { localSettingsItem, settingsPlaceItem } from '@/lib/storage/settings';
import { useTestLocale } from '../../support/i18n';

/** Answers the page's messages with the real engine, as the background does. */
function connectEngine() {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message) => {
    const intent = parseIntent(message);
    if (!intent || intent.type === 'pause' || intent.type === 'clearHistory')
      throw new Error(`unexpected ${JSON.stringify(message)}`);
    const event: EngineEvent = intent.type === 'getStatus' ? { type: 'tick' } : intent;
    const { state, settings, now } = await dispatch(event);
    return { ok: true, state, settings, now };
  });
}

const sent = (spy: ReturnType<typeof connectEngine>) =>
  spy.mock.calls.map(([message]) => (message as unknown as { type: string }).type);

async function startBreakInEngine(): Promise<EngineState> {
  return (await dispatch({ type: 'startBreak' })).state;
}

const EVERYTHING_BUT_EYES = EXERCISE_CATEGORIES.filter((c) => c !== 'eyes');

describe('the break page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    sessionStorage.clear();
    Object.assign(fakeBrowser.runtime, {
      getContexts: async () => [],
      ContextType: { TAB: 'TAB' },
    });
  });

  afterEach(() => {
    cleanup();
  });

  it('offers a break when none is running, and starts it in place', async () => {
    const spy = connectEngine();
    await engineStateItem.setValue(initialState(Date.now(), DEFAULT_SETTINGS));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start a break now' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Break time' })).toBeTruthy();
    expect(sent(spy)).toContain('startBreak');
    expect(await screen.findByText(/^Move 1 of [12]$/)).toBeTruthy();
  });

  it('chooses moves from the stored settings and remembers what it showed', async () => {
    connectEngine();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, excludedCategories: EVERYTHING_BUT_EYES });
    await startBreakInEngine();
    render(<App />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Eye break' })).toBeTruthy();
    expect(screen.getByText('Move 1 of 1')).toBeTruthy();
    expect(document.querySelector('.break-keys')?.textContent).toBe(
      'Keys: Space pause or resume, ← → previous or next, Enter done.',
    );
    expect(document.querySelectorAll('.break-keys kbd')).toHaveLength(4);
    await waitFor(async () => {
      const recent = (await recentExercisesItem.getValue()) as { id: string }[];
      expect(recent.map((r) => r.id)).toEqual(['eye-break']);
    });
  });

  it('steps with the arrow keys, but leaves Enter on a focused button to that button', async () => {
    const spy = connectEngine();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, longBreakEvery: 1 });
    await startBreakInEngine();
    render(<App />);
    const label = await screen.findByText(/^Move 1 of \d+$/);
    const count = Number(label.textContent?.split(' of ')[1]);
    expect(count).toBeGreaterThan(2);

    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(await screen.findByText(`Move 2 of ${count}`)).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(await screen.findByText(`Move 1 of ${count}`)).toBeTruthy();

    const next = screen.getByRole('button', { name: 'Next' });
    next.focus();
    fireEvent.keyDown(next, { key: 'Enter' });
    fireEvent.keyDown(next, { key: ' ' });
    expect(sent(spy)).not.toContain('endBreak');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();

    fireEvent.keyDown(document.body, { key: ' ' });
    expect(await screen.findByRole('button', { name: 'Resume' })).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Break done' })).toBeTruthy();
    expect(sent(spy)).toContain('endBreak');
  });

  it('records the break on Done and says how much movement was counted', async () => {
    connectEngine();
    await startBreakInEngine();
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Break done' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/of movement counted\.$/),
    );
    const state = (await engineStateItem.getValue()) as EngineState;
    expect(state.phase.kind).toBe('sitting');
    expect((await recordsItem.getValue()).map((r) => r.type)).toContain('completed');
    expect(screen.getByText(/next break is due in about 30 min/)).toBeTruthy();
  });

  it('follows the settings wherever they live, this browser’s own storage included', async () => {
    connectEngine();
    await startBreakInEngine();
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    expect(await screen.findByText(/next break is due in about 30 min/)).toBeTruthy();
    // Sync refused a save, so the settings now live in local storage only.
    await localSettingsItem.setValue({ ...DEFAULT_SETTINGS, sitMinutes: 45 });
    await settingsPlaceItem.setValue({ area: 'local', reason: 'quota' });
    expect(await screen.findByText(/next break is due in about 45 min/)).toBeTruthy();
  });

  it('records a skip on Skip', async () => {
    connectEngine();
    await startBreakInEngine();
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip break' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Break skipped' })).toBeTruthy();
    await waitFor(async () => {
      const types = (await recordsItem.getValue()).map((r) => r.type);
      expect(types).toContain('skipped');
      expect(types).not.toContain('completed');
    });
  });

  it('finishes by itself when the time is up, with the chime when it is on', async () => {
    const started: number[] = [];
    vi.stubGlobal(
      'AudioContext',
      class {
        state = 'running';
        currentTime = 0;
        destination = {};
        resume = async () => undefined;
        createOscillator = () => ({
          frequency: { value: 0 },
          connect: () => undefined,
          start: () => started.push(1),
          stop: () => undefined,
        });
        createGain = () => ({
          gain: {
            setValueAtTime: () => undefined,
            linearRampToValueAtTime: () => undefined,
            exponentialRampToValueAtTime: () => undefined,
          },
          connect: () => undefined,
        });
      },
    );
    connectEngine();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, breakSound: true });
    const state = await startBreakInEngine();
    const now = Date.now();
    await engineStateItem.setValue({
      ...state,
      phase: { kind: 'onBreak', startedAt: now - 60_000, endsAt: now + 600, long: false },
    });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Break time' })).toBeTruthy();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Break done' }, { timeout: 3000 }),
    ).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/^Time is up, well done!/),
    );
    await waitFor(() => expect(started).toHaveLength(2));
    vi.unstubAllGlobals();
  });

  it('guides the break in the browser’s language', async () => {
    useTestLocale('de');
    connectEngine();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, excludedCategories: EVERYTHING_BUT_EYES });
    await startBreakInEngine();
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zeit für eine Pause' }),
    ).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Augenpause' })).toBeTruthy();
    expect(screen.getByText('Übung 1 von 1')).toBeTruthy();
    expect(screen.getByRole('timer', { name: 'Übung' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Übungen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Anhalten' })).toBeTruthy();
    // The keys stay key caps wherever the sentence puts them.
    const keys = document.querySelector('.break-keys');
    expect(keys?.textContent).toBe(
      'Tasten: Leertaste anhalten oder fortsetzen, ← → zurück oder weiter, Eingabetaste fertig.',
    );
    expect([...(keys?.querySelectorAll('kbd') ?? [])].map((k) => k.textContent)).toEqual([
      'Leertaste',
      '←',
      '→',
      'Eingabetaste',
    ]);
    expect(screen.getByText(/Hören Sie auf bei stechendem Schmerz/)).toBeTruthy();
    expect(document.title).toMatch(/^\d:\d\d · Limber-Pause$/);

    fireEvent.click(screen.getByRole('button', { name: 'Pause überspringen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pause übersprungen' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Diesen Tab schließen' })).toBeTruthy();
  });

  it('offers a break in the browser’s language', async () => {
    useTestLocale('fr');
    connectEngine();
    await engineStateItem.setValue(initialState(Date.now(), DEFAULT_SETTINGS));
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Aucune pause en cours' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Faire une pause maintenant' })).toBeTruthy();
  });

  it('shows a clear error when the background does not answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection'),
    );
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/did not answer.*Reload this page/);
  });
});
