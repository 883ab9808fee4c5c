/** Steps for an axis of counts (breaks) and of minutes (sitting), in a chart with few lines. */
export const COUNT_STEPS = [1, 2, 5, 10, 20, 50, 100] as const;
export const MINUTE_STEPS = [15, 30, 60, 120, 180, 240, 360, 480, 720] as const;

export interface Scale {
  /** The top of the axis: a whole number of steps, at least the largest value. */
  max: number;
  step: number;
  /** Tick values from 0 to max. */
  ticks: number[];
}

/** The smallest step from `steps` that fits `max` in `lines` gridlines (at least one step). */
export function niceScale(max: number, steps: readonly number[], lines = 4): Scale {
  const fallback = steps[steps.length - 1] ?? 1;
  const step = steps.find((s) => s * lines >= max) ?? Math.ceil(max / lines / fallback) * fallback;
  const count = Math.max(1, Math.ceil(max / step));
  return { max: count * step, step, ticks: Array.from({ length: count + 1 }, (_, i) => i * step) };
}
