import { useEffect, useState } from 'preact/hooks';

const SECOND = 1000;
/** A little after the boundary, so a timer that fires a few ms early still shows the new second. */
const SETTLE_MS = 15;

/** How long until the countdown to `target` shows its next second. */
export function delayToNextSecond(now: number, target: number | null): number {
  const phase = target === null ? -now : target - now;
  const untilBoundary = ((phase % SECOND) + SECOND) % SECOND;
  return untilBoundary + SETTLE_MS;
}

/**
 * The current time, re-read every second. With a `target` (the moment a countdown runs to) the
 * ticks land just after the countdown's own second boundaries, so its digits change on time.
 */
export function useNow(target: number | null = null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const at = Date.now();
      setNow(at);
      timer = setTimeout(tick, delayToNextSecond(at, target));
    };
    // A new target means the state just changed: show it against the time now, not a second ago.
    tick();
    return () => clearTimeout(timer);
  }, [target]);
  return now;
}
