import { afterEach, expect } from 'vitest';
import type { LoadedExtension } from './extension';

/**
 * Fails any test during which an extension console (a page or the service worker) logged an
 * error or an exception went uncaught. Each test answers for its own errors, so the check holds
 * whichever tests run and in any order, with no last test to depend on.
 */
export function failOnConsoleErrors(extension: () => LoadedExtension | undefined): void {
  afterEach(() => {
    const logged = extension()?.errors.splice(0) ?? [];
    expect(logged, 'errors in an extension console during this test').toEqual([]);
  });
}
