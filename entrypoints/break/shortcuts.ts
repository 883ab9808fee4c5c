import { useEffect, useRef } from 'preact/hooks';

export type Shortcut = 'togglePause' | 'previous' | 'next' | 'done';

// A focused control keeps its own keys: Enter or Space on a button presses that button.
const KEEPS_ITS_KEYS =
  'button, a[href], input, select, textarea, summary, details, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="slider"], [role="tab"]';

/** The page shortcut a key press means, or null when it belongs to something else. */
export function shortcutFor(event: KeyboardEvent): Shortcut | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
  const target = event.target;
  if (target instanceof Element && target.closest(KEEPS_ITS_KEYS)) return null;
  switch (event.key) {
    case ' ':
      return event.repeat ? null : 'togglePause';
    case 'ArrowLeft':
      return 'previous';
    case 'ArrowRight':
      return 'next';
    case 'Enter':
      return event.repeat ? null : 'done';
    default:
      return null;
  }
}

/** Space pauses, arrows step, Enter finishes: while the handler is given. */
export function useShortcuts(handle: ((shortcut: Shortcut) => void) | null): void {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (!shortcut || !latest.current) return;
      event.preventDefault();
      latest.current(shortcut);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
