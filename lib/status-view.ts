import { t, tn } from '@/lib/i18n/t';
import type { Status } from '@/lib/session/status';
import type { Settings } from '@/lib/settings/schema';
import { formatCountdown, formatMoment, spokenTimeLeft } from '@/lib/time/format';
import { MINUTE } from '@/lib/time/units';

/** The state's colour and icon: a pause the user chose reads differently from time off work. */
export type RingTone = 'sitting' | 'away' | 'due' | 'break' | 'paused' | 'off';

/** Everything the status panel shows for one status at one moment, in the user's language. */
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

export function statusView(status: Status, now: number, settings: Settings): StatusView {
  switch (status.kind) {
    case 'sitting': {
      const progress = clamp01(status.satMs / (settings.sitMinutes * MINUTE));
      const left = spokenTimeLeft(status.remainingMs);
      if (!status.present || status.dueAt === null) {
        return {
          headline: t('popup_away_headline'),
          detail: t('popup_away_detail', left),
          tone: 'away',
          progress,
          center: formatCountdown(status.remainingMs),
          timerLabel: t('popup_away_timer'),
          caption: t('popup_away_caption'),
          spoken: t('popup_away_spoken', left),
        };
      }
      const at = formatMoment(status.dueAt, now);
      return {
        headline: t('popup_sitting_headline'),
        detail: status.nextIsLong
          ? tn('popup_sitting_detail_long', settings.longBreakMinutes, at)
          : tn('popup_sitting_detail', settings.breakMinutes, at),
        tone: 'sitting',
        progress,
        center: formatCountdown(status.remainingMs),
        timerLabel: t('popup_sitting_timer'),
        caption: t('popup_sitting_caption'),
        spoken: t('popup_sitting_spoken', left),
      };
    }
    case 'due':
      return {
        headline: t('popup_due_headline'),
        detail: status.nextIsLong
          ? tn('popup_due_detail_long', settings.longBreakMinutes)
          : tn('popup_due_detail', settings.breakMinutes),
        tone: 'due',
        progress: 1,
        center: t('popup_due_center'),
        timerLabel: null,
        caption: t('popup_due_caption'),
        spoken: t('popup_due_spoken'),
      };
    case 'snoozed': {
      const remaining = status.until - now;
      return {
        headline: t('popup_snoozed_headline'),
        detail: t('popup_snoozed_detail', formatMoment(status.until, now)),
        tone: 'due',
        progress: clamp01(1 - remaining / (settings.snoozeMinutes * MINUTE)),
        center: formatCountdown(remaining),
        timerLabel: t('popup_snoozed_timer'),
        caption: t('popup_snoozed_caption'),
        spoken: t('popup_snoozed_spoken', spokenTimeLeft(remaining)),
      };
    }
    case 'onBreak': {
      const remaining = status.endsAt - now;
      return {
        headline: status.long ? t('popup_on_break_long_headline') : t('popup_on_break_headline'),
        detail: t('popup_on_break_detail', formatMoment(status.endsAt, now)),
        tone: 'break',
        progress: clamp01((now - status.startedAt) / (status.endsAt - status.startedAt)),
        center: formatCountdown(remaining),
        timerLabel: t('popup_on_break_timer'),
        caption: t('popup_on_break_caption'),
        spoken: t('popup_on_break_spoken', spokenTimeLeft(remaining)),
      };
    }
    case 'paused':
      if (status.until === null) {
        return {
          headline: t('popup_paused_manual_headline'),
          detail: t('popup_paused_manual_detail'),
          tone: 'paused',
          progress: 0,
          center: t('popup_center_off'),
          timerLabel: null,
          caption: t('popup_paused_caption'),
          spoken: t('popup_paused_manual_spoken'),
        };
      }
      return {
        headline: t('popup_paused_headline', formatMoment(status.until, now)),
        detail: t('popup_paused_detail'),
        tone: 'paused',
        progress: 0,
        center: formatCountdown(status.until - now),
        timerLabel: t('popup_paused_timer'),
        caption: t('popup_paused_caption'),
        spoken: t('popup_paused_spoken', spokenTimeLeft(status.until - now)),
      };
    case 'offHours':
      return {
        headline: t('popup_off_hours_headline'),
        detail:
          status.until === null
            ? t('popup_off_hours_detail_open')
            : t('popup_off_hours_detail', formatMoment(status.until, now)),
        tone: 'off',
        progress: 0,
        center: t('popup_center_off'),
        timerLabel: null,
        caption: t('popup_off_hours_caption'),
        spoken: t('popup_off_hours_spoken'),
      };
  }
}
