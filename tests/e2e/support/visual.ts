import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * The visual regression check's comparator: each screenshot against its baseline PNG in the
 * repository, with a tolerance. `npm run test:visual:update` (LIMBER_UPDATE_VISUAL=1) writes
 * the baselines instead of comparing.
 */

/** The baselines, kept in git. */
export const BASELINE_DIR = resolve(import.meta.dirname, '../__screenshots__');
/** What a failed comparison leaves to look at: build output, not kept. */
export const FAILURE_DIR = resolve(import.meta.dirname, '../../../.output/visual');

/** Whether this run writes the baselines rather than checking against them. */
export const UPDATING = process.env.LIMBER_UPDATE_VISUAL === '1';

/**
 * How different two pixels may be before they count as differing (pixelmatch's YIQ distance,
 * 0-1, where its default of 0.1 let a teal accent turned petrol blue, #0f766e to #0e7490, pass
 * unseen): at 0.02 a channel moved by a few units counts, a rounding step in blending does not.
 * Pixels pixelmatch takes for anti-aliasing (a glyph's edges) are not counted at all.
 */
export const PIXEL_THRESHOLD = 0.02;
/**
 * The share of an image's pixels that may differ: 1 in 5,000, so 205 pixels of a 1280 x 800
 * window or 64 of a 400 x 800 one. A button moved by a few pixels or a colour changed differs in
 * far more; a glyph drawn a sub-pixel to one side differs in a handful.
 */
export const MAX_DIFF_RATIO = 1 / 5000;

export interface Comparison {
  name: string;
  ok: boolean;
  /** What happened, with the files to look at when it failed. */
  message: string;
}

const baselinePath = (name: string) => resolve(BASELINE_DIR, `${name}.png`);

function writeFailure(name: string, files: Record<string, Buffer>): string[] {
  mkdirSync(FAILURE_DIR, { recursive: true });
  return Object.entries(files).map(([kind, data]) => {
    const path = resolve(FAILURE_DIR, `${name}-${kind}.png`);
    writeFileSync(path, data);
    return path;
  });
}

/** Compares a screenshot with its baseline (or, when updating, makes it the baseline). */
export function compareWithBaseline(name: string, actual: Buffer): Comparison {
  const baseline = baselinePath(name);
  if (UPDATING) {
    mkdirSync(BASELINE_DIR, { recursive: true });
    writeFileSync(baseline, actual);
    return { name, ok: true, message: `${name}: baseline written` };
  }
  if (!existsSync(baseline)) {
    const [saved] = writeFailure(name, { actual });
    return {
      name,
      ok: false,
      message: `${name}: no baseline (${baseline}); this run's image is ${saved}. Make the baselines with \`npm run test:visual:update\``,
    };
  }
  const expectedPng = PNG.sync.read(readFileSync(baseline));
  const actualPng = PNG.sync.read(actual);
  const { width, height } = expectedPng;
  if (actualPng.width !== width || actualPng.height !== height) {
    const [saved] = writeFailure(name, { actual });
    return {
      name,
      ok: false,
      message: `${name}: ${actualPng.width}x${actualPng.height}, the baseline is ${width}x${height}; actual: ${saved}`,
    };
  }
  const diff = new PNG({ width, height });
  const differing = pixelmatch(expectedPng.data, actualPng.data, diff.data, width, height, {
    threshold: PIXEL_THRESHOLD,
  });
  const allowed = Math.floor(width * height * MAX_DIFF_RATIO);
  if (differing <= allowed) {
    return { name, ok: true, message: `${name}: ${differing} pixels differ (${allowed} allowed)` };
  }
  const [actualFile, diffFile] = writeFailure(name, { actual, diff: PNG.sync.write(diff) });
  return {
    name,
    ok: false,
    message: `${name}: ${differing} pixels differ, ${allowed} allowed; actual: ${actualFile}, diff: ${diffFile}, baseline: ${baseline}`,
  };
}

/**
 * The baselines no screenshot of this run matched: left over from a state or page since
 * dropped. With `remove` (an update in which every screenshot was taken) they are deleted, so
 * the folder holds only what the check uses; an update cut short deletes nothing.
 */
export function unusedBaselines(used: ReadonlySet<string>, { remove = false } = {}): string[] {
  if (!existsSync(BASELINE_DIR)) return [];
  const unused = readdirSync(BASELINE_DIR)
    .filter((file) => file.endsWith('.png'))
    .map((file) => file.slice(0, -'.png'.length))
    .filter((name) => !used.has(name));
  if (!remove) return unused;
  for (const name of unused) rmSync(baselinePath(name));
  return [];
}

/** Clears the last run's failure images, so what is there after a run belongs to it. */
export function clearFailures(): void {
  rmSync(FAILURE_DIR, { recursive: true, force: true });
}
