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

const STROKE = 9;

/** A circular progress track in SVG, purely decorative, with readable content in its middle. */
export function ProgressRing({ progress, tone, size = 124, children }: ProgressRingProps) {
  const radius = (size - STROKE) / 2;
  const circumference = 2 * Math.PI * radius;
  const filled = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
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
        {/* A zero-length stroke with round caps would still draw a dot. */}
        {filled > 0 ? (
          <circle
            class="ring-fill"
            cx={size / 2}
            cy={size / 2}
            r={radius}
            stroke-width={STROKE}
            stroke-dasharray={`${circumference} ${circumference}`}
            stroke-dashoffset={circumference * (1 - filled)}
            // Start at twelve o'clock and fill clockwise.
            transform={`rotate(-90 ${size / 2} ${size / 2})`}
          />
        ) : null}
      </svg>
      <div class="ring-center">{children}</div>
    </div>
  );
}
