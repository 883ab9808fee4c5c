import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { readPageData } from '../../support/page-data';

/** Settings set by the organisation on the options page (issue 21). */

const mine: Settings = { ...DEFAULT_SETTINGS, sitMinutes: 45, breakMinutes: 3 };

async function syncSettings(): Promise<Settings | undefined> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
}

async function renderLoaded() {
  const view = render(<App welcome={false} data={await readPageData({ engine: false })} />);
  await screen.findByLabelText('Sitting time before a break');
  return view;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

/** The texts a field points screen readers to, joined. */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

describe('options page under an organisation’s policy', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ settings: mine });
  });

  it('shows each setting the policy sets with its value, disabled, and says why', async () => {
    await fakeBrowser.storage.managed.set({
      sitMinutes: 20,
      showBadge: false,
      region: 'DE',
      excludedCategories: ['eyes'],
      workingHours: { enabled: true, days: [1, 2, 3], start: 480, end: 1020 },
    });
    await renderLoaded();
    const sitting = field('Sitting time before a break');
    expect(sitting.value).toBe('20');
    expect(sitting.disabled).toBe(true);
    expect(descriptionOf(sitting)).toContain('Set by your organisation');
    const badge = field('Show the minutes left on the toolbar button');
    expect(badge.checked).toBe(false);
    expect(badge.disabled).toBe(true);
    expect(descriptionOf(badge)).toContain('Set by your organisation');
    const region = screen.getByLabelText('Country or region') as HTMLSelectElement;
    expect(region.value).toBe('DE');
    expect(region.disabled).toBe(true);
    expect(descriptionOf(region)).toContain('Set by your organisation');
    const eyes = screen.getByRole('checkbox', { name: /eyes/i }) as HTMLInputElement;
    expect(eyes.checked).toBe(true);
    // Inside a disabled fieldset, which disables every control in it (happy-dom does not apply
    // that rule itself; the e2e test sees it in Chromium).
    expect(eyes.closest('fieldset')?.disabled).toBe(true);
    expect(field('Only remind me during working hours').disabled).toBe(true);
    expect(field('Working day starts').disabled).toBe(true);
    // What the policy leaves alone is the user's own, and can be changed.
    const length = field('Break length');
    expect(length.value).toBe('3');
    expect(length.disabled).toBe(false);
    expect(screen.getByText(/Your organisation sets some of Limber's settings/)).toBeTruthy();
  });

  it('lists each invalid policy value as ignored, and keeps the user’s own value for it', async () => {
    await fakeBrowser.storage.managed.set({
      idleSeconds: 5,
      lockedSettings: ['sitMinutes', 'colour'],
      painDiaryAllowed: 'maybe',
      somethingElse: 1,
    });
    await renderLoaded();
    for (const text of [
      "Your organisation's setting for Away after (idleSeconds) is not valid and is ignored.",
      'Your organisation\'s list of settings you may not change names "colour", which is not one of Limber\'s settings; it is ignored.',
      "Your organisation's setting for the pain diary is not valid and is ignored.",
      'Your organisation\'s policy holds "somethingElse", which is not one of Limber\'s settings; it is ignored.',
    ]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(field('Away after').value).toBe('120');
    expect(field('Away after').disabled).toBe(false);
    // Locked with no value: Limber's default, whatever the user had.
    expect(field('Sitting time before a break').value).toBe('30');
    expect(field('Sitting time before a break').disabled).toBe(true);
  });

  it('saves a change to another setting without writing the policy’s value over the user’s', async () => {
    await fakeBrowser.storage.managed.set({ sitMinutes: 20 });
    await renderLoaded();
    const length = field('Break length');
    fireEvent.input(length, { target: { value: '4' } });
    fireEvent.change(length, { target: { value: '4' } });
    await waitFor(async () => expect((await syncSettings())?.breakMinutes).toBe(4));
    expect((await syncSettings())?.sitMinutes).toBe(45);
  });

  it('brings the user’s own value back when the policy is removed', async () => {
    await fakeBrowser.storage.managed.set({ sitMinutes: 20 });
    await renderLoaded();
    expect(field('Sitting time before a break').value).toBe('20');
    await act(() => fakeBrowser.storage.managed.remove('sitMinutes'));
    await waitFor(() => expect(field('Sitting time before a break').value).toBe('45'));
    expect(field('Sitting time before a break').disabled).toBe(false);
    expect(screen.queryByText('Set by your organisation')).toBeNull();
  });

  it('imports the rest of a file, not a locked setting, and says so', async () => {
    await fakeBrowser.storage.managed.set({ sitMinutes: 20 });
    await renderLoaded();
    const file = JSON.stringify({
      kind: 'limber-settings',
      version: 3,
      settings: { ...DEFAULT_SETTINGS, sitMinutes: 60, breakMinutes: 5 },
    });
    fireEvent.change(screen.getByLabelText('Import settings from a file'), {
      target: { files: [new File([file], 'mine.json', { type: 'application/json' })] },
    });
    const note = await screen.findByText(
      'Set by your organisation, so not imported: Sitting time before a break (sitMinutes).',
    );
    expect(note.getAttribute('role')).toBe('status');
    await waitFor(async () => expect((await syncSettings())?.breakMinutes).toBe(5));
    expect((await syncSettings())?.sitMinutes).toBe(45);
    expect(field('Sitting time before a break').value).toBe('20');
  });

  it('marks the settings the organisation sets in an exported file', async () => {
    await fakeBrowser.storage.managed.set({ sitMinutes: 20, lockedSettings: ['region'] });
    await renderLoaded();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:limber';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    expect(
      screen.getByText(
        'Settings set by your organisation are marked as such in the exported file.',
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    // The export reads the pain diary first (it goes in the file too), so it lands a moment later.
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const exported = JSON.parse(await (blobs[0] as Blob).text());
    expect(exported.lockedByOrganisation).toEqual(['sitMinutes', 'region']);
    expect(exported.settings.sitMinutes).toBe(20);
  });

  it('shows nothing of policies when there is none, as in Firefox without policies.json', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    await renderLoaded();
    expect(field('Sitting time before a break').value).toBe('45');
    expect(field('Sitting time before a break').disabled).toBe(false);
    expect(screen.queryByText(/organisation/)).toBeNull();
  });
});
