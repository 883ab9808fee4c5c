import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { holdBreakLink } from '@/entrypoints/break/worker-link';
import { BREAK_LINK_PORT } from '@/lib/break-link';

/** A port whose drop the test decides, with or without the error Chrome gives a failed connect. */
function fakePorts() {
  const drops: Array<(error?: string) => void> = [];
  const disconnect = vi.fn();
  const connect = vi.fn((info?: { name?: string }) => {
    let listener: (() => void) | undefined;
    drops.push((error) => {
      const runtime = browser.runtime as { lastError?: { message: string } };
      runtime.lastError = error ? { message: error } : undefined;
      listener?.();
      runtime.lastError = undefined;
    });
    return {
      name: info?.name ?? '',
      disconnect,
      onDisconnect: { addListener: (l: () => void) => (listener = l) },
    };
  });
  return { connect, drops, disconnect };
}

describe("the break page's link to the worker", () => {
  let ports: ReturnType<typeof fakePorts>;
  beforeEach(() => {
    vi.useFakeTimers();
    ports = fakePorts();
    vi.spyOn(browser.runtime, 'connect').mockImplementation(
      ports.connect as unknown as typeof browser.runtime.connect,
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('connects at once, and again at once when a worker that stopped after a while drops it', () => {
    const release = holdBreakLink(1_000);
    expect(ports.connect).toHaveBeenCalledWith({ name: BREAK_LINK_PORT });
    vi.advanceTimersByTime(30_000);
    ports.drops[0]?.();
    vi.advanceTimersByTime(0);
    expect(ports.connect).toHaveBeenCalledTimes(2);
    release();
    expect(ports.disconnect).toHaveBeenCalledTimes(1);
  });

  it('waits a second before trying again when the connect never reached the worker', () => {
    const release = holdBreakLink(1_000);
    vi.advanceTimersByTime(30_000);
    ports.drops[0]?.('Could not establish connection. Receiving end does not exist.');
    vi.advanceTimersByTime(999);
    expect(ports.connect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(ports.connect).toHaveBeenCalledTimes(2);
    release();
  });

  it('lets go for good when released: a drop after that does not connect again', () => {
    const release = holdBreakLink(1_000);
    release();
    ports.drops[0]?.();
    vi.advanceTimersByTime(5_000);
    expect(ports.connect).toHaveBeenCalledTimes(1);
  });
});
