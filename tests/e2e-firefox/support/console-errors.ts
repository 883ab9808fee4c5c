import { afterEach, expect } from 'vitest';
import type { FirefoxExtension } from './extension';

/**
 * Fails any test during which an extension console (a page or the event page) logged an error
 * or an exception went uncaught. Firefox's output is read up to a marker first, so each test
 * answers for its own errors.
 */
export function failOnConsoleErrors(extension: () => FirefoxExtension | undefined): void {
  afterEach(async () => {
    const ext = extension();
    if (!ext) return;
    await ext.flushConsole();
    expect(ext.errors.splice(0), 'errors in an extension console during this test').toEqual([]);
  });
}
