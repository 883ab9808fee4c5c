import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import { formatCountdown } from '@/lib/time/format';
import './BreakTimer.css';

interface BreakTimerProps {
  /** What is counting down, e.g. "This move"; also the timer's accessible name. */
  label: string;
  remainingMs: number;
  totalMs: number;
  paused?: boolean;
}

const RADIUS = 20;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A countdown ring with the time left in the middle. */
export function BreakTimer({ label, remainingMs, totalMs, paused = false }: BreakTimerProps) {
  const labelId = useId();
  const left = totalMs > 0 ? Math.min(1, Math.max(0, remainingMs / totalMs)) : 0;
  return (
    <div class={paused ? 'break-timer is-paused' : 'break-timer'}>
      <svg class="break-timer-ring" viewBox="0 0 48 48" aria-hidden="true">
        <circle class="break-timer-track" cx="24" cy="24" r={RADIUS} />
        <circle
          class="break-timer-left"
          cx="24"
          cy="24"
          r={RADIUS}
          stroke-dasharray={`${(CIRCUMFERENCE * left).toFixed(2)} ${CIRCUMFERENCE.toFixed(2)}`}
          transform="rotate(-90 24 24)"
        />
      </svg>
      <div class="break-timer-text">
        <span class="break-timer-label" id={labelId}>
          {label}
        </span>
        <span role="timer" aria-labelledby={labelId} class="break-timer-time">
          {formatCountdown(remainingMs)}
        </span>
        {paused ? <span class="break-timer-paused">{t('break_paused')}</span> : null}
      </div>
    </div>
  );
}
