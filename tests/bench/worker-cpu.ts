import type { BrowserContext, CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * The CPU profiler of the extension's service worker, reached over the DevTools protocol (as
 * tests/e2e/support/worker-exceptions.ts does): Playwright exposes no CDP session for a worker.
 */
export class WorkerProfiler {
  private nextId = 1;
  private readonly waiting = new Map<number, (result: unknown) => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget' as 'Target.targetCreated', (event: unknown) => {
      const { message } = event as { message: string };
      const parsed = JSON.parse(message) as { id?: number; result?: unknown };
      if (parsed.id !== undefined) this.waiting.get(parsed.id)?.(parsed.result);
    });
  }

  static async attach(context: BrowserContext): Promise<WorkerProfiler> {
    const browser = context.browser();
    if (!browser) throw new Error('No browser behind the context');
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
    if (!worker) throw new Error('The extension has no running service worker');
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    });
    const profiler = new WorkerProfiler(cdp, sessionId);
    await profiler.send('Profiler.enable');
    // 100 µs samples: a wakeup takes a few milliseconds, so the default 1 ms would be coarse.
    await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
    return profiler;
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    const answered = new Promise<unknown>((resolve) => this.waiting.set(id, resolve));
    void this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return answered;
  }

  async start(): Promise<void> {
    await this.send('Profiler.start');
  }

  /** Milliseconds the worker's thread was busy (anything but idle) since start(). */
  async stop(): Promise<number> {
    const { profile } = (await this.send('Profiler.stop')) as { profile: Profile };
    const idle = new Set(
      profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
    );
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    let busyMicros = 0;
    // Each delta is the time before its sample, so it is charged to the sample after it.
    for (let i = 1; i < samples.length; i++) {
      if (!idle.has(samples[i] as number)) busyMicros += deltas[i] ?? 0;
    }
    return busyMicros / 1000;
  }

  async detach(): Promise<void> {
    await this.cdp.detach();
  }
}
