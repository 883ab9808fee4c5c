import { useEffect, useState } from 'preact/hooks';
import { SECOND } from '@/lib/time/units';

/** A little after the boundary, so a timer that fires a few ms early still shows the new second. */
const SETTLE_MS = 15;

/**
 * How long until the next tick: just after the next moment when the time left to `target` is a
 * whole number of `everyMs`, or, with no target, when the wall clock is.
 */
export function delayToNextTick(now: number, target: number | null, everyMs = SECOND): number {
  const phase = target === null ? -now : target - now;
  const untilBoundary = ((phase % everyMs) + everyMs) % everyMs;
  return untilBoundary + SETTLE_MS;
}

/**
 * The current time, re-read every `everyMs` (a second unless told): each page's one clock. With
 * a `target` (the moment a countdown runs to) the ticks land just after the countdown's own
 * second boundaries, so its digits change on time.
 */
export function useNow(target: number | null = null, everyMs = SECOND): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const at = Date.now();
      setNow(at);
      timer = setTimeout(tick, delayToNextTick(at, target, everyMs));
    };
    // A new target means the state just changed: show it against the time now, not a second ago.
    tick();
    return () => clearTimeout(timer);
  }, [target, everyMs]);
  return now;
}
