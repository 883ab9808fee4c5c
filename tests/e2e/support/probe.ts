import type { Page } from 'playwright-core';
import type { BreakRecord, EngineState } from '@/lib/session/state';
import type { LoadedExtension } from './extension';
import { waitFor } from './wait';

/**
 * An extension page used as a window onto the extension's own APIs (storage, badge, alarms,
 * notifications), so tests can look without waking or depending on the service worker.
 */
export class Probe {
  private constructor(
    readonly ext: LoadedExtension,
    readonly page: Page,
  ) {}

  static async open(ext: LoadedExtension): Promise<Probe> {
    // The break page has no side effects of its own on load, unlike the popup.
    return new Probe(ext, await ext.openPage('options.html'));
  }

  async engineState(): Promise<EngineState> {
    return (await this.page.evaluate(
      async () => (await chrome.storage.local.get('engine')).engine,
    )) as EngineState;
  }

  async setEngineState(state: EngineState): Promise<void> {
    await this.page.evaluate((engine) => chrome.storage.local.set({ engine }), state);
  }

  /**
   * Seeds the engine state and has the background pick it up. A background re-check already
   * under way (say, after a settings write) may read the old state and save over the seed, so
   * the seed is written again until the engine is seen holding it.
   */
  async seedEngineState(state: EngineState): Promise<void> {
    const key = (s: EngineState | undefined) =>
      s && ('session' in s.phase ? `${s.phase.kind}:${s.phase.session.startedAt}` : s.phase.kind);
    for (let attempt = 0; attempt < 5; attempt++) {
      await this.setEngineState(state);
      await this.send({ type: 'getStatus' });
      await new Promise((r) => setTimeout(r, 100 * attempt));
      const held = await this.engineState();
      if (key(held) === key(state) || held.phase.kind === 'due') return;
    }
    throw new Error('the background kept overwriting the seeded engine state');
  }

  async setSettings(settings: Record<string, unknown>): Promise<void> {
    await this.page.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);
  }

  async records(): Promise<BreakRecord[]> {
    return (await this.page.evaluate(
      async () => (await chrome.storage.local.get('records')).records ?? [],
    )) as BreakRecord[];
  }

  async setRecords(records: BreakRecord[]): Promise<void> {
    await this.page.evaluate((r) => chrome.storage.local.set({ records: r }), records);
  }

  /** The stored per-day history totals, as raw storage holds them. */
  async history(): Promise<unknown> {
    return this.page.evaluate(async () => (await chrome.storage.local.get('history')).history);
  }

  async setHistory(history: unknown): Promise<void> {
    await this.page.evaluate((h) => chrome.storage.local.set({ history: h }), history);
  }

  async settings(): Promise<unknown> {
    return this.page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  }

  async badgeText(): Promise<string> {
    return this.page.evaluate(() => chrome.action.getBadgeText({}));
  }

  /**
   * Waits for the badge to read `text`: the background sets it after it saves the state that
   * pages follow, so a page can be a moment ahead of it. Fails with the last text seen.
   */
  async untilBadge(text: string): Promise<void> {
    await waitFor(
      () => this.badgeText(),
      (shown) => shown === text,
    );
  }

  async badgeTitle(): Promise<string> {
    return this.page.evaluate(() => chrome.action.getTitle({}));
  }

  async alarmAt(): Promise<number | null> {
    return this.page.evaluate(
      async () => (await chrome.alarms.get('limber-next'))?.scheduledTime ?? null,
    );
  }

  async notificationIds(): Promise<string[]> {
    return this.page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
  }

  /** Sends an intent to the background as the popup does. */
  async send(message: Record<string, unknown>): Promise<unknown> {
    return this.page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  }

  /**
   * Stops the service worker, as Chrome does when it idles it out, and resolves once DevTools
   * reports it stopped.
   */
  async stopServiceWorker(): Promise<void> {
    const cdp = await this.ext.context.newCDPSession(this.page);
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([
      stopped,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('the service worker did not stop')), 5000),
      ),
    ]);
    await cdp.detach();
  }
}
