/**
 * `npm run screenshot:readme`: takes the README's picture of the popup again, from a fresh build,
 * and writes it to .github/images/popup.png (tests/e2e/readme-screenshot.test.ts).
 */
import { startVitest } from 'vitest/node';

process.env.LIMBER_UPDATE_README_SCREENSHOT = '1';
const vitest = await startVitest('test', ['tests/e2e/readme-screenshot.test.ts'], {
  config: 'vitest.e2e.config.ts',
  run: true,
});
await vitest.close();
process.exit(process.exitCode ?? 0);
