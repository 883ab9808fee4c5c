import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { localDayKey } from '@/lib/history/days';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { readDiary, saveDiaryEntry } from '@/lib/storage/diary';
import { readPageData } from '../../support/page-data';

/** The pain diary on the options page (issue 19): its section, and in the settings file. */

async function renderLoaded() {
  const view = render(<App welcome={false} data={await readPageData({ engine: false })} />);
  await screen.findByLabelText('Keep a pain diary');
  return view;
}

describe('the pain diary on the options page', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS });
  });

  it('turns the diary on, and the daily question and its time only with it', async () => {
    await renderLoaded();
    const question = screen.getByLabelText('Ask me once a day how my back is') as HTMLInputElement;
    const time = screen.getByLabelText('Daily check-in time') as HTMLInputElement;
    expect(question.disabled).toBe(true);
    expect(time.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Keep a pain diary'));
    await waitFor(() => expect(question.disabled).toBe(false));
    expect(time.disabled).toBe(true);
    fireEvent.click(question);
    await waitFor(() => expect(time.disabled).toBe(false));
    expect(time.value).toBe('16:00');
    await waitFor(async () =>
      expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
        painDiary: true,
        checkInPrompt: true,
      }),
    );
  });

  it('exports the diary with the settings, and merges a file’s diary by day on import', async () => {
    const now = Date.now();
    const today = localDayKey(now);
    await saveDiaryEntry({ date: today, pain: 5, tags: ['stiff'], updatedAt: now - 1000 }, now);
    await renderLoaded();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:limber';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const exported = JSON.parse(await (blobs[0] as Blob).text());
    expect(exported.diary).toEqual([
      { date: today, pain: 5, tags: ['stiff'], updatedAt: now - 1000 },
    ]);

    // A file from another computer: an older edit of today (kept out) and a day this one lacks.
    const yesterday = localDayKey(now - 86_400_000 * 1.5);
    const file = JSON.stringify({
      ...exported,
      diary: [
        { date: yesterday, pain: 7, tags: ['night'], updatedAt: now - 5000 },
        { date: today, pain: 2, tags: [], updatedAt: now - 9000 },
      ],
    });
    fireEvent.change(screen.getByLabelText('Import settings from a file'), {
      target: { files: [new File([file], 'other.json', { type: 'application/json' })] },
    });
    await screen.findByText(/2 days of the pain diary merged\./);
    expect(await readDiary()).toEqual({
      [yesterday]: { date: yesterday, pain: 7, tags: ['night'], updatedAt: now - 5000 },
      [today]: { date: today, pain: 5, tags: ['stiff'], updatedAt: now - 1000 },
    });
  });

  it('refuses a file whose diary is damaged, and changes nothing', async () => {
    await renderLoaded();
    const file = JSON.stringify({
      kind: 'limber-settings',
      version: 4,
      settings: { ...DEFAULT_SETTINGS, sitMinutes: 60 },
      diary: [{ date: '2026-02-30', pain: 4, tags: [], updatedAt: 1 }],
    });
    fireEvent.change(screen.getByLabelText('Import settings from a file'), {
      target: { files: [new File([file], 'bad.json', { type: 'application/json' })] },
    });
    await screen.findByText(/Day 1 of the pain diary in the file is not a valid entry/);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
      sitMinutes: DEFAULT_SETTINGS.sitMinutes,
    });
    expect(await readDiary()).toEqual({});
  });
});
