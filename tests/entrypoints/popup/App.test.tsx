import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { POPUP_SECTION_KEY } from '@/entrypoints/popup/section-item';
import { GUIDANCE } from '@/lib/content/guidance';
import type { Intent, IntentReply } from '@/lib/messages';
import type { BreakRecord, EngineState, Phase } from '@/lib/session/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { engineStateItem, recordsItem } from '@/lib/storage/items';
import { storage } from '@/lib/storage/store';
import { useTestLocale } from '../../support/i18n';
import { readPageData } from '../../support/page-data';

/** The popup's data, read before its first render as main.tsx reads it. */
const popupData = () => readPageData({ more: [POPUP_SECTION_KEY] });

const MIN = 60_000;

/** The remembered section, as the storage layer reads it. */
const popupSectionItem = storage.defineItem<unknown>(POPUP_SECTION_KEY);

function engine(phase: Phase, lastSeen = Date.now()): EngineState {
  return {
    version: 1,
    phase,
    lastSeen,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
  };
}

function sitting(dueInMs: number, lastSeen = Date.now()): EngineState {
  const startedAt = Date.now() - (30 * MIN - dueInMs);
  return engine(
    { kind: 'sitting', session: { startedAt, satMs: 0, activeSince: startedAt, awaySince: null } },
    lastSeen,
  );
}

function due(): EngineState {
  const startedAt = Date.now() - 31 * MIN;
  const session = { startedAt, satMs: 0, activeSince: startedAt, awaySince: null };
  return engine({
    kind: 'due',
    session,
    dueAt: Date.now() - MIN,
    notifiedAt: Date.now() - MIN,
    reminded: false,
    snoozes: 0,
  });
}

function reply(state: EngineState): IntentReply {
  return { ok: true, state, settings: { ...DEFAULT_SETTINGS }, now: Date.now() };
}

/** Stands in for the background: answers each intent with the state `answer` gives. */
function background(answer: (intent: Intent) => EngineState | IntentReply | undefined) {
  return vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation(async (message: unknown) => {
      const result = answer(message as Intent);
      if (result === undefined) return undefined;
      return 'ok' in result ? result : reply(result);
    });
}

describe('popup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks the background for the status on open and shows it', async () => {
    const send = background(() => sitting(12 * MIN));
    render(<App data={await popupData()} />);
    expect(await screen.findByText('Sitting')).toBeTruthy();
    expect(send).toHaveBeenCalledWith({ type: 'getStatus' });
    const timer = screen.getByRole('timer', { name: 'Time to your next break' });
    expect(timer.textContent).toMatch(/^1[12]:\d\d$/);
  });

  it('shows the stored status on its first render: no "Checking" line, before any answer', async () => {
    await engineStateItem.setValue(sitting(12 * MIN));
    // The background is asleep and slow to answer.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => new Promise(() => {}));
    render(<App data={await popupData()} />);
    // No waiting: the first render shows it.
    expect(screen.getByText('Sitting')).toBeTruthy();
    expect(screen.getByRole('timer', { name: 'Time to your next break' }).textContent).toMatch(
      /^1[12]:\d\d$/,
    );
    expect(screen.queryByText('Checking where you stand…')).toBeNull();
  });

  it('sends each control as an intent and shows the state the background answers with', async () => {
    const snoozedUntil = Date.now() + 5 * MIN;
    const send = background((intent) => {
      if (intent.type === 'snooze') {
        const { phase } = due();
        if (phase.kind !== 'due') throw new Error('unreachable');
        return engine({ kind: 'snoozed', session: phase.session, until: snoozedUntil, snoozes: 1 });
      }
      return due();
    });
    render(<App data={await popupData()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Snooze 5 min' }));
    expect(await screen.findByText('Break snoozed')).toBeTruthy();
    expect(send).toHaveBeenLastCalledWith({ type: 'snooze' });
  });

  it('sends the pause chosen from the menu', async () => {
    const send = background((intent) =>
      intent.type === 'pause'
        ? engine({ kind: 'paused', since: Date.now(), until: null })
        : sitting(10 * MIN),
    );
    render(<App data={await popupData()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause' }));
    fireEvent.click(screen.getByRole('button', { name: 'Until I resume' }));
    expect(await screen.findByText('Paused until you resume')).toBeTruthy();
    expect(send).toHaveBeenLastCalledWith({ type: 'pause', choice: 'manual' });
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('follows the engine state in storage while open', async () => {
    background(() => sitting(10 * MIN));
    render(<App data={await popupData()} />);
    await screen.findByText('Sitting');
    await engineStateItem.setValue(due());
    expect(await screen.findByText('Time for a break')).toBeTruthy();
  });

  it('ignores a reply older than a state it has already seen', async () => {
    let answer!: (value: IntentReply) => void;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
      () => new Promise((resolve) => (answer = resolve)),
    );
    render(<App data={await popupData()} />);
    await waitFor(() => expect(answer).toBeDefined());
    // An alarm fired and the engine wrote a newer state before the reply arrived.
    await engineStateItem.setValue(due());
    await screen.findByText('Time for a break');
    // The late reply carries other settings, so the page shows when it has been handled.
    const stale = reply(sitting(10 * MIN, Date.now() - 5000));
    await act(async () => {
      answer({ ...stale, settings: { ...DEFAULT_SETTINGS, snoozeMinutes: 7 } } as IntentReply);
    });
    await screen.findByRole('button', { name: 'Snooze 7 min' });
    expect(screen.getByText('Time for a break')).toBeTruthy();
    expect(screen.queryByText('Sitting')).toBeNull();
  });

  it('acts on a click made while the first status is still on its way', async () => {
    // The stored state shows the controls at once; the background is slow to answer getStatus.
    await engineStateItem.setValue(due());
    const sent: Intent[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
      const intent = message as Intent;
      sent.push(intent);
      if (intent.type === 'getStatus') return new Promise(() => undefined);
      return Promise.resolve(reply(sitting(30 * MIN)));
    });
    render(<App data={await popupData()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip' }));
    expect(await screen.findByText('Sitting')).toBeTruthy();
    expect(sent).toEqual([{ type: 'getStatus' }, { type: 'skipBreak' }]);
  });

  it('says so when the background does not answer, and can try again', async () => {
    let up = false;
    background(() => (up ? sitting(10 * MIN) : undefined));
    render(<App data={await popupData()} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/did not answer/);
    up = true;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Sitting')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the error the background reports', async () => {
    background(() => ({ ok: false, error: 'storage is full' }));
    render(<App data={await popupData()} />);
    expect((await screen.findByRole('alert')).textContent).toContain('storage is full');
  });

  it("shows today's breaks and sitting from the records", async () => {
    // At midday: records stamped minutes back must all fall on today whenever the suite runs.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 10, 12, 0));
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const records: BreakRecord[] = [
      { type: 'completed', at: Date.now() - MIN, long: false, durationMs: 2 * MIN },
      { type: 'completed', at: Date.now() - 2 * MIN, long: false, durationMs: 2 * MIN },
      {
        type: 'natural',
        at: Date.now() - 3 * MIN,
        long: false,
        durationMs: 9 * MIN,
        cause: 'idle',
      },
    ];
    await recordsItem.setValue(records);
    background(() => engine({ kind: 'paused', since: Date.now(), until: null }));
    render(<App data={await popupData()} />);
    const today = await screen.findByRole('region', { name: 'Today' });
    await waitFor(() =>
      expect(within(today).getByText('Breaks taken').nextSibling?.textContent).toBe('2'),
    );
    expect(within(today).getByText('Natural breaks').nextSibling?.textContent).toBe('1');
  });

  it('shows the status, controls and figures in French', async () => {
    useTestLocale('fr');
    background(() => due());
    render(<App data={await popupData()} />);
    expect(await screen.findByText('Faites une pause')).toBeTruthy();
    const status = screen.getByRole('region', { name: 'État' });
    const controls = within(status).getByRole('group', { name: 'Commandes de la session' });
    expect(
      within(controls)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Faire une pause maintenant', 'Reporter de 5 min', 'Passer', 'Mettre en pause']);
    // getByText folds the no-break space before the French "!" into a plain one.
    expect(within(status).getByText('Pause !')).toBeTruthy();
    const today = screen.getByRole('region', { name: 'Aujourd’hui' });
    expect(within(today).getByText('Pauses prises').nextSibling?.textContent).toBe('0');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Limber');
    expect(screen.getByRole('button', { name: 'Réglages' })).toBeTruthy();
    expect(screen.getByText(/sans poser de diagnostic/)).toBeTruthy();
  });

  it('says in German when the background does not answer', async () => {
    useTestLocale('de');
    background(() => undefined);
    render(<App data={await popupData()} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/hat nicht geantwortet/);
    expect(within(alert).getByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
  });

  it('opens the options page from the Settings button', async () => {
    background(() => sitting(10 * MIN));
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    render(<App data={await popupData()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });

  it('says it is not a diagnosis', async () => {
    background(() => sitting(10 * MIN));
    render(<App data={await popupData()} />);
    expect(screen.getByText(/not a diagnosis/)).toBeTruthy();
  });

  it('starts the red-flag check fresh each time it is opened', async () => {
    background(() => sitting(10 * MIN));
    render(<App data={await popupData()} />);
    const toggle = screen.getByRole('button', { name: 'Back pain? Check warning signs' });
    fireEvent.click(toggle);
    // The check's content loads when first opened, with its first question.
    expect(await screen.findByText('Question 1 of 19')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Get emergency help now')).toBeTruthy();
    fireEvent.click(toggle);
    fireEvent.click(toggle);
    expect(screen.queryByText('Get emergency help now')).toBeNull();
    expect(screen.getByText('Question 1 of 19')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Yes' })).toBeTruthy();
  });

  it('remembers the guidance section last opened', async () => {
    background(() => sitting(10 * MIN));
    const section = GUIDANCE[3];
    if (!section) throw new Error('need a fourth section');
    const first = render(<App data={await popupData()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Look after your back' }));
    fireEvent.click(await screen.findByText(section.title, { selector: 'summary' }));
    await waitFor(async () => expect(await popupSectionItem.getValue()).toBe(section.id));
    first.unmount();

    render(<App data={await popupData()} />);
    const guidance = screen.getByRole('button', { name: 'Look after your back' });
    await waitFor(() => expect(guidance.getAttribute('aria-expanded')).toBe('true'));
    const details = (await screen.findByText(section.title, { selector: 'summary' })).parentElement;
    expect((details as HTMLDetailsElement).open).toBe(true);
  });

  it('forgets the section when the guidance is closed', async () => {
    background(() => sitting(10 * MIN));
    await popupSectionItem.setValue('lifting');
    render(<App data={await popupData()} />);
    const guidance = screen.getByRole('button', { name: 'Look after your back' });
    await waitFor(() => expect(guidance.getAttribute('aria-expanded')).toBe('true'));
    fireEvent.click(guidance);
    await waitFor(async () => expect(await popupSectionItem.getValue()).toBeNull());
  });

  it('ignores a remembered section that no longer exists', async () => {
    background(() => sitting(10 * MIN));
    await popupSectionItem.setValue('no-such-section');
    render(<App data={await popupData()} />);
    await screen.findByText('Sitting');
    expect(
      screen.getByRole('button', { name: 'Look after your back' }).getAttribute('aria-expanded'),
    ).toBe('false');
  });
});
