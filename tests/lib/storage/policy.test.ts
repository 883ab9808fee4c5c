import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_POLICY } from '@/lib/settings/policy';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { readPolicy } from '@/lib/storage/policy';
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
});
