import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { SOURCES } from '@/lib/content/sources';
import { readCatalogs } from '@/lib/i18n/files';
import { countryChoices } from '@/lib/settings/region';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { useTestLocale } from '../../support/i18n';
import { readPageData } from '../../support/page-data';

/** The options page's data, read before its first render as main.tsx reads it. */
const optionsData = () => readPageData({ engine: false });

async function syncSettings(): Promise<Settings | undefined> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
}

/** The error message a field points screen readers to. */
function errorOf(field: HTMLElement): string | null {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.id.endsWith('-error'));
  return error?.textContent ?? null;
}

async function renderLoaded(welcome = false) {
  const view = render(<App welcome={welcome} data={await optionsData()} />);
  await screen.findByLabelText('Sitting time before a break');
  return view;
}

/** Working hours switched on, so their days and times can be changed. */
function seedWorkingHoursOn() {
  return fakeBrowser.storage.sync.set({
    settings: {
      ...DEFAULT_SETTINGS,
      workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true },
    },
  });
}

/** The texts a field points screen readers to, joined. */
function descriptionOf(field: HTMLElement): string {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

/** Types a value and leaves the field, as the browser reports it: input events, then change. */
function type(field: HTMLElement, text: string) {
  fireEvent.input(field, { target: { value: text } });
  fireEvent.change(field, { target: { value: text } });
}

describe('options page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the stored settings on its first render, from one read of each storage area', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sitMinutes: 40 } });
    const data = await optionsData();
    const local = vi.spyOn(fakeBrowser.storage.local, 'get');
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    render(<App welcome={false} data={data} />);
    // No waiting and no loading line: the first render has the settings.
    expect((screen.getByLabelText('Sitting time before a break') as HTMLInputElement).value).toBe(
      '40',
    );
    expect(screen.queryByText('Loading your settings…')).toBeNull();
    await act(async () => {});
    expect(local).not.toHaveBeenCalled();
    expect(sync).not.toHaveBeenCalled();
  });

  it('shows the stored settings, repaired where they are wrong', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sitMinutes: 40, breakMinutes: 'x' } });
    await renderLoaded();
    expect(screen.getByRole('heading', { level: 1, name: 'Limber settings' })).toBeTruthy();
    expect((screen.getByLabelText('Sitting time before a break') as HTMLInputElement).value).toBe(
      '40',
    );
    expect((screen.getByLabelText('Break length') as HTMLInputElement).value).toBe('2');
    for (const name of [
      'Break schedule',
      'Reminders',
      'Away and busy',
      'Working hours',
      'Guided breaks',
      'Your settings',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    }
  });

  it('saves a valid value when the field is left, and says so', async () => {
    await renderLoaded();
    type(screen.getByLabelText('Sitting time before a break'), '45');
    await waitFor(async () => expect((await syncSettings())?.sitMinutes).toBe(45));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
  });

  it('does not save while typing, only when the value is committed', async () => {
    await renderLoaded();
    fireEvent.input(screen.getByLabelText('Sitting time before a break'), {
      target: { value: '12' },
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(await syncSettings()).toBeUndefined();
  });

  it('shows a bad value beside its field, linked for screen readers, and saves nothing', async () => {
    await renderLoaded();
    const field = screen.getByLabelText('Snooze length');
    type(field, '0');
    await waitFor(() => expect(errorOf(field)).toBe('Cannot be 0. Use 1 to 60 minutes.'));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe(
      'Not saved: Snooze length. Cannot be 0. Use 1 to 60 minutes.',
    );
    expect((field as HTMLInputElement).value).toBe('0');
    expect(await syncSettings()).toBeUndefined();

    // Fixed while typing: the message goes at once, and leaving the field saves.
    fireEvent.input(field, { target: { value: '7' } });
    await waitFor(() => expect(screen.queryByText(/Cannot be 0/)).toBeNull());
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(errorOf(field)).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Changes are saved as you make them.');
    fireEvent.change(field, { target: { value: '7' } });
    await waitFor(async () => expect((await syncSettings())?.snoozeMinutes).toBe(7));
  });

  it('keeps other changes when one field is invalid', async () => {
    await renderLoaded();
    const sit = screen.getByLabelText('Sitting time before a break');
    type(sit, '-3');
    await waitFor(() => expect(errorOf(sit)).toBe('Cannot be negative. Use 5 to 240 minutes.'));
    fireEvent.click(screen.getByLabelText('Silent reminders'));
    await waitFor(async () => expect((await syncSettings())?.notificationSilent).toBe(true));
    expect((await syncSettings())?.sitMinutes).toBe(DEFAULT_SETTINGS.sitMinutes);
    expect((screen.getByLabelText('Sitting time before a break') as HTMLInputElement).value).toBe(
      '-3',
    );
  });

  it('refuses to leave no working day, keeping the box unticked with the reason', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true, days: [3] } },
    });
    await renderLoaded();
    const wednesday = screen.getByRole('checkbox', { name: 'Wednesday' }) as HTMLInputElement;
    fireEvent.click(wednesday);
    await screen.findByText('Choose at least one working day.');
    expect(wednesday.checked).toBe(false);
    expect((await syncSettings())?.workingHours.days).toEqual([3]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Friday' }));
    await waitFor(async () => expect((await syncSettings())?.workingHours.days).toEqual([5]));
    expect(screen.queryByText('Choose at least one working day.')).toBeNull();
  });

  it('keeps a box ticked while the page reads back an earlier change, and saves both', async () => {
    await seedWorkingHoursOn();
    await renderLoaded();
    const saturday = screen.getByRole('checkbox', { name: 'Saturday' }) as HTMLInputElement;
    const monday = screen.getByRole('checkbox', { name: 'Monday' }) as HTMLInputElement;
    // The first change is written, and the page reads the settings back (as it does after any
    // change): that read waits until the test lets it through.
    const read = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
    let letThrough: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      letThrough = resolve;
    });
    const write = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    let written = false;
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementationOnce((async (
      items: Record<string, unknown>,
    ) => {
      await write(items);
      written = true;
    }) as never);
    let readBack = false;
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation((async (
      ...args: Parameters<typeof read>
    ) => {
      if (written) {
        readBack = true;
        await held;
      }
      return read(...args);
    }) as never);
    fireEvent.click(saturday);
    await waitFor(() => expect(readBack).toBe(true));
    fireEvent.click(monday);
    // Every value the page gives Monday's box from now on: never ticked again, not even for a
    // moment while the read-back of the first change lands.
    const given: boolean[] = [];
    const checked = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked');
    Object.defineProperty(monday, 'checked', {
      get: () => checked?.get?.call(monday),
      set: (value: boolean) => {
        given.push(value);
        checked?.set?.call(monday, value);
      },
    });
    letThrough();
    await waitFor(async () =>
      expect((await syncSettings())?.workingHours.days).toEqual([2, 3, 4, 5, 6]),
    );
    expect(saturday.checked).toBe(true);
    expect(monday.checked).toBe(false);
    expect(given).not.toContain(true);
  });

  it('refuses an end of the working day before its start', async () => {
    await seedWorkingHoursOn();
    const seeded = await syncSettings();
    await renderLoaded();
    const end = screen.getByLabelText('Working day ends');
    type(end, '08:30');
    await waitFor(() =>
      expect(errorOf(end)).toBe(
        'Must be after the start of your working day (9:00\u00a0AM). Hours cannot run past midnight.',
      ),
    );
    expect(await syncSettings()).toEqual(seeded);
    type(end, '00:00');
    await waitFor(async () => expect((await syncSettings())?.workingHours.end).toBe(24 * 60));
  });

  it('saves a refused value once the value it clashed with is changed', async () => {
    await seedWorkingHoursOn();
    await renderLoaded();
    const short = screen.getByLabelText('Break length');
    type(short, '10');
    await waitFor(() =>
      expect(errorOf(short)).toBe(
        'Cannot be longer than the longer break (5 minutes). Lengthen that first.',
      ),
    );
    type(screen.getByLabelText('Longer break length'), '15');
    await waitFor(async () =>
      expect(await syncSettings()).toMatchObject({ breakMinutes: 10, longBreakMinutes: 15 }),
    );
    expect(errorOf(short)).toBeNull();

    const end = screen.getByLabelText('Working day ends');
    type(end, '08:00');
    await waitFor(() => expect(errorOf(end)).not.toBeNull());
    type(screen.getByLabelText('Working day starts'), '07:00');
    await waitFor(async () =>
      expect((await syncSettings())?.workingHours).toMatchObject({ start: 420, end: 480 }),
    );
    expect(errorOf(end)).toBeNull();
  });

  it('keeps the working days and hours disabled, with the reason, until working hours are on', async () => {
    await renderLoaded();
    const reason = 'Turn on "Only remind me during working hours" to choose the days and hours.';
    const start = screen.getByLabelText('Working day starts') as HTMLInputElement;
    const end = screen.getByLabelText('Working day ends') as HTMLInputElement;
    const monday = screen.getByRole('checkbox', { name: 'Monday' }) as HTMLInputElement;
    for (const field of [start, end, monday]) {
      expect(field.disabled, field.id).toBe(true);
      expect(descriptionOf(field), field.id).toContain(reason);
    }
    expect(screen.getByText(reason)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Only remind me during working hours'));
    await waitFor(() => expect(start.disabled).toBe(false));
    for (const field of [end, monday]) expect(field.disabled, field.id).toBe(false);
    expect(screen.queryByText(reason)).toBeNull();
    expect(descriptionOf(start)).not.toContain(reason);
    await waitFor(async () => expect((await syncSettings())?.workingHours.enabled).toBe(true));
  });

  it('turns the longer-break and snooze lengths off with their counts at 0, saying why', async () => {
    await renderLoaded();
    const long = screen.getByLabelText('Longer break length') as HTMLInputElement;
    const snooze = screen.getByLabelText('Snooze length') as HTMLInputElement;
    expect(long.disabled).toBe(false);
    expect(snooze.disabled).toBe(false);
    expect(descriptionOf(snooze)).not.toContain('Snoozing is off');
    type(screen.getByLabelText('A longer break every'), '0');
    type(screen.getByLabelText('Snoozes in a row'), '0');
    await waitFor(() => expect(long.disabled).toBe(true));
    expect(snooze.disabled).toBe(true);
    expect(descriptionOf(long)).toContain(
      'Longer breaks are off. Set "A longer break every" above 0 to choose their length.',
    );
    expect(descriptionOf(snooze)).toContain(
      'Snoozing is off. Set "Snoozes in a row" above 0 to choose how long a snooze lasts.',
    );
    await waitFor(async () =>
      expect(await syncSettings()).toMatchObject({ longBreakEvery: 0, maxSnoozes: 0 }),
    );
    type(screen.getByLabelText('Snoozes in a row'), '3');
    await waitFor(() => expect(snooze.disabled).toBe(false));
    expect(descriptionOf(snooze)).not.toContain('Snoozing is off');
    expect(long.disabled).toBe(true);
  });

  it('folds the reasons for the defaults and every source under one "Why"', async () => {
    await renderLoaded();
    const summary = screen.getByText('Why these defaults, and the sources');
    const why = summary.closest('details');
    if (!why) throw new Error('no details');
    expect(why.open).toBe(false);
    expect(within(why).getByText(/^Why the defaults: short, frequent breaks/)).toBeTruthy();
    const links = within(why).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      expect.arrayContaining([
        SOURCES.hseBreaks.url,
        SOURCES.thorp2014.url,
        SOURCES.henson2016.url,
        SOURCES.dunstan2012.url,
      ]),
    );
    // The presets say why in a sentence each, with no links of their own.
    const presets = screen.getByRole('list', { name: 'Suggested schedules' });
    expect(within(presets).queryAllByRole('link')).toEqual([]);
  });

  it('links every section from its navigation, each to its own heading', async () => {
    await renderLoaded();
    const nav = screen.getByRole('navigation', { name: 'Settings sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Break schedule',
      'Reminders',
      'Away and busy',
      'Working hours',
      'Guided breaks',
      'Health check',
      'Pain diary',
      'Flare mode',
      'My exercises',
      'Your settings',
    ]);
    for (const link of links) {
      const id = link.getAttribute('href')?.replace(/^#/, '') ?? '';
      const section = document.getElementById(id);
      expect(section?.tagName, id).toBe('SECTION');
      expect(section?.querySelector('h2')?.textContent, id).toBe(link.textContent);
    }
    expect(links[0]?.getAttribute('aria-current')).toBe('location');
    expect(links.filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('follows changes made elsewhere, such as on another device', async () => {
    await renderLoaded();
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, idleSeconds: 600 } });
    await waitFor(() =>
      expect((screen.getByLabelText('Away after') as HTMLInputElement).value).toBe('600'),
    );
  });

  describe('with settings synced by a newer Limber (issue 14, cause 6)', () => {
    const NOTICE =
      'Your settings were saved by a newer version of Limber on another computer. This version uses the settings it knows and leaves the rest as they are: a change you make here is saved on this computer only. Once Limber is updated on this computer, your changes are shared again.';
    const theirs = { ...DEFAULT_SETTINGS, sitMinutes: 55, futureSetting: { kind: 'new' } };
    const seedNewer = () =>
      fakeBrowser.storage.sync.set({ settings: theirs, settings$: { v: 99 } });

    it('says so once, shows what it knows, and keeps a change on this computer only', async () => {
      const error = vi.spyOn(console, 'error');
      await seedNewer();
      await renderLoaded();
      expect((screen.getByLabelText('Sitting time before a break') as HTMLInputElement).value).toBe(
        '55',
      );
      expect(screen.getAllByText(NOTICE)).toHaveLength(1);
      expect(
        screen.getByText(/saved on this computer only, so that the settings a newer/),
      ).toBeTruthy();
      type(screen.getByLabelText('Break length'), '3');
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe('Saved, on this computer only.'),
      );
      const local = (await fakeBrowser.storage.local.get('settings')).settings as Settings;
      expect(local).toEqual({ ...DEFAULT_SETTINGS, sitMinutes: 55, breakMinutes: 3 });
      expect(await fakeBrowser.storage.sync.get(null)).toEqual({
        settings: theirs,
        settings$: { v: 99 },
      });
      expect((screen.getByLabelText('Break length') as HTMLInputElement).value).toBe('3');
      expect(screen.getAllByText(NOTICE)).toHaveLength(1);
      expect(error).not.toHaveBeenCalled();
    });

    it('shows no such notice for settings of this version', async () => {
      await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sitMinutes: 55 } });
      await renderLoaded();
      expect(screen.queryByText(NOTICE)).toBeNull();
      expect(document.querySelector('.notice')).toBeNull();
    });

    it.each(['de', 'es', 'fr'] as const)('says so in %s', async (locale) => {
      const catalog = readCatalogs()[locale];
      expect(catalog.options_newer_notice).toMatch(/Limber/);
      await seedNewer();
      useTestLocale(locale);
      render(<App welcome={false} data={await optionsData()} />);
      await waitFor(() =>
        expect(document.querySelector('.notice')?.textContent).toBe(catalog.options_newer_notice),
      );
      expect(catalog.options_newer_notice).not.toBe(NOTICE);
    });
  });

  it('saves what was typed when the tab is hidden before the field is left', async () => {
    await renderLoaded();
    fireEvent.input(screen.getByLabelText('Longer break length'), { target: { value: '8' } });
    await new Promise((r) => setTimeout(r, 0));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await waitFor(async () => expect((await syncSettings())?.longBreakMinutes).toBe(8));
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
  });

  it('welcomes with the schedule and applies a preset in one click', async () => {
    await renderLoaded(true);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Limber' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Suggested schedules' });
    const hse = within(list).getByRole('button', {
      name: 'Every 50 minutes, 5 minutes; every 2nd break 10 minutes',
    });
    expect(hse.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(hse);
    await waitFor(() => expect(hse.getAttribute('aria-pressed')).toBe('true'));
    // Shown at once; saved once the write lands.
    await waitFor(async () =>
      expect(await syncSettings()).toMatchObject({
        sitMinutes: 50,
        breakMinutes: 5,
        longBreakEvery: 2,
        longBreakMinutes: 10,
      }),
    );
    // Only one set of presets on the page.
    expect(screen.getAllByRole('list', { name: 'Suggested schedules' })).toHaveLength(1);
  });

  it('welcomes in a few short steps, not the whole settings page', async () => {
    await renderLoaded(true);
    const what = screen.getByRole('region', { name: 'What Limber does' });
    expect(
      within(what)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Counts how long you sit at the computer; time away from it does not count.',
      'Reminds you to get up and move, with a short tip or a guided stretch.',
      'Shows how to look after your back, and when back pain needs a doctor. It does not diagnose.',
    ]);
    // The schedule: presets, and the interval and break length to set by hand.
    const schedule = screen.getByRole('region', { name: 'Your schedule' });
    expect(within(schedule).getByLabelText('Sitting time before a break')).toBeTruthy();
    expect(within(schedule).getByLabelText('Break length')).toBeTruthy();
    const where = screen.getByRole('region', { name: 'Where to find Limber' });
    expect(within(where).getByRole('img', { name: /Extensions menu open/ })).toBeTruthy();
    expect(within(where).getByText(/pin Limber/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'all settings' }).getAttribute('href')).toBe(
      '/options.html',
    );
    // None of the settings page's sections or navigation.
    for (const name of ['Reminders', 'Away and busy', 'Working hours', 'Your settings']) {
      expect(screen.queryByRole('heading', { name })).toBeNull();
    }
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByLabelText('Snooze length')).toBeNull();
  });

  it('lists every problem of a bad import and changes nothing', async () => {
    await renderLoaded();
    expect(screen.getByText('No file chosen yet.').id).toBe('import-chosen');
    const bad = JSON.stringify({
      kind: 'limber-settings',
      version: 2,
      settings: { ...DEFAULT_SETTINGS, sitMinutes: 1, junk: true },
    });
    fireEvent.change(screen.getByLabelText('Import settings from a file'), {
      target: { files: [new File([bad], 'bad.json', { type: 'application/json' })] },
    });
    const alert = await screen.findByRole('alert');
    expect(screen.getByText('bad.json').id).toBe('import-chosen');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '"junk" is not a Limber setting.',
      'Sitting time before a break (sitMinutes) must be a whole number from 5 to 240; the file has 1.',
    ]);
    expect(await syncSettings()).toBeUndefined();
  });

  it('lists at most ten problems of a hostile import, with a count of the rest', async () => {
    await renderLoaded();
    const junk = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`junk${i}`, i]));
    const text = JSON.stringify({
      kind: 'limber-settings',
      version: 2,
      settings: { ...DEFAULT_SETTINGS, ...junk },
    });
    fireEvent.change(screen.getByLabelText('Import settings from a file'), {
      target: { files: [new File([text], 'junk.json')] },
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(10);
    expect(alert.textContent).toContain('…and 15 more.');
  });

  it('resets only after confirming in the page', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sitMinutes: 60 } });
    await renderLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset all settings?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await syncSettings())?.sitMinutes).toBe(60);

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset settings' }),
    );
    await waitFor(async () => expect(await syncSettings()).toEqual(DEFAULT_SETTINGS));
    expect(screen.getByRole('status').textContent).toBe('Every setting is back to its default.');
  });
});

/** Every piece of text a page shows or reads out: text nodes and the attributes that hold words. */
function wordsOnPage(): Set<string> {
  const words = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    if (text) words.add(text);
  }
  for (const element of document.body.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'data-in-use']) {
      const value = element.getAttribute(name)?.trim();
      if (value) words.add(value);
    }
  }
  return words;
}

/** Words that stay the same in every language: names, and numbers. */
const SAME_EVERYWHERE = new Set(['Limber', ...Object.values(SOURCES).map((source) => source.name)]);

// Punctuation between source links.
const OUTSIDE = new Set<string>([';']);

describe('options page in other languages', () => {
  const catalogs = readCatalogs();
  beforeEach(() => fakeBrowser.reset());

  async function english(welcome: boolean): Promise<Set<string>> {
    const view = await renderLoaded(welcome);
    const words = wordsOnPage();
    view.unmount();
    return words;
  }

  it.each([
    ['de', 'Sitzzeit bis zur Pause', 'Montag', 'Arbeitszeit'],
    ['es', 'Tiempo sentado antes de una pausa', 'Lunes', 'Horario laboral'],
    ['fr', 'Temps assis avant une pause', 'Lundi', 'Heures de travail'],
  ] as const)('%s: says nothing in English', async (locale, sitLabel, monday, hoursTitle) => {
    for (const welcome of [false, true]) {
      const before = await english(welcome);
      useTestLocale(locale);
      const view = render(<App welcome={welcome} data={await optionsData()} />);
      await screen.findByLabelText(sitLabel);
      if (welcome) {
        // The welcome's own steps, not the settings.
        const words = catalogs[locale];
        expect(
          screen.getByRole('heading', { level: 2, name: words.options_welcome_what_title }),
        ).toBeTruthy();
        expect(screen.getByRole('button', { name: words.options_welcome_done })).toBeTruthy();
        expect(screen.queryByRole('heading', { level: 2, name: hoursTitle })).toBeNull();
      } else {
        expect(screen.getByRole('checkbox', { name: monday })).toBeTruthy();
        expect(screen.getByRole('heading', { level: 2, name: hoursTitle })).toBeTruthy();
      }
      const words = wordsOnPage();
      // Some words are the same in both languages ("minutes" in French).
      const translations = new Set(Object.values(catalogs[locale]));
      const countries = new Set(countryChoices(locale).map((country) => country.name));
      const untranslated = [...words].filter(
        (text) =>
          before.has(text) &&
          !translations.has(text) &&
          /\p{L}{2}/u.test(text) &&
          !SAME_EVERYWHERE.has(text) &&
          !OUTSIDE.has(text) &&
          // Countries are named by the browser in the page's language; some names are the same.
          !countries.has(text),
      );
      expect(untranslated).toEqual([]);
      expect([...words].filter((text) => /(options|settings|common)_[a-z_]+/.test(text))).toEqual(
        [],
      );
      view.unmount();
      useTestLocale('en');
    }
  });

  it('shows an error and the status line in the page’s language', async () => {
    useTestLocale('fr');
    render(<App welcome={false} data={await optionsData()} />);
    const field = await screen.findByLabelText('Durée du report');
    type(field, '0');
    await waitFor(() =>
      expect(errorOf(field)).toBe('Ne peut pas être 0. Indiquez de 1 à 60 minutes.'),
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Non enregistré\u00a0: Durée du report. Ne peut pas être 0. Indiquez de 1 à 60 minutes.',
    );
    type(field, '7');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Enregistré.'));
  });
});
