import { browser } from 'wxt/browser';
import { type Policy, parsePolicy } from '@/lib/settings/policy';
import { isRecord } from '@/lib/settings/schema';
import { POLICY_COPY_KEY, policyCopyItem } from './items';

/**
 * How long a reader waits for the browser's managed area before taking the policy it last gave.
 * Chromium answers a profile's first managed read only once its policy service is up (about 3 s
 * on a fresh profile here, 3-8 s reported on others), and some builds never answer it (Edge beta,
 * https://github.com/microsoft/MicrosoftEdge-Extensions/issues/299); warm reads take about 70 ms.
 */
export const MANAGED_WAIT_MS = 1500;

/** The read on its way, shared by every reader until it answers. */
let inFlight: { answer: Promise<unknown>; overdue: boolean; keep: boolean } | undefined;

/**
 * The organisation's policy for Limber, from the browser's managed storage: Chrome and Edge fill
 * it from their enterprise policies (3rdparty → extensions → Limber's id), Firefox from
 * policies.json (3rdparty → Extensions → Limber's id). It is read-only to the extension.
 *
 * Most browsers have no policy for Limber, and that is no fault: Chrome then gives an empty
 * object, while Firefox without a policy rejects the read ("Managed storage manifest not
 * found"), and a browser may have no managed area at all. Each of these is read as no policy,
 * with nothing logged.
 *
 * A read that has not answered within MANAGED_WAIT_MS gives the policy the browser last gave
 * (kept in local storage), and readers after it get that at once while the read is still out:
 * a managed area that never answers must not stop reminders. Readers that decide the settings in
 * force (`keep`: the background, the options page) keep each answer, late or not, so a change
 * reaches `watchPolicy`'s listeners and the pages (lib/pages/page-data.ts); a page that only
 * shows the policy leaves the copy alone and reads nothing more.
 */
export function readManaged(keep = false): Promise<unknown> {
  if (inFlight) {
    inFlight.keep ||= keep;
    return inFlight.overdue ? policyCopyItem.getValue() : inFlight.answer;
  }
  let managed: Promise<unknown>;
  try {
    managed = browser.storage.managed.get();
  } catch {
    return Promise.resolve(undefined);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const current = { answer: Promise.resolve<unknown>(undefined), overdue: false, keep };
  const read = managed
    .catch(() => undefined)
    .then((value) => {
      clearTimeout(timer);
      if (inFlight === current) inFlight = undefined;
      if (current.keep) keepCopy(value).catch(() => undefined);
      return value;
    });
  const late = new Promise<unknown>((resolve) => {
    timer = setTimeout(() => {
      current.overdue = true;
      resolve(policyCopyItem.getValue().catch(() => null));
    }, MANAGED_WAIT_MS);
  });
  current.answer = Promise.race([read, late]);
  inFlight = current;
  return current.answer;
}

/** Keeps what the managed area gave, when it differs from the copy: nothing kept is no policy. */
async function keepCopy(value: unknown): Promise<void> {
  const policy = isRecord(value) && Object.keys(value).length > 0 ? value : null;
  const kept = await policyCopyItem.getValue();
  if (JSON.stringify(kept) !== JSON.stringify(policy)) await policyCopyItem.setValue(policy);
}

export async function readPolicy(): Promise<Policy> {
  return parsePolicy(await readManaged(true));
}

/**
 * Calls `onChange` whenever the browser's policy for Limber changes (added, edited, removed), or
 * a late managed read brings a policy other than the one last kept (see readManaged).
 */
export function watchPolicy(onChange: () => void): () => void {
  const copyName = POLICY_COPY_KEY.slice('local:'.length);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && copyName in changes)) onChange();
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => browser.storage.onChanged.removeListener(listener);
}
