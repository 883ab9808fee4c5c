import type { BrowserContext, CDPSession } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface ExceptionThrown {
  method: 'Runtime.exceptionThrown';
  params: { exceptionDetails: { text: string; exception?: { description?: string } } };
}

/**
 * Playwright reports a service worker's console calls but not its uncaught exceptions or
 * unhandled rejections, so listen for those over the DevTools protocol, re-attaching each time
 * the worker is started again.
 */
export async function watchServiceWorkerExceptions(
  context: BrowserContext,
  errors: string[],
): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser behind the context: cannot watch the service worker');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const attached = new Set<string>();

  // The non-flattened protocol keeps these messages on our own session, out of Playwright's way.
  cdp.on('Target.receivedMessageFromTarget' as 'Target.targetCreated', (event: unknown) => {
    const { message } = event as { message: string };
    const parsed = JSON.parse(message) as Partial<ExceptionThrown>;
    if (parsed.method !== 'Runtime.exceptionThrown' || !parsed.params) return;
    const { text, exception } = parsed.params.exceptionDetails;
    errors.push(`[service worker] ${text}: ${exception?.description ?? ''}`);
  });

  const attach = async (target: TargetInfo) => {
    if (target.type !== 'service_worker' || !target.url.startsWith('chrome-extension://')) return;
    if (attached.has(target.targetId)) return;
    attached.add(target.targetId);
    try {
      const { sessionId } = await cdp.send('Target.attachToTarget', {
        targetId: target.targetId,
        flatten: false,
      });
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: 1, method: 'Runtime.enable' }),
      });
    } catch {
      // The worker stopped between being announced and being attached: nothing left to watch.
      attached.delete(target.targetId);
    }
  };

  cdp.on('Target.targetCreated', ({ targetInfo }) => void attach(targetInfo));
  cdp.on('Target.targetDestroyed', ({ targetId }) => attached.delete(targetId));
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await cdp.send('Target.getTargets');
  await Promise.all(targetInfos.map(attach));
}
