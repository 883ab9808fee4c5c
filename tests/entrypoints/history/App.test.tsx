import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/history/App';
import { HISTORY_KEY } from '@/entrypoints/history/useHistoryData';
import { emptyDay } from '@/lib/history/aggregate';
import { LOCALES } from '@/lib/i18n/catalog';
import { readCatalogs } from '@/lib/i18n/files';
import type { EngineState } from '@/lib/session/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { clearHistory } from '@/lib/storage/history';
import { useTestLocale } from '../../support/i18n';
import { readPageData } from '../../support/page-data';

/** The history page's data, read before its first render as main.tsx reads it. */
const historyData = () => readPageData({ settings: false, more: [HISTORY_KEY] });

const MIN = 60_000;
const NOW = new Date(2026, 2, 4, 10, 0).getTime();

const dayName = (y: number, m: number, d: number, locale = 'en') =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(y, m - 1, d, 12),
  );

function sittingSince(startedAt: number): EngineState {
  return {
    version: 1,
    phase: {
      kind: 'sitting',
      session: { startedAt, satMs: 0, activeSince: startedAt, awaySince: null },
    },
    lastSeen: startedAt,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
  };
}

const SEEDED = {
  days: {
    '2026-03-03': {
      ...emptyDay(),
      due: 3,
      dueTaken: 2,
      completed: 2,
      skipped: 1,
      satMs: 100 * MIN,
      longestSatMs: 45 * MIN,
    },
    '2026-02-20': {
      ...emptyDay(),
      due: 1,
      dueTaken: 1,
      natural: 1,
      satMs: 30 * MIN,
      longestSatMs: 30 * MIN,
    },
  },
  openDue: null,
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The cells of the row whose header starts with `header` (a row's name is all its text). */
function cells(header: string) {
  return within(screen.getByRole('row', { name: new RegExp(`^${escapeRegExp(header)} `) }))
    .getAllByRole('cell')
    .map((c) => c.textContent);
}

describe('history page', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    await fakeBrowser.storage.local.set({ history: SEEDED });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the last 7 days with their numbers', async () => {
    render(<App data={await historyData()} />);
    await screen.findByRole('table', { name: 'Breaks and sitting, each of the last 7 days' });
    // The pain diary's section comes from a read of its own after the first render (off here).
    await screen.findByRole('heading', { level: 2, name: 'Pain diary' });
    expect(cells(dayName(2026, 3, 3))).toEqual(['3', '2', '0', '0', '1', '100', '45']);
    expect(cells(`${dayName(2026, 3, 4)} (today)`)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    expect(screen.queryByRole('row', { name: new RegExp(dayName(2026, 2, 20)) })).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Your history' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Breaks',
      'Time sat',
      'Streak',
      'Insights',
      'Day by day',
      'Pain diary',
      'Your data',
    ]);
  });

  it('shows the history on its first render, from one read of local storage', async () => {
    await fakeBrowser.storage.local.set({ history: SEEDED });
    const local = vi.spyOn(fakeBrowser.storage.local, 'get');
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const data = await historyData();
    expect(local).toHaveBeenCalledOnce();
    render(<App data={data} />);
    // No waiting: the first render has the figures.
    expect(screen.getByRole('heading', { level: 2, name: /breaks/i })).toBeTruthy();
    expect(screen.getByRole('main').getAttribute('aria-busy')).not.toBe('true');
    expect(local).toHaveBeenCalledOnce();
    expect(sync).not.toHaveBeenCalled();
    // Then, and only then, the pain diary (kept in sync storage) and its settings are read: its
    // place is marked busy until they are.
    expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(1);
    await screen.findByText(/The pain diary is off/);
    expect(sync).toHaveBeenCalled();
    expect(document.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('invites before anything is recorded, with no tables or charts of zeros', async () => {
    await fakeBrowser.storage.local.clear();
    render(<App data={await historyData()} />);
    const empty = screen.getByRole('region', { name: 'Your history starts with your first break' });
    expect(empty.textContent).toContain('Nothing is recorded yet.');
    expect(
      within(empty)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'the breaks you took and missed, day by day, for a week or a month',
      'how long you sat each day, and your longest sit',
      'your streak of days with every due break taken',
      'after a few days, insights such as the time of day your sits run longest',
    ]);
    expect(
      within(empty)
        .getByRole('link', { name: 'Try a break now, or browse the moves' })
        .getAttribute('href'),
    ).toBe('/break.html');
    // Its sketch is decoration: no image for a screen reader, and none of the real charts.
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Show' })).toBeNull();
    expect(screen.queryByRole('definition')).toBeNull();
    // The data section stays, with nothing to export.
    expect(
      (screen.getByRole('button', { name: 'Export as CSV' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('sums the range in words and short figures: no "0 of 0", no "under a minute"', async () => {
    await fakeBrowser.storage.local.set({
      history: {
        days: { '2026-03-03': { ...emptyDay(), natural: 1, satMs: 20_000, longestSatMs: 20_000 } },
        openDue: null,
      },
    });
    render(<App data={await historyData()} />);
    expect(screen.getAllByRole('definition').map((d) => d.textContent)).toEqual([
      '1',
      'No breaks due yet',
      'under 1 min',
      'under 1 min',
    ]);
    // A week's chart writes its numbers on the bars; the month's are too narrow for them.
    const breaks = screen.getByRole('img', { name: /^Breaks taken and breaks missed/ });
    expect([...breaks.querySelectorAll('.history-bar-value')].map((t) => t.textContent)).toEqual([
      '1',
    ]);
    fireEvent.click(screen.getByLabelText('Last 30 days'));
    const month = await screen.findByRole('img', {
      name: /^Breaks taken and breaks missed, each of the last 30/,
    });
    expect(month.querySelectorAll('.history-bar-value')).toHaveLength(0);
  });

  it('says so when the history cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('disk on fire'));
    render(<App data={await historyData()} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Limber could not read your history: Error: disk on fire',
    );
  });

  it('adds the session under way to today', async () => {
    await fakeBrowser.storage.local.set({ engine: sittingSince(NOW - 25 * MIN) });
    render(<App data={await historyData()} />);
    await screen.findByRole('table');
    expect(cells(`${dayName(2026, 3, 4)} (today)`)).toEqual(['0', '0', '0', '0', '0', '25', '25']);
  });

  it('switches to 30 days', async () => {
    render(<App data={await historyData()} />);
    fireEvent.click(await screen.findByLabelText('Last 30 days'));
    const table = await screen.findByRole('table', { name: /each of the last 30 days/ });
    expect(within(table).getAllByRole('row')).toHaveLength(32);
    expect(cells(dayName(2026, 2, 20))).toEqual(['1', '0', '1', '0', '0', '30', '30']);
  });

  it('updates when the background records more', async () => {
    render(<App data={await historyData()} />);
    await screen.findByRole('table');
    await fakeBrowser.storage.local.set({
      history: { ...SEEDED, days: { ...SEEDED.days, '2026-03-04': { ...emptyDay(), snoozed: 2 } } },
    });
    await waitFor(() =>
      expect(cells(`${dayName(2026, 3, 4)} (today)`)).toEqual(['0', '0', '0', '2', '0', '0', '0']),
    );
  });

  it('exports every stored day as a CSV file', async () => {
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:limber-test';
    });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    render(<App data={await historyData()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export as CSV' }));
    expect(click).toHaveBeenCalledOnce();
    expect(await saved?.text()).toBe(
      [
        'date,breaks_due,due_breaks_taken,guided_breaks,natural_breaks,snoozes,skips,minutes_sat,longest_sit_minutes,minutes_stood',
        '2026-02-20,1,1,0,1,0,0,30,30,0',
        '2026-03-03,3,2,2,0,0,1,100,45,0',
        '',
      ].join('\r\n'),
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Saved limber-history-2026-03-04.csv, with 2 days.',
    );
  });

  it('clears the history and raw records after confirmation, keeping the settings', async () => {
    await fakeBrowser.storage.local.set({ records: [{ type: 'snoozed', at: NOW - MIN }] });
    await fakeBrowser.storage.sync.set({ settings: { sitMinutes: 40 } });
    // The background clears in its own queue; here it is the same storage call, answered the
    // way the background answers every intent (the page checks the answer's shape).
    const sendMessage = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation(async () => {
        await clearHistory();
        const settings = { ...DEFAULT_SETTINGS, sitMinutes: 40 };
        return { ok: true, state: sittingSince(NOW), settings, now: Date.now() };
      });
    render(<App data={await historyData()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear history…' }));
    expect((await fakeBrowser.storage.local.get('history')).history).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear history' }));
    await screen.findByText('History cleared. Your settings are unchanged.');
    const local = await fakeBrowser.storage.local.get(['history', 'records']);
    expect(local).toEqual({});
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ sitMinutes: 40 });
    // Nothing left: the invitation, not tables and charts of zeros.
    await screen.findByRole('heading', {
      level: 2,
      name: 'Your history starts with your first break',
    });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'clearHistory' });
  });

  it('says so when the background could not clear the history, and keeps it', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => ({
      ok: false,
      error: 'busy',
    }));
    render(<App data={await historyData()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear history…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear history' }));
    await screen.findByText('Could not clear the history: busy');
    expect((await fakeBrowser.storage.local.get('history')).history).toBeDefined();
  });

  it('takes an answer it cannot read for no answer, and keeps the history', async () => {
    // Before every reply was checked, this half-answer read as "cleared".
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: true }));
    render(<App data={await historyData()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear history…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear history' }));
    await screen.findByText('Could not clear the history: no answer from the background');
    expect(screen.queryByText('History cleared. Your settings are unchanged.')).toBeNull();
  });

  it('follows the browser’s language, dates and plurals included', async () => {
    useTestLocale('es');
    await fakeBrowser.storage.local.set({
      history: {
        days: {
          '2026-03-03': { ...emptyDay(), due: 1, dueTaken: 1, completed: 1, satMs: 30 * MIN },
        },
        openDue: null,
      },
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:limber-test');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<App data={await historyData()} />);
    await screen.findByRole('table', {
      name: 'Pausas y tiempo sentado, cada uno de los últimos 7 días',
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Tu historial' })).toBeTruthy();
    expect(cells(`${dayName(2026, 3, 4, 'es')} (hoy)`)).toEqual([
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(
      screen.getByRole('img', { name: /^Pausas hechas y pausas perdidas/ }).textContent,
    ).toContain('Estaba prevista 1 pausa y hiciste 1 pausa en total.');
    const streak = screen.getByRole('region', { name: 'Racha' });
    expect(streak.querySelector('strong')?.textContent).toBe('1 día');
    expect(streak.textContent).toContain('1 día seguido con todas las pausas previstas hechas.');
    expect(streak.textContent).toContain('Tu mejor racha del último año: 1 día.');
    fireEvent.click(screen.getByRole('button', { name: 'Exportar como CSV' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Se ha guardado limber-historial-2026-03-04.csv, con 1 día.',
    );
    expect(screen.getByLabelText('Últimos 30 días')).toBeTruthy();
  });

  it.each(LOCALES)('in %s, marks exactly one stressed part of the streak', (locale) => {
    const catalog = readCatalogs()[locale];
    for (const form of ['one', 'other']) {
      const text = catalog[`history_streak_current_${form}`] ?? '';
      expect(text.split('**')).toHaveLength(3);
      expect(text).toMatch(/\*\*[^*]*\$1[^*]*\*\*/);
    }
  });
});
