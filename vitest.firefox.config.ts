import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { middayZone } from './tests/support/midday-zone';

// Real-Firefox tests: each file launches its own Firefox, so files run one at a time. `npm test`
// runs this suite and the Chromium one (vitest.e2e.config.ts) one after the other, never together.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    globalSetup: ['tests/e2e-firefox/support/build.ts'],
    // The tests work out the text they expect with the extension's own code, in English.
    setupFiles: ['tests/e2e/support/messages.ts'],
    fileParallelism: false,
    // Tests seed sessions minutes long and read today's figures: run them far from midnight.
    env: { TZ: middayZone(new Date()) },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
