import { browser } from 'wxt/browser';
import { parseTips, TIP_FILE } from '@/lib/content/tip-file';
import type { Tip } from '@/lib/content/tips';

let loading: Promise<Tip[]> | null = null;

/**
 * The tip library, read from the extension's own package the first time a reminder needs it in
 * this worker's life. A failed read gives no tips (the reminder then carries a plain message)
 * and is tried again next time.
 */
export function loadTips(): Promise<Tip[]> {
  // Written at build time, so WXT's typed public paths do not list it.
  const url = (browser.runtime.getURL as (path: string) => string)(TIP_FILE);
  loading ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then(parseTips)
    .catch((error: unknown) => {
      loading = null;
      console.warn('Limber: could not read the tip library', error);
      return [];
    });
  return loading;
}
