import { act, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { delayToNextTick, useNow } from '@/lib/pages/useNow';
import { formatCountdown } from '@/lib/time/format';

describe('delayToNextTick', () => {
  it('lands just after the wall clock ticks when nothing counts down', () => {
    expect(delayToNextTick(10_250, null)).toBe(750 + 15);
    expect(delayToNextTick(10_000, null)).toBe(15);
  });

  it("lands just after the countdown's own digits change", () => {
    const target = 100_400;
    const now = 50_000;
    const delay = delayToNextTick(now, target);
    expect(delay).toBe(400 + 15);
    expect(formatCountdown(target - (now + delay))).not.toBe(formatCountdown(target - now));
    // And never skips a second: one more tick shows the next one down.
    const later = now + delay;
    const again = later + delayToNextTick(later, target);
    const shown = [target - now, target - later, target - again].map(formatCountdown);
    expect(shown).toEqual(['0:51', '0:50', '0:49']);
  });

  it('works for a target in the past too', () => {
    const delay = delayToNextTick(10_300, 10_000);
    expect(delay).toBeGreaterThan(0);
    expect(delay).toBeLessThanOrEqual(1015);
  });

  it('ticks at a shorter period too, still in step with the countdown', () => {
    // The break page's moves: a quarter second, on the break's own boundaries.
    expect(delayToNextTick(50_000, 100_400, 250)).toBe(150 + 15);
    expect(delayToNextTick(50_150, 100_400, 250)).toBe(15);
    expect(delayToNextTick(10_000, null, 60_000)).toBe(50_000 + 15);
  });
});

describe('useNow', () => {
  afterEach(() => vi.useRealTimers());

  function Clock({ target, everyMs }: { target: number | null; everyMs?: number }) {
    return <p>{useNow(target, everyMs)}</p>;
  }

  it('reads the clock at once, then again on each tick', () => {
    vi.useFakeTimers();
    vi.setSystemTime(10_250);
    const { container } = render(<Clock target={null} />);
    expect(container.textContent).toBe('10250');
    act(() => {
      vi.advanceTimersByTime(764);
    });
    expect(container.textContent).toBe('10250');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(container.textContent).toBe('11015');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(container.textContent).toBe('12015');
  });

  it('keeps its own period when given one', () => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
    const { container } = render(<Clock target={1_000} everyMs={250} />);
    act(() => {
      vi.advanceTimersByTime(15);
    });
    expect(container.textContent).toBe('15');
    act(() => {
      vi.advanceTimersByTime(250);
    });
    expect(container.textContent).toBe('265');
  });
});
