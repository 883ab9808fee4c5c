import { t, tn } from '@/lib/i18n/t';

/** A countdown as m:ss, rounded up so it shows 0:00 only when the time is really up. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** A countdown in words for screen readers and titles, e.g. "1 minute 5 seconds". */
export function describeCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return tn('exercises_seconds', seconds);
  if (seconds === 0) return tn('common_minutes', minutes);
  return t(
    'exercises_minutes_and_seconds',
    tn('common_minutes', minutes),
    tn('exercises_seconds', seconds),
  );
}
