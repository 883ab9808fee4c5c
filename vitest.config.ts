import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // Real-browser suites have their own configs: vitest.e2e.config.ts, vitest.firefox.config.ts.
    exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**'],
    environment: 'happy-dom',
    // Vitest keeps a core for itself by default: one worker on CI's two cores. Its main process
    // is mostly idle, so one worker per core runs the suite in 73 s there instead of 127 s.
    maxWorkers: availableParallelism(),
    globals: true,
    setupFiles: ['tests/support/i18n.ts', 'tests/support/package-files.ts'],
    restoreMocks: true,
    // A zone with daylight-saving changes, so local-time code is tested across them.
    env: { TZ: 'Europe/London' },
  },
});
