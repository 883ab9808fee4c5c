import type { Settings } from '@/lib/settings/schema';
import { MINUTE } from '@/lib/time/units';
import { deskOf, postureDueAt, stretchMs } from './desk';
import { nextWorkingBoundary } from './schedule';
import type { BadgeModel, EngineState } from './state';
import {
  dueAt,
  HEARTBEAT_MS,
  nextBreakIsLong,
  REMIND_AGAIN_MS,
  satMs,
  sittingLeftMs,
} from './timing';

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
      return {
        kind: 'sitting',
        present: phase.session.activeSince !== null,
        dueAt: dueAt(phase.session, settings),
        remainingMs: sittingLeftMs(phase.session, now, settings),
        satMs: satMs(phase.session, now),
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

/**
 * What the toolbar badge says of the state at `now`, as data: the background shell writes it in
 * the user's words and colours (entrypoints/background/badge.ts).
 */
export function badgeFor(state: EngineState, now: number, settings: Settings): BadgeModel {
  const { phase } = state;
  switch (phase.kind) {
    case 'sitting':
      return {
        kind: phase.session.activeSince === null ? 'away' : 'sitting',
        minutes: minutesLeft(sittingLeftMs(phase.session, now, settings)),
        // At a sit-stand desk the mode is said too: "standing 12 min".
        ...(phase.session.standing
          ? { standing: Math.floor(stretchMs(phase.session, now) / MINUTE) }
          : {}),
      };
    case 'due':
      return { kind: 'due' };
    case 'snoozed':
      return { kind: 'snoozed', minutes: minutesLeft(phase.until - now) };
    case 'onBreak':
      return { kind: 'onBreak', until: phase.endsAt };
    case 'paused':
    case 'offHours':
      return { kind: phase.kind, until: phase.until };
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
      // The suggestion to stand or sit, when none is out yet (a held one: the heartbeat).
      const desk = deskOf(state);
      const change = desk.prompt === null ? postureDueAt(phase.session, desk, settings) : null;
      if (change !== null) moments.push(change);
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
