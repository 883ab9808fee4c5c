import type { Status } from '@/lib/session/status';
import type { Settings } from '@/lib/settings/schema';
import { formatCountdown, formatMoment, spokenTimeLeft } from './time-format';

const MINUTE = 60_000;

export type RingTone = 'sitting' | 'away' | 'due' | 'break' | 'off';

/** Everything the status panel shows for one status at one moment, in plain words. */
export interface StatusView {
  headline: string;
  detail: string;
  tone: RingTone;
  /** How much of the ring is filled, from 0 to 1. */
  progress: number;
  /** The big text inside the ring: a countdown, or a word when nothing counts down. */
  center: string;
  /** The accessible name of the countdown; null when `center` is a word, not a time. */
  timerLabel: string | null;
  /** What the big text means. */
  caption: string;
  /** One sentence for screen readers that changes at most once a minute. */
  spoken: string;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

function breakName(long: boolean, settings: Settings): string {
  return long
    ? `${settings.longBreakMinutes}-minute longer break`
    : `${settings.breakMinutes}-minute break`;
}

export function statusView(status: Status, now: number, settings: Settings): StatusView {
  switch (status.kind) {
    case 'sitting': {
      const progress = clamp01(status.satMs / (settings.sitMinutes * MINUTE));
      const left = spokenTimeLeft(status.remainingMs);
      if (!status.present || status.dueAt === null) {
        return {
          headline: 'You seem to be away',
          detail: `The count is on hold until you are back, with ${left} of sitting left.`,
          tone: 'away',
          progress,
          center: formatCountdown(status.remainingMs),
          timerLabel: 'Sitting left before a break',
          caption: 'on hold',
          spoken: `You seem to be away, so the count is on hold with ${left} of sitting left.`,
        };
      }
      return {
        headline: 'Sitting',
        detail: `Next: a ${breakName(status.nextIsLong, settings)} at ${formatMoment(status.dueAt, now)}.`,
        tone: 'sitting',
        progress,
        center: formatCountdown(status.remainingMs),
        timerLabel: 'Time to your next break',
        caption: 'to your break',
        spoken: `Next break in ${left}.`,
      };
    }
    case 'due':
      return {
        headline: 'Time for a break',
        detail: `A ${breakName(status.nextIsLong, settings)}: stand up, move about and change position.`,
        tone: 'due',
        progress: 1,
        center: 'Now',
        timerLabel: null,
        caption: 'break due',
        spoken: 'A break is due now.',
      };
    case 'snoozed': {
      const remaining = status.until - now;
      return {
        headline: 'Break snoozed',
        detail: `Reminding you again at ${formatMoment(status.until, now)}.`,
        tone: 'due',
        progress: clamp01(1 - remaining / (settings.snoozeMinutes * MINUTE)),
        center: formatCountdown(remaining),
        timerLabel: 'Time to the next reminder',
        caption: 'to the reminder',
        spoken: `Break snoozed; reminding you again in ${spokenTimeLeft(remaining)}.`,
      };
    }
    case 'onBreak': {
      const remaining = status.endsAt - now;
      return {
        headline: status.long ? 'On a longer break' : 'On a break',
        detail: `Your break ends at ${formatMoment(status.endsAt, now)}.`,
        tone: 'break',
        progress: clamp01((now - status.startedAt) / (status.endsAt - status.startedAt)),
        center: formatCountdown(remaining),
        timerLabel: 'Time left of your break',
        caption: 'of break left',
        spoken: `On a break; it ends in ${spokenTimeLeft(remaining)}.`,
      };
    }
    case 'paused':
      if (status.until === null) {
        return {
          headline: 'Paused until you resume',
          detail: 'No reminders until you press Resume.',
          tone: 'off',
          progress: 0,
          center: 'Off',
          timerLabel: null,
          caption: 'paused',
          spoken: 'Reminders are paused until you resume.',
        };
      }
      return {
        headline: `Paused until ${formatMoment(status.until, now)}`,
        detail: 'Reminders start again by themselves, with a fresh count.',
        tone: 'off',
        progress: 0,
        center: formatCountdown(status.until - now),
        timerLabel: 'Time until reminders resume',
        caption: 'paused',
        spoken: `Reminders are paused for ${spokenTimeLeft(status.until - now)}.`,
      };
    case 'offHours':
      return {
        headline: 'Outside working hours',
        detail:
          status.until === null
            ? 'No reminders outside your working hours.'
            : `No reminders until ${formatMoment(status.until, now)}.`,
        tone: 'off',
        progress: 0,
        center: 'Off',
        timerLabel: null,
        caption: 'off hours',
        spoken: 'Outside your working hours: no reminders.',
      };
  }
}
