import type { CDPSession, Page } from 'playwright-core';
import type { LoadedExtension } from './extension';

/**
 * Counts the starts of the extension's service worker, as DevTools reports them (the
 * ServiceWorker domain's running status for every version, watched from one of the extension's
 * own pages): a start is a version going from not running to `starting`. Reading the status does
 * not start or wake the worker, so a test can tell whether something it did woke it.
 */
export class WorkerStarts {
  private readonly status = new Map<string, string>();
  private starts = 0;
  private readonly waiters: (() => void)[] = [];
  private readonly stopWaiters: (() => void)[] = [];

  private constructor(private readonly cdp: CDPSession) {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) {
        const before = this.status.get(v.versionId);
        this.status.set(v.versionId, v.runningStatus);
        const started =
          v.runningStatus === 'starting' ||
          (v.runningStatus === 'running' && (before === 'stopped' || before === 'stopping'));
        if (started && before !== 'starting' && before !== 'running') {
          this.starts += 1;
          for (const wake of this.waiters.splice(0)) wake();
        }
      }
      if (!this.running) for (const wake of this.stopWaiters.splice(0)) wake();
    });
  }

  static async watch(ext: LoadedExtension, page: Page): Promise<WorkerStarts> {
    const cdp = await ext.context.newCDPSession(page);
    const watcher = new WorkerStarts(cdp);
    await cdp.send('ServiceWorker.enable');
    return watcher;
  }

  /** Starts seen since the watch began. */
  get count(): number {
    return this.starts;
  }

  /** Whether any version is running or starting now, as last reported. */
  get running(): boolean {
    return [...this.status.values()].some((s) => s === 'running' || s === 'starting');
  }

  /**
   * Stops the worker through this watcher's own DevTools session and waits until this session
   * has seen it stopped: one session sees both the stop and any start after it.
   */
  async stop(): Promise<void> {
    const stopped = wake(this.stopWaiters, 10_000, 'the watcher never saw the worker stop');
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  }

  /** Resolves at the next start, or rejects after `timeout` ms. */
  nextStart(timeout = 10_000): Promise<void> {
    return wake(this.waiters, timeout, 'the worker did not start');
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}

/** A promise resolved when `waiters` is woken, or rejected with `message` after `timeout` ms. */
function wake(waiters: (() => void)[], timeout: number, message: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), timeout);
    waiters.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
