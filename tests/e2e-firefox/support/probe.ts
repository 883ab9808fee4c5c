import type { Page } from 'puppeteer-core';
import type { BreakRecord, EngineState } from '@/lib/session/state';
import type { FirefoxExtension } from './extension';

/** The toolbar button as the user sees it: Firefox's MV2 `browserAction`. */
export interface ToolbarButton {
  text: string;
  title: string;
  color: number[];
}

interface PromisedBrowserAction {
  getBadgeText(details: object): Promise<string>;
  getTitle(details: object): Promise<string>;
  getBadgeBackgroundColor(details: object): Promise<number[]>;
}

/**
 * The extension's own APIs (storage, alarms, notifications, the toolbar button), called from an
 * extension page kept open beside the ones under test, so tests can look without opening a page
 * that acts on load. Calls that only read storage do not wake the event page.
 */
export class Probe {
  constructor(private readonly ext: FirefoxExtension) {}

  /** The extension page the probe works from. */
  page(): Page {
    return this.ext.probePage;
  }

  async engineState(): Promise<EngineState> {
    return (await this.page().evaluate(
      async () => (await browser.storage.local.get('engine')).engine,
    )) as EngineState;
  }

  async setEngineState(state: EngineState): Promise<void> {
    await this.page().evaluate((engine) => browser.storage.local.set({ engine }), state);
  }

  /**
   * Seeds the engine state and has the background pick it up. A re-check already under way
   * (after a settings write, or the event page starting) may read the old state and save over
   * the seed, so the seed is written again until the engine is seen holding it: the same
   * session, even if it has since fallen due.
   */
  async seedEngineState(state: EngineState): Promise<void> {
    const mark = (s: EngineState | undefined) =>
      s && ('session' in s.phase ? `session ${s.phase.session.startedAt}` : s.phase.kind);
    for (let attempt = 0; attempt < 10; attempt++) {
      await this.setEngineState(state);
      await this.send({ type: 'getStatus' });
      await new Promise((r) => setTimeout(r, 100 * attempt));
      if (mark(await this.engineState()) === mark(state)) return;
    }
    throw new Error('the background kept overwriting the seeded engine state');
  }

  /** Sends an intent to the background as the pages do (this wakes the event page). */
  async send(message: Record<string, unknown>): Promise<unknown> {
    return this.page().evaluate((m) => browser.runtime.sendMessage(m), message);
  }

  async setSettings(settings: Record<string, unknown>): Promise<void> {
    await this.page().evaluate((s) => browser.storage.sync.set({ settings: s }), settings);
  }

  /** Where the settings are kept: the synced copy, and any copy kept on this computer. */
  async storedSettings(): Promise<{ sync: unknown; local: unknown; place: unknown }> {
    return this.page().evaluate(async () => {
      const sync = await browser.storage.sync.get('settings');
      const local = await browser.storage.local.get(['settings', 'settingsPlace']);
      return { sync: sync.settings, local: local.settings, place: local.settingsPlace };
    });
  }

  async records(): Promise<BreakRecord[]> {
    return (await this.page().evaluate(
      async () => (await browser.storage.local.get('records')).records ?? [],
    )) as BreakRecord[];
  }

  async setStorage(items: Record<string, unknown>): Promise<void> {
    await this.page().evaluate((i) => browser.storage.local.set(i), items);
  }

  async toolbarButton(): Promise<ToolbarButton> {
    return this.page().evaluate(async () => {
      // Firefox's promise-returning browserAction (WXT types it as Chrome's, with callbacks).
      const action = (browser as unknown as { browserAction: PromisedBrowserAction }).browserAction;
      return {
        text: await action.getBadgeText({}),
        title: await action.getTitle({}),
        color: [...(await action.getBadgeBackgroundColor({}))],
      };
    });
  }

  async alarmAt(): Promise<number | null> {
    return this.page().evaluate(
      async () => (await browser.alarms.get('limber-next'))?.scheduledTime ?? null,
    );
  }

  /** Brings the background's next wake-up forward to `at`, as if the clock had got there. */
  async wakeAt(at: number): Promise<void> {
    await this.page().evaluate((when) => browser.alarms.create('limber-next', { when }), at);
  }

  /** The notifications the extension has on screen, with the options each was created with. */
  async notifications(): Promise<Record<string, Record<string, unknown>>> {
    return this.page().evaluate(
      async () =>
        (await browser.notifications.getAll()) as unknown as Record<
          string,
          Record<string, unknown>
        >,
    );
  }

  /** The URLs of the open tabs (Firefox shows an extension its own pages' URLs). */
  async tabUrls(): Promise<string[]> {
    return this.page().evaluate(async () =>
      (await browser.tabs.query({})).map((tab) => tab.url ?? ''),
    );
  }
}
