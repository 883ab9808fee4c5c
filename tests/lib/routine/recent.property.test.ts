import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseRecent,
  RECENT_KEEP_MS,
  type RecentExercise,
  rememberShown,
} from '@/lib/routine/recent';

/**
 * The moves the break page showed lately, as stored (issue 14): any stored value in, a usable
 * list out, every usable entry kept; and the list after showing a move stays short, ordered and
 * free of a wrong clock's leftovers, whatever it started from.
 */

const T0 = new Date(2026, 2, 2, 12).getTime();
const DAY = 24 * 60 * 60_000;

const id = fc.constantFrom('neck-tilt', 'shoulder-roll', 'calf-raise', 'wrist-circles', 'x');
const at = fc.oneof(
  fc.integer({ min: T0 - 30 * DAY, max: T0 + 30 * DAY }),
  fc.constantFrom(0, -1, 8.64e15, -8.64e15, 1e300),
);
const valid: fc.Arbitrary<RecentExercise> = fc.record({ id, at });
const junk = fc.oneof(
  fc.anything(),
  fc.record({ id: fc.oneof(fc.constant(''), fc.integer(), fc.constant(null)), at }),
  fc.record({ id, at: fc.oneof(fc.string(), fc.constantFrom(Number.NaN, Infinity, null)) }),
);
const marked = fc.array(
  fc.oneof(
    valid.map((entry) => ({ entry: entry as unknown, ok: true })),
    junk.map((entry) => ({ entry, ok: false })),
  ),
  { maxLength: 30 },
);

describe('the moves shown lately, read back', () => {
  it('read anything stored as a list of usable entries, the same a second time', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const recent = parseRecent(value);
        if (!Array.isArray(value)) expect(recent).toEqual([]);
        for (const r of recent) {
          expect(typeof r.id === 'string' && r.id.length > 0).toBe(true);
          expect(Number.isFinite(r.at)).toBe(true);
        }
        expect(parseRecent(structuredClone(recent))).toEqual(recent);
      }),
      { numRuns: 400 },
    );
  });

  it('keep every usable entry, in their stored order, among damaged ones', () => {
    fc.assert(
      fc.property(marked, (all) => {
        const stored = all.map((m) => m.entry);
        const recent = parseRecent(stored);
        for (const m of all) if (m.ok) expect(recent).toContain(m.entry);
        let i = 0;
        for (const entry of stored) if (i < recent.length && entry === recent[i]) i += 1;
        expect(i, 'each taken from the list, in order').toBe(recent.length);
      }),
      { numRuns: 400 },
    );
  });

  it('after a move is shown: one entry a move, oldest first, none from the future or past a week', () => {
    fc.assert(
      fc.property(marked, id, fc.integer({ min: T0 - DAY, max: T0 + DAY }), (all, shown, now) => {
        const before = parseRecent(all.map((m) => m.entry));
        const after = rememberShown(before, shown, now);
        expect(after.at(-1)).toEqual({ id: shown, at: now });
        expect(new Set(after.map((r) => r.id)).size).toBe(after.length);
        for (let k = 1; k < after.length; k++) {
          expect((after[k] as RecentExercise).at).toBeGreaterThanOrEqual(
            (after[k - 1] as RecentExercise).at,
          );
        }
        for (const r of after) {
          expect(r.at).toBeLessThanOrEqual(now);
          expect(r.at).toBeGreaterThan(now - RECENT_KEEP_MS);
        }
        // What was kept is what was stored, and each move's latest showing.
        for (const r of after.slice(0, -1)) {
          expect(before).toContainEqual(r);
          const later = before.filter((b) => b.id === r.id && b.at > r.at && b.at <= now);
          expect(later).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });
});
