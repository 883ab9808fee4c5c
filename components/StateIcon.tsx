import type { RingTone } from '@/lib/status-view';

/**
 * Each state's glyph, drawn on a 24 px grid with a 2 px line in the current text colour, so the
 * state reads by shape as well as by colour (and the word beside it says it in full).
 */
const GLYPHS: Record<RingTone, preact.JSX.Element> = {
  // A clock: the count to the next break runs.
  sitting: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7.5V12l3 2" />
    </>
  ),
  // An hourglass: the count is on hold while the user is away.
  away: <path d="M7 4h10M7 20h10M8 4c0 4 8 6 8 8s-8 4-8 8M16 4c0 4-8 6-8 8s8 4 8 8" />,
  // A bell: a break is due.
  due: (
    <>
      <path d="M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 1.5h-15z" />
      <path d="M10 20.5a2 2 0 0 0 4 0" />
    </>
  ),
  // A figure reaching up, as in the Limber mark: on a break.
  break: (
    <>
      <circle cx="12" cy="5" r="1.8" />
      <path d="M6.5 4.5 9 9.5l3 .8 3-.8 2.5-5M12 10.3c-.5 2.5-.3 4.4 0 6M12 16.3 9.5 21M12 16.3l2.5 4.7" />
    </>
  ),
  // Two bars: paused.
  paused: <path d="M9.5 6.5v11M14.5 6.5v11" />,
  // A crescent moon: outside working hours.
  off: <path d="M18.5 14.5A7 7 0 0 1 9.5 5.5a7 7 0 1 0 9 9z" />,
};

/** The icon of a state; decorative, since the state's word is always beside it. */
export function StateIcon({ tone }: { tone: RingTone }) {
  return (
    <svg
      class="state-icon"
      viewBox="0 0 24 24"
      width={20}
      height={20}
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {GLYPHS[tone]}
    </svg>
  );
}
