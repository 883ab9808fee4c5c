import { browser } from 'wxt/browser';
import type { EngineEvent, Presence } from '@/lib/session/state';

/** Whether any browser window is fullscreen (presentation, video call, video). */
export async function anyWindowFullscreen(): Promise<boolean> {
  const windows = await browser.windows.getAll();
  return windows.some((w) => w.state === 'fullscreen');
}

/** A tab playing sound means the user is watching or listening: still sitting. */
export async function somethingAudible(): Promise<boolean> {
  const tabs = await browser.tabs.query({ audible: true });
  return tabs.length > 0;
}

export async function presenceEvent(presence: Presence): Promise<EngineEvent> {
  const watching = presence === 'idle' && (await somethingAudible());
  return { type: 'presence', presence, watching };
}

/**
 * What the browser says now: presence and fullscreen can change without an event reaching us
 * (sound stops while the user is idle; no window event is listened to, since each would wake the
 * worker for every window moved or resized), so every wake-up asks. A reminder held during
 * fullscreen wakes the worker each minute, so it shows within a minute of fullscreen ending.
 */
export async function observeNow(idleSeconds: number): Promise<EngineEvent[]> {
  const [presence, fullscreen] = await Promise.all([
    browser.idle.queryState(idleSeconds),
    anyWindowFullscreen(),
  ]);
  return [{ type: 'fullscreen', fullscreen }, await presenceEvent(presence)];
}
