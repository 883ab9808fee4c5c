// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstRenderProblems, LIMITS, measurePage, pageFiles, TARGETS } from './sizes';

/** A built page whose HTML loads `refs`, each file holding a little text. */
function builtPage(refs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'limber-sizes-'));
  const tags = refs.map((ref) =>
    ref.endsWith('.css')
      ? `<link rel="stylesheet" crossorigin href="/${ref}">`
      : ref.includes('preload')
        ? `<link rel="modulepreload" crossorigin href="/${ref}">`
        : `<script type="module" crossorigin src="/${ref}"></script>`,
  );
  writeFileSync(join(dir, 'popup.html'), `<html><head>${tags.join('')}</head></html>`);
  for (const ref of refs) writeFileSync(join(dir, ref.replace('/', '-')), `/* ${ref} */`);
  return dir;
}

describe('first-render files', () => {
  it('lists the script, preloaded chunks and stylesheets a page loads', () => {
    const dir = builtPage(['popup.js', 'preload-shared.js', 'popup.css']);
    expect(pageFiles(dir, 'popup')).toEqual(['popup.js', 'preload-shared.js', 'popup.css']);
  });

  it('accepts one script and one stylesheet, and nothing else', () => {
    const one = measurePage(builtPage(['popup.js', 'popup.css']), 'popup');
    expect(firstRenderProblems([one])).toEqual([]);
    const split = measurePage(builtPage(['popup.js', 'preload-shared.js', 'popup.css']), 'popup');
    expect(firstRenderProblems([split])).toEqual([
      'popup.html loads 2 scripts and 1 stylesheets before its first render',
    ]);
    const twoStyles = measurePage(builtPage(['popup.js', 'popup.css', 'base.css']), 'popup');
    expect(firstRenderProblems([twoStyles])).toHaveLength(1);
  });
});

describe('budgets', () => {
  it('hold the popup to its tightened budget and the background to 0.5 kB over its target', () => {
    expect(LIMITS.popup).toBe(TARGETS.popup);
    expect(LIMITS.popup).toBeLessThan(20_000);
    expect(LIMITS.background - TARGETS.background).toBeLessThanOrEqual(500);
  });
});
