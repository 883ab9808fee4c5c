import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { readPageData } from '../../support/page-data';

/** The organisation's `painDiaryAllowed` on the options page (issue 21). */

const mine: Settings = {
  ...DEFAULT_SETTINGS,
  painDiary: true,
  checkInPrompt: true,
  checkInTime: 10 * 60,
};

async function syncSettings(): Promise<Settings | undefined> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
}

async function renderLoaded() {
  render(<App welcome={false} data={await readPageData({ engine: false })} />);
  await screen.findByLabelText('Sitting time before a break');
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

describe('options page when the organisation does not allow the pain diary', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ settings: mine });
  });

  it('shows the diary and its prompt off, disabled, set by the organisation', async () => {
    await fakeBrowser.storage.managed.set({ painDiaryAllowed: false });
    await renderLoaded();
    for (const label of ['Keep a pain diary', 'Ask me once a day how my back is']) {
      const box = field(label);
      expect(box.checked).toBe(false);
      expect(box.disabled).toBe(true);
      expect(descriptionOf(box)).toContain('Set by your organisation');
    }
    expect(field('Daily check-in time').disabled).toBe(true);
    expect(screen.getByText(/Your organisation sets some of Limber's settings/)).toBeTruthy();
  });

  it('keeps the user’s own diary settings through a change, and brings them back after', async () => {
    await fakeBrowser.storage.managed.set({ painDiaryAllowed: false });
    await renderLoaded();
    const length = field('Break length');
    fireEvent.input(length, { target: { value: '4' } });
    fireEvent.change(length, { target: { value: '4' } });
    await waitFor(async () => expect((await syncSettings())?.breakMinutes).toBe(4));
    const stored = await syncSettings();
    expect(stored?.painDiary).toBe(true);
    expect(stored?.checkInPrompt).toBe(true);
    await act(() => fakeBrowser.storage.managed.remove('painDiaryAllowed'));
    await waitFor(() => expect(field('Keep a pain diary').checked).toBe(true));
    expect(field('Keep a pain diary').disabled).toBe(false);
    expect(field('Ask me once a day how my back is').checked).toBe(true);
    expect(field('Ask me once a day how my back is').disabled).toBe(false);
    expect(screen.queryByText('Set by your organisation')).toBeNull();
  });

  it('leaves the diary to the user when the organisation allows it', async () => {
    await fakeBrowser.storage.managed.set({ painDiaryAllowed: true });
    await renderLoaded();
    const diary = field('Keep a pain diary');
    expect(diary.checked).toBe(true);
    expect(diary.disabled).toBe(false);
    expect(screen.queryByText(/organisation/)).toBeNull();
  });
});
