import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Idle } from '@/entrypoints/break/Idle';
import { EXERCISES, exerciseCaution, exerciseSteps } from '@/lib/content/exercises';
import { IntentError } from '@/lib/messages';
import type { SendOutcome } from '@/lib/pages/useEngineSnapshot';
import { chooseRoutine } from '@/lib/routine/choose';
import { initialState } from '@/lib/session/machine';
import type { EngineState } from '@/lib/session/state';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { useTestLocale } from '../../support/i18n';

const NOW = new Date(2026, 2, 4, 10, 0).getTime();

function renderIdle(settings: Settings = DEFAULT_SETTINGS, state?: EngineState) {
  const send = vi.fn(
    async (): Promise<SendOutcome> => ({
      kind: 'failed',
      error: new IntentError('no-answer', 'nothing answered startBreak'),
    }),
  );
  render(
    <Idle
      state={state ?? initialState(NOW, settings)}
      settings={settings}
      recent={[]}
      send={send}
    />,
  );
  return send;
}

/** The library's moves, by the names of their cards. */
const shownMoves = () =>
  within(screen.getByRole('region', { name: 'Exercise library' }))
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 3 }).textContent);

describe('the break page with no break running', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('offers a break now, and previews the moves a break now would bring', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const send = renderIdle({ ...DEFAULT_SETTINGS, longBreakEvery: 0 });
    fireEvent.click(screen.getByRole('button', { name: 'Start a break now' }));
    expect(send).toHaveBeenCalledWith({ type: 'startBreak' });
    const preview = screen.getByRole('region', { name: "Today's moves" });
    expect(preview.textContent).toContain('A break now lasts 2 minutes');
    const routine = chooseRoutine({
      breakMs: 2 * 60_000,
      long: false,
      excluded: [],
      recent: [],
      startedAt: NOW,
      seed: NOW,
    });
    expect(routine.length).toBeGreaterThan(0);
    const items = within(preview).getAllByRole('listitem');
    expect(items).toHaveLength(routine.length);
    expect(within(preview).getAllByRole('img')).toHaveLength(routine.length);
  });

  it('says a break is free movement when no guided move fits the settings', () => {
    renderIdle({
      ...DEFAULT_SETTINGS,
      excludedCategories: [
        'standing',
        'neck',
        'shoulders',
        'upper-back',
        'low-back',
        'hips-legs',
        'hands-wrists',
        'eyes',
      ],
    });
    const preview = screen.getByRole('region', { name: "Today's moves" });
    expect(within(preview).queryByRole('listitem')).toBeNull();
    expect(preview.textContent).toContain('None of the guided moves fit a break');
  });

  it('lists every move with its picture, and filters by body area and position', () => {
    renderIdle();
    expect(shownMoves()).toHaveLength(EXERCISES.length);
    expect(screen.getByText(`${EXERCISES.length} of ${EXERCISES.length} moves`)).toBeTruthy();
    const library = screen.getByRole('region', { name: 'Exercise library' });
    expect(within(library).getAllByRole('img')).toHaveLength(EXERCISES.length);

    const areas = screen.getByRole('group', { name: 'Body area' });
    fireEvent.click(within(areas).getByRole('radio', { name: 'Neck' }));
    expect(shownMoves()).toEqual(['Ear to shoulder', 'Head turn', 'Chin to chest']);
    expect(screen.getByText(`3 of ${EXERCISES.length} moves`)).toBeTruthy();

    fireEvent.click(within(areas).getByRole('radio', { name: 'Lower back' }));
    const positions = screen.getByRole('group', { name: 'Position' });
    fireEvent.click(within(positions).getByRole('radio', { name: 'Standing' }));
    expect(shownMoves()).toEqual(['Standing back bend', 'Desk lean']);
    expect(
      (within(positions).getByRole('radio', { name: 'Standing' }) as HTMLInputElement).checked,
    ).toBe(true);

    fireEvent.click(within(areas).getByRole('radio', { name: 'Eyes' }));
    expect(within(library).queryAllByRole('article')).toHaveLength(0);
    expect(library.textContent).toContain('No move matches both filters.');

    fireEvent.click(within(areas).getByRole('radio', { name: 'All areas' }));
    fireEvent.click(within(positions).getByRole('radio', { name: 'Any position' }));
    expect(shownMoves()).toHaveLength(EXERCISES.length);
  });

  it('opens a move to its steps, caution and source, and closes it again', () => {
    renderIdle();
    const move = EXERCISES.find((e) => e.id === 'seated-hamstring');
    if (!move) throw new Error('no hamstring stretch');
    const card = screen.getByRole('article', { name: 'Seated hamstring stretch' });
    const toggle = within(card).getByRole('button', { name: 'Steps and cautions' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const how = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(how?.hidden).toBe(true);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(how?.hidden).toBe(false);
    const steps = within(how as HTMLElement)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps).toEqual(exerciseSteps(move));
    expect(how?.textContent).toContain(exerciseCaution(move));
    expect(
      within(how as HTMLElement)
        .getByRole('link', { name: `Source: ${move.source.name}` })
        .getAttribute('href'),
    ).toBe(move.source.url);

    fireEvent.click(toggle);
    expect(how?.hidden).toBe(true);
  });

  it('marks the moves the settings leave out of breaks, and keeps the general caution', () => {
    renderIdle({ ...DEFAULT_SETTINGS, excludedCategories: ['standing'] });
    const walk = screen.getByRole('article', { name: 'Walk break' });
    expect(walk.textContent).toContain('Left out of your breaks by your settings');
    const neck = screen.getByRole('article', { name: 'Ear to shoulder' });
    expect(neck.textContent).not.toContain('Left out of your breaks');
    expect(screen.getByRole('link', { name: /^Source: NHS inform/ })).toBeTruthy();
  });

  it('speaks the browser’s language', () => {
    useTestLocale('de');
    renderIdle();
    expect(screen.getByRole('button', { name: 'Jetzt eine Pause beginnen' })).toBeTruthy();
    const areas = screen.getByRole('group', { name: 'Körperbereich' });
    fireEvent.click(within(areas).getByRole('radio', { name: 'Nacken' }));
    expect(screen.getByText(`3 von ${EXERCISES.length} Übungen`)).toBeTruthy();
  });
});
