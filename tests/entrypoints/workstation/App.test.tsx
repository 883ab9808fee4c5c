import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/workstation/App';
import { readCatalogs } from '@/lib/i18n/files';
import { formatDate } from '@/lib/i18n/t';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { WORKSTATION_KEY } from '@/lib/storage/items';
import { readPageData } from '../../support/page-data';

const en = readCatalogs().en;
const text = (key: string) => en[key] as string;
const T0 = new Date(2026, 10, 20, 9, 0).getTime();
const DAY = 86_400_000;
const lastChecked = (at: number) => `Last checked on ${formatDate(at, { dateStyle: 'long' })}.`;

const pageData = () => readPageData({ engine: false, more: [WORKSTATION_KEY] });
const stored = async () =>
  (await fakeBrowser.storage.local.get('workstation')).workstation as
    | { answers: object; fixed: string[]; completedAt: number | null }
    | undefined;
const answer = (name: 'Already right' | 'Needs fixing') =>
  fireEvent.click(screen.getByRole('button', { name }), { detail: 1 });

describe('the workstation check page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks one item at a time, saving each answer, and ends on the to-do list', async () => {
    render(<App data={await pageData()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Workstation set-up check');
    expect(screen.getByText('Item 1 of 6')).toBeTruthy();
    // On the first render, focus stays at the top of the page.
    expect(document.activeElement).toBe(document.body);
    answer('Already right');
    await screen.findByText('Item 2 of 6');
    expect(document.activeElement?.textContent).toBe(text('workstation_chair_title'));
    expect(screen.getByRole('status').textContent).toBe('Item 2 of 6');
    answer('Needs fixing');
    for (let n = 3; n <= 6; n++) {
      await screen.findByText(`Item ${n} of 6`);
      answer(n === 6 ? 'Needs fixing' : 'Already right');
    }
    await screen.findByRole('heading', { level: 2, name: 'Your to-do list' });
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('id'))).toEqual([
      'ws-todo-chair',
      'ws-todo-light',
    ]);
    expect(screen.getByText('0 of 2 done')).toBeTruthy();
    await waitFor(async () =>
      expect(await stored()).toEqual({
        answers: {
          screen: 'right',
          chair: 'fix',
          back: 'right',
          keyboard: 'right',
          laptop: 'right',
          light: 'fix',
        },
        fixed: [],
        completedAt: T0,
      }),
    );
  });

  it('ignores the second click of a double click (it never answers the next item unseen)', async () => {
    render(<App data={await pageData()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Needs fixing' }), { detail: 2 });
    expect(screen.getByText('Item 1 of 6')).toBeTruthy();
  });

  it('goes back to an item, showing the answer given as pressed', async () => {
    render(<App data={await pageData()} />);
    answer('Needs fixing');
    await screen.findByText('Item 2 of 6');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByText('Item 1 of 6');
    expect(screen.getByRole('button', { name: 'Needs fixing' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: 'Already right' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  });

  it('opens a done check on its list, ticks a fix off and changes an answer', async () => {
    await fakeBrowser.storage.local.set({
      workstation: {
        answers: {
          screen: 'fix',
          chair: 'right',
          back: 'right',
          keyboard: 'right',
          laptop: 'right',
          light: 'right',
        },
        fixed: [],
        completedAt: T0 - DAY,
      },
    });
    render(<App data={await pageData()} />);
    const box = screen.getByRole('checkbox', { name: text('workstation_screen_fix') });
    expect(screen.getByText(lastChecked(T0 - DAY))).toBeTruthy();
    fireEvent.click(box);
    await screen.findByText('1 of 1 done');
    await waitFor(async () => expect((await stored())?.fixed).toEqual(['screen']));

    fireEvent.click(screen.getByRole('button', { name: 'Change your answer: Lower back' }));
    await screen.findByText('Item 3 of 6');
    answer('Needs fixing');
    await screen.findByText('1 of 2 done');
    // Changing an answer on a done check dates it again.
    expect(screen.getByText(lastChecked(T0))).toBeTruthy();
  });

  it('adds the standing-desk items with a sit-stand desk, and carries on from them', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sitStand: false } });
    await fakeBrowser.storage.local.set({
      workstation: {
        answers: Object.fromEntries(
          ['screen', 'chair', 'back', 'keyboard', 'laptop', 'light'].map((id) => [id, 'right']),
        ),
        fixed: [],
        completedAt: T0,
      },
    });
    render(<App data={await pageData()} />);
    expect(
      screen.getByText('Nothing to fix: your set-up already matches every item.'),
    ).toBeTruthy();
    expect(screen.getByText(/Have a sit-stand desk\?/).textContent).toContain(
      '“I have a sit-stand desk”',
    );
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sitStand: true } });
    await screen.findByText('3 items are not answered yet.');
    expect(screen.queryByText(/Have a sit-stand desk\?/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Continue the check' }));
    await screen.findByText('Item 7 of 9');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      text('workstation_stand_desk_title'),
    );
  });

  it('starts over from the first item, keeping when it was last done', async () => {
    await fakeBrowser.storage.local.set({
      workstation: { answers: { screen: 'fix' }, fixed: ['screen'], completedAt: T0 },
    });
    render(<App data={await pageData()} />);
    // Not complete: it opens where the user left off.
    expect(screen.getByText('Item 2 of 6')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByText('Item 1 of 6');
  });
});
