import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advance,
  goTo,
  isPaused,
  isRoutineDone,
  moveRemainingMs,
  parseProgress,
  startProgress,
  togglePause,
} from '@/lib/routine/progress';

const T0 = 1_000_000;
const LENGTHS = [20, 45, 30];

describe('routine progress', () => {
  it('counts the current move down from its length', () => {
    const p = startProgress(T0);
    expect(moveRemainingMs(p, LENGTHS, T0)).toBe(20_000);
    expect(moveRemainingMs(p, LENGTHS, T0 + 5_000)).toBe(15_000);
    expect(moveRemainingMs(p, LENGTHS, T0 + 25_000)).toBe(0);
  });

  it('moves on by itself when a move is done, carrying the extra time over', () => {
    const p = advance(startProgress(T0), LENGTHS, T0 + 23_000);
    expect(p.index).toBe(1);
    expect(moveRemainingMs(p, LENGTHS, T0 + 23_000)).toBe(42_000);
    // A page asleep for a long while catches up over several moves at once.
    const later = advance(startProgress(T0), LENGTHS, T0 + 70_000);
    expect(later.index).toBe(2);
    expect(moveRemainingMs(later, LENGTHS, T0 + 70_000)).toBe(25_000);
  });

  it('is done after the last move, and stays done', () => {
    const done = advance(startProgress(T0), LENGTHS, T0 + 95_000);
    expect(isRoutineDone(done, LENGTHS)).toBe(true);
    expect(moveRemainingMs(done, LENGTHS, T0 + 99_000)).toBe(0);
    expect(advance(done, LENGTHS, T0 + 500_000).index).toBe(3);
  });

  it('stops the clock while paused, and goes on from there', () => {
    let p = togglePause(startProgress(T0), T0 + 5_000);
    expect(isPaused(p)).toBe(true);
    expect(moveRemainingMs(p, LENGTHS, T0 + 60_000)).toBe(15_000);
    expect(advance(p, LENGTHS, T0 + 60_000)).toEqual(p);
    p = togglePause(p, T0 + 60_000);
    expect(isPaused(p)).toBe(false);
    expect(moveRemainingMs(p, LENGTHS, T0 + 64_000)).toBe(11_000);
  });

  it('jumps to the next or previous move with a fresh clock, staying paused if it was', () => {
    const running = goTo(startProgress(T0), 1, LENGTHS, T0 + 3_000);
    expect(running).toEqual({ index: 1, doneMs: 0, since: T0 + 3_000 });
    const paused = togglePause(startProgress(T0), T0 + 3_000);
    expect(goTo(paused, 2, LENGTHS, T0 + 9_000)).toEqual({ index: 2, doneMs: 0, since: null });
    expect(goTo(paused, -1, LENGTHS, T0).index).toBe(0);
    expect(goTo(paused, 9, LENGTHS, T0).index).toBe(3);
  });

  it('never shows more time than a move has, nor less than none', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('tick', 'pause', 'next', 'previous'), { maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 30, maxLength: 30 }),
        (actions, gaps) => {
          let now = T0;
          let p = startProgress(now);
          actions.forEach((action, i) => {
            now += gaps[i] ?? 0;
            p = advance(p, LENGTHS, now);
            if (action === 'pause') p = togglePause(p, now);
            if (action === 'next') p = goTo(p, p.index + 1, LENGTHS, now);
            if (action === 'previous') p = goTo(p, p.index - 1, LENGTHS, now);
            const left = moveRemainingMs(p, LENGTHS, now);
            expect(left).toBeGreaterThanOrEqual(0);
            expect(left).toBeLessThanOrEqual((LENGTHS[p.index] ?? 0) * 1000);
            expect(p.index).toBeGreaterThanOrEqual(0);
            expect(p.index).toBeLessThanOrEqual(LENGTHS.length);
          });
        },
      ),
    );
  });
});

describe('parseProgress', () => {
  it('reads back a saved progress', () => {
    const p = { index: 1, doneMs: 2_000, since: null };
    expect(parseProgress(JSON.parse(JSON.stringify(p)), LENGTHS)).toEqual(p);
    expect(parseProgress({ index: 3, doneMs: 0, since: T0 }, LENGTHS)).toEqual({
      index: 3,
      doneMs: 0,
      since: T0,
    });
  });

  it('rejects what does not fit this routine', () => {
    expect(parseProgress({ index: 4, doneMs: 0, since: T0 }, LENGTHS)).toBeNull();
    expect(parseProgress({ index: 1.5, doneMs: 0, since: T0 }, LENGTHS)).toBeNull();
    expect(parseProgress({ index: 0, doneMs: -1, since: T0 }, LENGTHS)).toBeNull();
    expect(parseProgress({ index: 0, doneMs: 0, since: 'now' }, LENGTHS)).toBeNull();
    expect(parseProgress(null, LENGTHS)).toBeNull();
  });
});
