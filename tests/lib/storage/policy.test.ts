import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_POLICY } from '@/lib/settings/policy';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { policyCopyItem } from '@/lib/storage/items';
import { MANAGED_WAIT_MS, readManaged, readPolicy } from '@/lib/storage/policy';
import {
  loadSettings,
  readSettings,
  saveSettings,
  settingsItem,
  watchSettings,
} from '@/lib/storage/settings';

describe('the organisation’s policy in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads a managed area that cannot be read as no policy, and logs nothing', async () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    // Firefox with no policies.json for Limber rejects the read.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    expect(await readPolicy()).toEqual(NO_POLICY);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sitMinutes: 45 });
    expect((await readSettings()).sitMinutes).toBe(45);
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads a browser with no managed area at all as no policy', async () => {
    vi.spyOn(fakeBrowser.storage, 'managed', 'get').mockReturnValue(
      undefined as unknown as typeof fakeBrowser.storage.managed,
    );
    expect(await readPolicy()).toEqual(NO_POLICY);
  });

  it('gives the background the settings in force, and the user’s own stay stored', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, sitMinutes: 45, breakMinutes: 4 });
    await fakeBrowser.storage.managed.set({ sitMinutes: 20, idleSeconds: 1 });
    const settings = await readSettings();
    expect(settings.sitMinutes).toBe(20);
    expect(settings.breakMinutes).toBe(4);
    // The invalid idle time is ignored: the user's own (the default) stands.
    expect(settings.idleSeconds).toBe(DEFAULT_SETTINGS.idleSeconds);
    expect((await loadSettings()).settings.sitMinutes).toBe(45);
    expect(await fakeBrowser.storage.sync.get('settings')).toMatchObject({
      settings: { sitMinutes: 45 },
    });
  });

  it('tells the settings’ watchers when the policy changes', async () => {
    const onChange = vi.fn();
    const stop = watchSettings(onChange);
    await fakeBrowser.storage.managed.set({ sitMinutes: 20 });
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.storage.managed.set({ sitMinutes: 25 });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  describe('when the managed area is slow or never answers', () => {
    /** A managed read that answers only when the test says so. */
    function holdManagedRead(): (value: unknown) => void {
      let answer: (value: unknown) => void = () => undefined;
      // `as never`: storage.get is overloaded, and the mock takes the last overload's type only.
      vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(
        () =>
          new Promise((resolve) => {
            answer = resolve;
          }) as never,
      );
      return (value) => answer(value);
    }

    afterEach(() => {
      vi.useRealTimers();
    });

    it('keeps the policy each read gives, and forgets it when the policy is removed', async () => {
      await fakeBrowser.storage.managed.set({ sitMinutes: 20 });
      await readPolicy();
      await vi.waitFor(async () =>
        expect(await policyCopyItem.getValue()).toEqual({ sitMinutes: 20 }),
      );
      await fakeBrowser.storage.managed.clear();
      await readPolicy();
      await vi.waitFor(async () => expect(await policyCopyItem.getValue()).toBeNull());
    });

    it('runs on the policy last kept once the read is overdue, and at once while it stays out', async () => {
      await policyCopyItem.setValue({ sitMinutes: 20 });
      vi.useFakeTimers();
      const answer = holdManagedRead();
      const first = readSettings();
      await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS - 1);
      let settled = false;
      void first.then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await first).sitMinutes).toBe(20);
      // The read is still out: the next reader does not wait again, nor start another read.
      expect((await readSettings()).sitMinutes).toBe(20);
      expect(fakeBrowser.storage.managed.get).toHaveBeenCalledTimes(1);
      answer({ sitMinutes: 20 });
    });

    it('runs on the user’s own settings when no policy was ever kept', async () => {
      await saveSettings({ ...DEFAULT_SETTINGS, sitMinutes: 45 });
      vi.useFakeTimers();
      const answer = holdManagedRead();
      const read = readSettings();
      await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS);
      expect((await read).sitMinutes).toBe(45);
      answer({});
    });

    it('keeps the late answer and tells the settings’ watchers, so the engine follows it', async () => {
      vi.useFakeTimers();
      const answer = holdManagedRead();
      const onChange = vi.fn();
      const stop = watchSettings(onChange);
      const read = readPolicy();
      await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS);
      expect(await read).toEqual(NO_POLICY);
      expect(onChange).not.toHaveBeenCalled();
      answer({ sitMinutes: 25 });
      await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
      expect(await policyCopyItem.getValue()).toEqual({ sitMinutes: 25 });
      vi.mocked(fakeBrowser.storage.managed.get).mockRestore();
      await fakeBrowser.storage.managed.set({ sitMinutes: 25 });
      expect((await readSettings()).sitMinutes).toBe(25);
      stop();
    });

    it('leaves the kept policy alone when only a page that shows it reads', async () => {
      await fakeBrowser.storage.managed.set({ sitMinutes: 20 });
      const set = vi.spyOn(fakeBrowser.storage.local, 'set');
      const get = vi.spyOn(fakeBrowser.storage.local, 'get');
      expect(await readManaged()).toEqual({ sitMinutes: 20 });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(set).not.toHaveBeenCalled();
      expect(get).not.toHaveBeenCalled();
    });
  });
});
