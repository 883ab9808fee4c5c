/**
 * `npm run test:visual:update`: builds the extension, takes every screenshot of the visual check
 * (tests/e2e/visual.test.ts) and writes them as its baselines in tests/e2e/__screenshots__,
 * removing any baseline no screenshot uses now. Look at the changed images before committing.
 */
import { startVitest } from 'vitest/node';

process.env.LIMBER_UPDATE_VISUAL = '1';
const vitest = await startVitest('test', ['tests/e2e/visual.test.ts'], {
  config: 'vitest.e2e.config.ts',
  run: true,
});
await vitest.close();
process.exit(process.exitCode ?? 0);
