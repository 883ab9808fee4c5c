import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * `storage.sync`'s limits, as Chrome documents and enforces them
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync): the fake
 * browser enforces none, so tests that must meet them wrap its `set` with this.
 */
export const SYNC_QUOTA = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
} as const;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** An item's size as Chrome measures it: its key's length plus its value as JSON. */
export function itemBytes(key: string, value: unknown): number {
  return bytes(key) + bytes(JSON.stringify(value));
}

/**
 * Makes `fakeBrowser.storage.sync.set` refuse, as Chrome does, any write that would break a
 * quota, with Chrome's message; `now` is the clock the per-minute write limit is counted on.
 * Returns the total bytes in use, for the test to check.
 */
export function enforceSyncQuota(now: () => number = Date.now): { used: () => Promise<number> } {
  const sync = fakeBrowser.storage.sync;
  const set = sync.set.bind(sync);
  const writes: number[] = [];
  const used = async () =>
    Object.entries(await sync.get(null)).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
  vi.spyOn(sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const at = now();
    while (writes.length > 0 && (writes[0] as number) <= at - 60_000) writes.shift();
    if (writes.length >= SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE) {
      throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    }
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > SYNC_QUOTA.QUOTA_BYTES_PER_ITEM) {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
    }
    const after = { ...(await sync.get(null)), ...items };
    if (Object.keys(after).length > SYNC_QUOTA.MAX_ITEMS) {
      throw new Error('MAX_ITEMS quota exceeded');
    }
    const total = Object.entries(after).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
    if (total > SYNC_QUOTA.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    writes.push(at);
    return set(items);
  });
  return { used };
}
