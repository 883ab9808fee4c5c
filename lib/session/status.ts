import { t, uiLocale } from '@/lib/i18n/t';
import type { Settings } from '@/lib/settings/schema';
import { MINUTE } from '@/lib/time/units';
import { nextWorkingBoundary } from './schedule';
import type { Badge, EngineState } from './state';
import { dueAt, HEARTBEAT_MS, nextBreakIsLong, REMIND_AGAIN_MS, satMs } from './timing';

/** What the popup, the badge and the break page show: the state read at one moment. */
export type Status =
  | {
      kind: 'sitting';
      /** False while the user is away and the count is on hold. */
      present: boolean;
      /** Null while away. */
      dueAt: number | null;
      remainingMs: number;
      satMs: number;
      nextIsLong: boolean;
    }
  | { kind: 'due'; since: number; satMs: number; canSnooze: boolean; nextIsLong: boolean }
  | { kind: 'snoozed'; until: number; satMs: number; nextIsLong: boolean }
  | { kind: 'onBreak'; startedAt: number; endsAt: number; long: boolean }
  | { kind: 'paused'; until: number | null }
  | { kind: 'offHours'; until: number | null };

export function describeStatus(state: EngineState, now: number, settings: Settings): Status {
  const { phase } = state;
  const nextIsLong = nextBreakIsLong(state, settings);
  switch (phase.kind) {
    case 'sitting': {
      const due = dueAt(phase.session, settings);
      const sat = satMs(phase.session, now);
      return {
        kind: 'sitting',
        present: phase.session.activeSince !== null,
        dueAt: due,
        remainingMs: Math.max(0, due === null ? settings.sitMinutes * MINUTE - sat : due - now),
        satMs: sat,
        nextIsLong,
      };
    }
    case 'due':
      return {
        kind: 'due',
        since: phase.dueAt,
        satMs: satMs(phase.session, now),
        canSnooze: phase.snoozes < settings.maxSnoozes,
        nextIsLong,
      };
    case 'snoozed':
      return { kind: 'snoozed', until: phase.until, satMs: satMs(phase.session, now), nextIsLong };
    case 'onBreak':
      return {
        kind: 'onBreak',
        startedAt: phase.startedAt,
        endsAt: phase.endsAt,
        long: phase.long,
      };
    case 'paused':
      return { kind: 'paused', until: phase.until };
    case 'offHours':
      return { kind: 'offHours', until: phase.until };
  }
}

/** Whole minutes left, rounded up, so "1m" means "less than a minute" and never "0m". */
export function minutesLeft(ms: number): number {
  return Math.max(1, Math.ceil(ms / MINUTE));
}

export function formatClock(at: number): string {
  return new Date(at).toLocaleTimeString(uiLocale(), { hour: '2-digit', minute: '2-digit' });
}

const COLORS = {
  sitting: '#0f766e',
  away: '#52606d',
  due: '#b45309',
  onBreak: '#1d4ed8',
  paused: '#52606d',
} as const;

export function badgeFor(state: EngineState, now: number, settings: Settings): Badge {
  const status = describeStatus(state, now, settings);
  const show = settings.showBadge;
  switch (status.kind) {
    case 'sitting': {
      const minutes = minutesLeft(status.remainingMs);
      return {
        text: show ? t('badge_minutes', minutes) : '',
        color: status.present ? COLORS.sitting : COLORS.away,
        title: t(status.present ? 'badge_title_sitting' : 'badge_title_away', minutes),
      };
    }
    case 'due':
      return {
        text: show ? t('badge_due') : '',
        color: COLORS.due,
        title: t('badge_title_due'),
      };
    case 'snoozed': {
      const minutes = minutesLeft(status.until - now);
      return {
        text: show ? t('badge_minutes', minutes) : '',
        color: COLORS.due,
        title: t('badge_title_snoozed', minutes),
      };
    }
    case 'onBreak':
      return {
        text: show ? t('badge_on_break') : '',
        color: COLORS.onBreak,
        title: t('badge_title_on_break', formatClock(status.endsAt)),
      };
    case 'paused':
      // Shown even with the badge off: a pause that goes unnoticed is a pause never ended.
      return {
        text: t('badge_paused'),
        color: COLORS.paused,
        title:
          status.until === null
            ? t('badge_title_paused')
            : t('badge_title_paused_until', formatClock(status.until)),
      };
    case 'offHours':
      return {
        text: '',
        color: COLORS.paused,
        title:
          status.until === null
            ? t('badge_title_off_hours')
            : t('badge_title_off_hours_until', formatClock(status.until)),
      };
  }
}

/**
 * The single alarm: the earliest moment anything can change. While the user sits it is at most
 * a heartbeat away, on the moment the badge's minute changes, so a gap in the worker's running
 * (sleep, browser closed) shows up as a silence longer than a heartbeat.
 */
export function nextWakeAt(state: EngineState, now: number, settings: Settings): number | null {
  const { phase } = state;
  const moments: number[] = [];
  const boundary = nextWorkingBoundary(now, settings.workingHours);
  if (boundary !== null) moments.push(boundary);
  const session = 'session' in phase ? phase.session : null;
  const present = session !== null && session.activeSince !== null;
  if (present) moments.push(now + HEARTBEAT_MS);
  switch (phase.kind) {
    case 'sitting': {
      const due = dueAt(phase.session, settings);
      if (due !== null) {
        const remaining = due - now;
        // The next moment the badge's rounded-up minute changes, or the due moment itself.
        moments.push(remaining > 0 ? due - Math.floor((remaining - 1) / MINUTE) * MINUTE : now);
      }
      break;
    }
    case 'due':
      if (phase.notifiedAt === null) moments.push(now + HEARTBEAT_MS);
      else if (settings.reRemind && !phase.reminded) {
        moments.push(phase.notifiedAt + REMIND_AGAIN_MS);
      }
      break;
    case 'snoozed':
      moments.push(phase.until);
      break;
    case 'onBreak':
      moments.push(phase.endsAt);
      break;
    case 'paused':
      if (phase.until !== null) moments.push(phase.until);
      break;
    case 'offHours':
      if (phase.until !== null) moments.push(phase.until);
      break;
  }
  const future = moments.filter((m) => m > now);
  return future.length === 0 ? null : Math.min(...future);
}
