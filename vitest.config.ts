import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['tests/support/i18n.ts'],
    restoreMocks: true,
    // A zone with daylight-saving changes, so local-time code is tested across them.
    env: { TZ: 'Europe/London' },
  },
});
