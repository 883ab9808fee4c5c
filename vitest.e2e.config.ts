import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { middayZone } from './tests/support/midday-zone';

// Real-browser tests: each file launches its own Chromium, so files run one at a time.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/build.ts'],
    setupFiles: ['tests/e2e/support/messages.ts'],
    fileParallelism: false,
    // Tests seed sessions minutes long and read today's figures: run them far from midnight.
    env: { TZ: middayZone(new Date()) },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
