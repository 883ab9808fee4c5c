import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { ALARM_NAME } from '@/entrypoints/background/effects';
import { NOTIFICATION_ID } from '@/entrypoints/background/notifications';
import { TIP_FILE } from '@/lib/content/tip-file';
import { TIPS, tipKey } from '@/lib/content/tips';
import { t, tData } from '@/lib/i18n/t';
import type { EngineState } from '@/lib/session/state';

const MIN = 60_000;
const T0 = new Date(2026, 2, 2, 9, 0).getTime();

/** fakeBrowser has no idle, commands or port events: ones that never fire will do. */
const silentEvent = () => ({
  addListener: () => undefined,
  removeListener: () => undefined,
  hasListener: () => false,
});

async function settle() {
  // Listeners start async work they do not return; let it finish.
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

/**
 * The tip path of a reminder without a browser: the background reads the packaged tip library
 * through `fetch`, as it does in Chrome and Firefox (tests/support/package-files.ts serves the
 * file the build writes), and the reminder carries a tip with its source.
 */
describe('a reminder’s tip, read from the packaged tip library', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    Object.assign(fakeBrowser.idle, {
      queryState: vi.fn(async () => 'active'),
      setDetectionInterval: vi.fn(),
      onStateChanged: silentEvent(),
    });
    Object.assign(fakeBrowser, { commands: { onCommand: silentEvent() } });
    Object.assign(fakeBrowser.runtime, { onConnect: silentEvent() });
    background.main();
    await settle();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a tip from the file, with its source, and logs nothing', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    for (let at = T0 + MIN; at <= T0 + 30 * MIN; at += MIN) {
      vi.setSystemTime(at);
      await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_NAME, scheduledTime: at });
      await settle();
    }

    // Read once, from the extension's own package, only when the reminder needed it.
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
      fakeBrowser.runtime.getURL(TIP_FILE as '/'),
    ]);
    const engine = (await fakeBrowser.storage.local.get('engine')).engine as EngineState;
    const [shownId] = engine.shownTips;
    const tip = TIPS.find((candidate) => candidate.id === shownId);
    if (!tip) throw new Error(`the reminder named no known tip: ${String(shownId)}`);
    const shown = fakeBrowser.notifications.getAllCreateOptions()[NOTIFICATION_ID];
    expect(shown?.message).toBe(
      t('notify_tip', tData(tipKey(tip.id, 'title')), tData(tipKey(tip.id, 'text'))),
    );
    expect(shown?.message).not.toBe(t('notify_no_tip'));
    expect(shown?.contextMessage).toBe(t('notify_source', tip.source.name));
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});
