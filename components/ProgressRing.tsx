import type { ComponentChildren } from 'preact';
import type { RingTone } from '@/lib/status-view';
import './ProgressRing.css';

interface ProgressRingProps {
  /** How much of the ring is filled, from 0 to 1. */
  progress: number;
  tone: RingTone;
  /** Diameter in CSS pixels. */
  size?: number;
  /** What sits in the middle; it carries the meaning, since the ring itself is hidden from screen readers. */
  children?: ComponentChildren;
}

const STROKE = 10;

/** Tones in which nothing counts towards a break: their ring is the track alone. */
const STILL: ReadonlySet<RingTone> = new Set(['paused', 'off']);

/**
 * The shortest arc drawn while a count runs, as a share of the circle: at the start of a session
 * the fill is a short bar leaving twelve o'clock (two stroke widths long), so the ring reads as
 * under way from its first second instead of showing a lone dot that looks like a glitch.
 */
export function minimumShare(size: number): number {
  const circumference = Math.PI * (size - STROKE);
  return (2 * STROKE) / circumference;
}

/** The share of the ring to fill: the progress, never less than a visible start while counting. */
export function shownShare(progress: number, tone: RingTone, size: number): number {
  if (STILL.has(tone)) return 0;
  const filled = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  return Math.max(filled, minimumShare(size));
}

/**
 * A circular progress track in SVG, purely decorative, with readable content in its middle. The
 * whole track is always drawn in the state's soft colour, the fill in its strong one.
 */
export function ProgressRing({ progress, tone, size = 112, children }: ProgressRingProps) {
  const radius = (size - STROKE) / 2;
  const circumference = 2 * Math.PI * radius;
  const share = shownShare(progress, tone, size);
  // Round caps stick out half a stroke at each end; the arc is shortened by as much so the bar
  // ends where the progress does, and a full ring closes without an overlap.
  const arc = Math.max(0, circumference * share - (share < 1 ? STROKE : 0));
  return (
    <div class={`ring ring--${tone}`} style={{ width: `${size}px`, height: `${size}px` }}>
      <svg
        aria-hidden="true"
        focusable="false"
        width={size}
        height={size}
        viewBox={`0 0 ${size} ${size}`}
      >
        <circle class="ring-track" cx={size / 2} cy={size / 2} r={radius} stroke-width={STROKE} />
        {share > 0 ? (
          <circle
            class={share < 1 ? 'ring-fill' : 'ring-fill ring-fill--full'}
            cx={size / 2}
            cy={size / 2}
            r={radius}
            stroke-width={STROKE}
            stroke-dasharray={`${arc} ${circumference}`}
            // Start at twelve o'clock (half a cap past it) and fill clockwise.
            transform={`rotate(${-90 + (share < 1 ? (STROKE / 2 / circumference) * 360 : 0)} ${size / 2} ${size / 2})`}
          />
        ) : null}
      </svg>
      <div class="ring-center">{children}</div>
    </div>
  );
}
