import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { WorkstationItemId } from '@/lib/workstation/checklist';
import './WorkstationIllustration.css';

/**
 * Simple side-view line drawings of a desk set-up, one for each item of the workstation check:
 * the furniture and figure in the text colour, what the item is about in the accent colour. The
 * colours come from the page's theme through the stylesheet (`currentColor` and the design
 * tokens), so they follow light and dark.
 */

interface PartProps {
  /** Drawn in the accent colour: the part the item is about. */
  on?: boolean;
  children: ComponentChildren;
}

const Part = ({ on = false, children }: PartProps) => (
  <g class={on ? 'ws-on' : 'ws-ink'}>{children}</g>
);

const FLOOR = <path class="ws-floor" d="M4 112 H156" />;

/** A person on a chair at a desk with a screen and keyboard, facing right. */
function Seated({ on }: { on: ReadonlySet<string> }) {
  return (
    <>
      {FLOOR}
      {/* Chair: backrest, seat, post and base. */}
      <Part>
        <path d="M30 78 H58 M44 80 V108 M32 110 H56" />
      </Part>
      <Part on={on.has('backrest')}>
        <path d="M28 40 Q24 56 30 64 Q26 72 28 78" />
      </Part>
      {/* Desk, keyboard, screen. */}
      <Part>
        <path d="M64 70 H150 M144 70 V110" />
      </Part>
      <Part on={on.has('keyboard')}>
        <path d="M64 66 H82" />
      </Part>
      <Part on={on.has('screen')}>
        <path d="M112 26 V52 M112 52 V68 M104 68 H120" />
      </Part>
      {/* The person: head, body, arm, legs. */}
      <Part>
        <circle cx="42" cy="26" r="8" />
        <path d="M40 34 Q36 52 38 74" />
      </Part>
      <Part on={on.has('arm')}>
        <path d="M41 42 L48 62 L70 62" />
      </Part>
      <Part on={on.has('legs')}>
        <path d="M38 74 H70 V108 H80" />
      </Part>
      {on.has('screen') ? (
        <g class="ws-on ws-guide">
          {/* The eye line to the top of the screen, and an arm's length. */}
          <path class="ws-dash" d="M50 26 H110" />
          <path d="M50 14 H110 M54 10 L50 14 L54 18 M106 10 L110 14 L106 18" />
        </g>
      ) : null}
      {on.has('legs') ? <path class="ws-on ws-dash" d="M34 80 H74" /> : null}
    </>
  );
}

/** A person standing at a raised desk with a screen, facing right. */
function Standing({ on }: { on: ReadonlySet<string> }) {
  return (
    <>
      {FLOOR}
      <Part on={on.has('desk')}>
        <path d="M64 54 H150 M144 54 V110" />
      </Part>
      <Part on={on.has('screen')}>
        <path d="M112 10 V36 M112 36 V52 M104 52 H120" />
      </Part>
      <Part>
        <circle cx="40" cy="14" r="8" />
        <path d="M40 22 V64 M40 64 L36 110 M40 64 L46 110" />
      </Part>
      <Part on={on.has('desk')}>
        <path d="M40 30 L47 50 L70 50" />
      </Part>
      {on.has('desk') ? <path class="ws-on ws-dash" d="M26 54 H60" /> : null}
      {on.has('screen') ? <path class="ws-on ws-dash" d="M48 12 H110" /> : null}
    </>
  );
}

function Laptop() {
  return (
    <>
      {FLOOR}
      <Part>
        <path d="M10 80 H150 M20 80 V110 M140 80 V110" />
      </Part>
      {/* Stand, and the laptop's base and lid raised on it. */}
      <Part on>
        <path d="M92 78 L100 50 H124 L128 78 M96 50 H128 L136 16" />
        <path d="M40 76 H70" />
        <rect x="76" y="72" width="8" height="5" rx="2" />
      </Part>
    </>
  );
}

/**
 * Seen from above: a window in the side wall, its light crossing the room alongside the screen
 * (side-on to it), so none falls on the screen's face or reflects into the eyes.
 */
function Light() {
  return (
    <>
      <Part on>
        <path d="M12 34 V86 M17 34 V86" />
        <path class="ws-dash" d="M24 46 H76 M24 60 H76 M24 74 H76" />
      </Part>
      <Part>
        <path d="M14 8 V34 M14 86 V112" />
        {/* Desk, the screen on it (its face towards the person), the person's head and shoulders. */}
        <rect x="80" y="34" width="66" height="44" rx="3" />
        <path d="M96 46 H130 M113 46 V52" />
        <circle cx="113" cy="96" r="7" />
        <path d="M97 108 Q113 98 129 108" />
      </Part>
    </>
  );
}

function Change() {
  return (
    <>
      {FLOOR}
      <g transform="translate(-6 12) scale(0.8)">
        <Part>
          <path d="M30 78 H58 M44 80 V108 M32 110 H56 M28 40 Q24 56 30 64 Q26 72 28 78" />
          <circle cx="42" cy="26" r="8" />
          <path d="M40 34 Q36 52 38 74 M41 42 L48 62 L62 62 M38 74 H70 V108 H80" />
        </Part>
      </g>
      <g transform="translate(70 0)">
        <Part>
          <circle cx="40" cy="14" r="8" />
          <path d="M40 22 V64 M40 64 L36 110 M40 64 L46 110 M40 30 L47 50 L62 50" />
        </Part>
      </g>
      <Part on>
        <path d="M74 40 H98 M92 34 L98 40 L92 46 M98 66 H74 M80 60 L74 66 L80 72" />
      </Part>
    </>
  );
}

const SCENES: Record<WorkstationItemId, () => ComponentChildren> = {
  screen: () => <Seated on={new Set(['screen'])} />,
  chair: () => <Seated on={new Set(['legs'])} />,
  back: () => <Seated on={new Set(['backrest'])} />,
  keyboard: () => <Seated on={new Set(['arm', 'keyboard'])} />,
  laptop: Laptop,
  light: Light,
  stand_desk: () => <Standing on={new Set(['desk'])} />,
  stand_screen: () => <Standing on={new Set(['screen'])} />,
  stand_change: Change,
};

interface WorkstationIllustrationProps {
  item: WorkstationItemId;
  /** What the drawing shows, for screen readers. */
  title: string;
}

export function WorkstationIllustration({ item, title }: WorkstationIllustrationProps) {
  const titleId = useId();
  const Scene = SCENES[item];
  return (
    <svg
      class="ws-illustration"
      viewBox="0 0 160 120"
      role="img"
      aria-labelledby={titleId}
      xmlns="http://www.w3.org/2000/svg"
      fill="none"
      stroke="currentColor"
      stroke-width="3"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <title id={titleId}>{title}</title>
      <Scene />
    </svg>
  );
}
