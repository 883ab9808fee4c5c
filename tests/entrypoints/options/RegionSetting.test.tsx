import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { REGION_CODES } from '@/lib/content/regions';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { useTestLocale } from '../../support/i18n';
import { readPageData } from '../../support/page-data';

/** The options page's data, read before its first render as main.tsx reads it. */
const optionsData = () => readPageData({ engine: false });

async function syncSettings(): Promise<Settings | undefined> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
}

/** The browser's preferred languages, as `navigator.languages` gives them. */
function browserLanguages(tags: string[]): void {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(tags);
}

async function renderLoaded(welcome = false) {
  const view = render(<App welcome={welcome} data={await optionsData()} />);
  await screen.findByLabelText('Sitting time before a break');
  return view;
}

function regionSelect(): HTMLSelectElement {
  return screen.getByRole('combobox', { name: 'Country or region' }) as HTMLSelectElement;
}

function optionTexts(select: HTMLSelectElement): string[] {
  return [...select.options].map((option) => option.textContent ?? '');
}

describe('the country or region setting', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('offers the browser’s country first, every listed country by name, then "not listed"', async () => {
    browserLanguages(['en-GB', 'en']);
    await renderLoaded();
    const select = regionSelect();
    expect(select.value).toBe('');
    const texts = optionTexts(select);
    expect(texts[0]).toBe('From my browser (United Kingdom)');
    expect(texts.at(-1)).toBe('My country is not listed');
    const countries = texts.slice(1, -1);
    expect(countries).toHaveLength(REGION_CODES.length);
    expect(countries).toEqual([...countries].sort((a, b) => a.localeCompare(b, 'en')));
    expect(countries).toContain('Germany');
    expect(countries).toContain('United States');
    const values = [...select.options].map((option) => option.value);
    expect(values[0]).toBe('');
    expect(values.at(-1)).toBe('ZZ');
    expect(values.slice(1, -1).sort()).toEqual([...REGION_CODES].sort());
    // The help is read with the field.
    const help = document.getElementById(select.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toBe(
      'Chooses the emergency and urgent-care numbers the red-flag check shows.',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Health check' })).toBeTruthy();
  });

  it('says when the browser gives no country, or one the check does not list', async () => {
    browserLanguages(['de']);
    const first = await renderLoaded();
    expect(optionTexts(regionSelect())[0]).toBe('From my browser (not known)');
    first.unmount();
    browserLanguages(['zh-CN']);
    await renderLoaded();
    expect(optionTexts(regionSelect())[0]).toBe('From my browser (China, not listed)');
  });

  it('saves the choice at once, and shows a stored one', async () => {
    browserLanguages(['en-US']);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, region: 'FR' } });
    await renderLoaded();
    const select = regionSelect();
    expect(select.value).toBe('FR');
    fireEvent.change(select, { target: { value: 'GB' } });
    await waitFor(async () => expect((await syncSettings())?.region).toBe('GB'));
    expect(screen.getByRole('status').textContent).toBe('Saved.');
    fireEvent.change(select, { target: { value: 'ZZ' } });
    await waitFor(async () => expect((await syncSettings())?.region).toBe('ZZ'));
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(async () => expect((await syncSettings())?.region).toBe(''));
    expect(await syncSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('names the countries in the page’s language and order', async () => {
    browserLanguages(['de-DE', 'de']);
    useTestLocale('de');
    render(<App welcome={false} data={await optionsData()} />);
    const select = (await screen.findByRole('combobox', {
      name: 'Land oder Region',
    })) as HTMLSelectElement;
    const texts = optionTexts(select);
    expect(texts[0]).toBe('Vom Browser (Deutschland)');
    expect(texts.at(-1)).toBe('Mein Land ist nicht aufgeführt');
    const countries = texts.slice(1, -1);
    expect(countries).toContain('Vereinigtes Königreich');
    expect(countries).toEqual([...countries].sort((a, b) => a.localeCompare(b, 'de')));
  });

  describe('on the welcome page', () => {
    it('asks for the country when the browser does not give one, once on the page', async () => {
      browserLanguages(['en']);
      await renderLoaded(true);
      const section = screen.getByRole('region', { name: 'Your country' });
      expect(within(section).getByText(/Your browser does not say which country/)).toBeTruthy();
      const select = within(section).getByRole('combobox', { name: 'Country or region' });
      // The same setting is not repeated further down.
      expect(screen.getAllByRole('combobox', { name: 'Country or region' })).toHaveLength(1);
      expect(screen.queryByRole('heading', { name: 'Health check' })).toBeNull();
      fireEvent.change(select, { target: { value: 'IE' } });
      await waitFor(async () => expect((await syncSettings())?.region).toBe('IE'));
      // The question stays where it is once answered.
      expect((select as HTMLSelectElement).value).toBe('IE');
      expect(screen.getByRole('region', { name: 'Your country' })).toBeTruthy();
    });

    it('asks when the browser gives a country the check does not list', async () => {
      browserLanguages(['zh-CN']);
      await renderLoaded(true);
      expect(screen.getByRole('region', { name: 'Your country' })).toBeTruthy();
    });

    it('does not ask when the browser gives a listed country: it names it, changed in the settings', async () => {
      browserLanguages(['en-AU', 'en']);
      await renderLoaded(true);
      expect(screen.queryByRole('region', { name: 'Your country' })).toBeNull();
      expect(screen.queryByRole('combobox', { name: 'Country or region' })).toBeNull();
      const numbers = screen.getByRole('region', { name: 'Emergency numbers' });
      expect(within(numbers).getByText(/the country your browser gives: Australia\./)).toBeTruthy();
      expect(
        within(numbers)
          .getByRole('link', { name: 'Choose another country in the settings' })
          .getAttribute('href'),
      ).toBe('/options.html#health');
    });

    it('shows the setting on the settings page, the browser’s country first', async () => {
      browserLanguages(['en-AU', 'en']);
      await renderLoaded();
      expect(screen.getByRole('heading', { level: 2, name: 'Health check' })).toBeTruthy();
      expect(optionTexts(regionSelect())[0]).toBe('From my browser (Australia)');
    });
  });
});
