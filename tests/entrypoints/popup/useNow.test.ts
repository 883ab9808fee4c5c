import { describe, expect, it } from 'vitest';
import { formatCountdown } from '@/components/time-format';
import { delayToNextSecond } from '@/entrypoints/popup/useNow';

describe('delayToNextSecond', () => {
  it('lands just after the wall clock ticks when nothing counts down', () => {
    expect(delayToNextSecond(10_250, null)).toBe(750 + 15);
    expect(delayToNextSecond(10_000, null)).toBe(15);
  });

  it("lands just after the countdown's own digits change", () => {
    const target = 100_400;
    const now = 50_000;
    const delay = delayToNextSecond(now, target);
    expect(delay).toBe(400 + 15);
    expect(formatCountdown(target - (now + delay))).not.toBe(formatCountdown(target - now));
    // And never skips a second: one more tick shows the next one down.
    const later = now + delay;
    const again = later + delayToNextSecond(later, target);
    const shown = [target - now, target - later, target - again].map(formatCountdown);
    expect(shown).toEqual(['0:51', '0:50', '0:49']);
  });

  it('works for a target in the past too', () => {
    const delay = delayToNextSecond(10_300, 10_000);
    expect(delay).toBeGreaterThan(0);
    expect(delay).toBeLessThanOrEqual(1015);
  });
});
