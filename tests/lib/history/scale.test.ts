import { describe, expect, it } from 'vitest';
import { COUNT_STEPS, MINUTE_STEPS, niceScale } from '@/lib/history/scale';

describe('chart axes', () => {
  it('gives an empty chart one step, so it still has an axis', () => {
    expect(niceScale(0, COUNT_STEPS)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });

  it('fits counts in at most four lines of a round step', () => {
    expect(niceScale(3, COUNT_STEPS)).toEqual({ max: 3, step: 1, ticks: [0, 1, 2, 3] });
    expect(niceScale(7, COUNT_STEPS)).toEqual({ max: 8, step: 2, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(9, COUNT_STEPS).ticks).toEqual([0, 5, 10]);
  });

  it('uses steps of whole hours for long sitting', () => {
    expect(niceScale(100, MINUTE_STEPS).ticks).toEqual([0, 30, 60, 90, 120]);
    expect(niceScale(410, MINUTE_STEPS).ticks).toEqual([0, 120, 240, 360, 480]);
  });

  it('keeps going past the largest step', () => {
    const scale = niceScale(5000, MINUTE_STEPS);
    expect(scale.max).toBeGreaterThanOrEqual(5000);
    expect(scale.ticks.length).toBeLessThanOrEqual(5);
  });
});
