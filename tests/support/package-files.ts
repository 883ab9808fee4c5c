/**
 * happy-dom's `fetch` knows no extension URLs (`chrome-extension://…`), so code reading a file
 * from its own package, as the background reads the tip library, would fail in every unit test
 * and print the failure with its stack. This serves those URLs as the built extension does:
 * the files wxt.config.ts writes at build time, and a 404 for anything else.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serialiseTips, TIP_FILE } from '@/lib/content/tip-file';
import { TIPS } from '@/lib/content/tips';

/** The package's generated files, by their path in the extension. */
export const PACKAGE_FILES: Readonly<Record<string, string>> = {
  [TIP_FILE]: serialiseTips(TIPS),
};

const webFetch = globalThis.fetch;

globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = input instanceof Request ? input.url : String(input);
  const base = fakeBrowser.runtime.getURL('/');
  if (!url.startsWith(base)) return webFetch(input, init);
  const body = PACKAGE_FILES[`/${url.slice(base.length)}`];
  return body === undefined
    ? new Response('', { status: 404 })
    : new Response(body, { headers: { 'content-type': 'application/json' } });
};
