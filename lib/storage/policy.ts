import { browser } from 'wxt/browser';
import { type Policy, parsePolicy } from '@/lib/settings/policy';

/**
 * The organisation's policy for Limber, from the browser's managed storage: Chrome and Edge fill
 * it from their enterprise policies (3rdparty → extensions → Limber's id), Firefox from
 * policies.json (3rdparty → Extensions → Limber's id). It is read-only to the extension.
 *
 * Most browsers have no policy for Limber, and that is no fault: Chrome then gives an empty
 * object, while Firefox without a policy rejects the read ("Managed storage manifest not
 * found"), and a browser may have no managed area at all. Each of these is read as no policy,
 * with nothing logged.
 */
export async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return undefined;
  }
}

export async function readPolicy(): Promise<Policy> {
  return parsePolicy(await readManaged());
}

/** Calls `onChange` whenever the browser's policy for Limber changes (added, edited, removed). */
export function watchPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => browser.storage.onChanged.removeListener(listener);
}
