import { keepRecords } from '@/lib/history/keep';
import { isRecord } from '@/lib/settings/schema';
import { DAY } from '@/lib/time/units';
import { latestPauseEnd } from './schedule';
import type { BreakRecord, Desk, EngineState, Phase, Posture, Presence, Session } from './state';
import {
  freshSession,
  LONGEST_BREAK_MS,
  LONGEST_SNOOZE_MS,
  MAX_BREAKS_SINCE_LONG,
  MAX_SNOOZES,
} from './timing';

/**
 * Stored engine state is read back through these checks, against the clock at the moment of
 * reading: a corrupted, foreign or far-future value never crashes the background, never leaves a
 * deadline the engine cannot reach, and never shows an absurd figure. Each part is checked on its
 * own; what is out of range is repaired (a fresh start for that part) and the rest is kept.
 */

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const within = (v: unknown, low: number, high: number): v is number =>
  isNum(v) && v >= low && v <= high;
const clamp = (v: number, low: number, high: number) => Math.min(high, Math.max(low, v));

/**
 * The last run may lie this far ahead of the clock and still be trusted: a clock set back by up to
 * two days (the engine then moves every stored moment back with it; see rewind.ts).
 */
export const CLOCK_SLACK_MS = 2 * DAY;
/** Nothing the engine keeps is older than this; an older moment is corrupt. */
export const OLDEST_MS = 366 * DAY;
/** Working hours start again at most a week later (one working day a week), plus a day. */
export const LONGEST_OFF_HOURS_MS = 8 * DAY;
/** More tips than the library will ever hold; the list only remembers which were shown. */
const MAX_SHOWN_TIPS = 500;

/** Where the stored moments of one state may lie, read at `now`. */
interface Bounds {
  now: number;
  /** The oldest moment kept. */
  earliest: number;
  /** The latest moment that can already have happened: the last run or now, whichever is later. */
  latest: number;
  presence: Presence;
  /** The posture the desk says the user is in: a fresh session takes it. */
  posture: Posture;
}

function count(v: unknown, max: number): number {
  return Number.isInteger(v) && (v as number) >= 0 ? Math.min(v as number, max) : 0;
}

/**
 * A session whose moments are in order and in range, with its sitting and standing together no
 * longer than the time it covers, and the present posture's stretch no longer than that
 * posture's count; anything else starts a fresh session. Its posture is the desk's (one truth).
 */
function readSession(v: unknown, b: Bounds): Session {
  const fresh = () => freshSession(b.now, b.presence, b.posture);
  if (!isRecord(v) || !within(v.startedAt, b.earliest, b.latest)) return fresh();
  const { startedAt } = v;
  const present = v.awaySince === null && within(v.activeSince, startedAt, b.latest);
  const away = v.activeSince === null && within(v.awaySince, startedAt, b.latest);
  if (!present && !away) return fresh();
  const mark = (present ? v.activeSince : v.awaySince) as number;
  const sat = isNum(v.satMs) ? clamp(v.satMs, 0, mark - startedAt) : 0;
  // A session before sit-stand desk mode has neither count: none stood, no stretch kept.
  const stood = isNum(v.stoodMs) ? clamp(v.stoodMs, 0, mark - startedAt - sat) : 0;
  const standing = b.posture === 'standing';
  const stretch = isNum(v.stretchMs) ? clamp(v.stretchMs, 0, standing ? stood : sat) : 0;
  return {
    startedAt,
    satMs: sat,
    activeSince: present ? mark : null,
    awaySince: present ? null : mark,
    ...(standing ? { standing: true as const } : {}),
    ...(stood > 0 ? { stoodMs: stood } : {}),
    ...(stretch > 0 ? { stretchMs: stretch } : {}),
  };
}

/**
 * The sit-stand desk: a posture and, when in range, the suggestion and its snooze; a state
 * stored before the mode has none (undefined: sitting, nothing due).
 */
function readDesk(v: unknown, b: Bounds): Desk | undefined {
  if (!isRecord(v) || (v.posture !== 'sitting' && v.posture !== 'standing')) return undefined;
  const past = (t: unknown): t is number => within(t, b.earliest, b.latest);
  const p = v.prompt;
  const to: Posture = v.posture === 'sitting' ? 'standing' : 'sitting';
  // A suggestion is always to the other posture; one to the same is no suggestion.
  const prompt =
    isRecord(p) && p.to === to
      ? {
          to,
          dueAt: past(p.dueAt) ? p.dueAt : b.now,
          // Unknown means not shown: it is shown (again).
          notifiedAt: past(p.notifiedAt) ? p.notifiedAt : null,
        }
      : null;
  const snoozedUntil = isNum(v.snoozedUntil)
    ? clamp(v.snoozedUntil, b.earliest, b.latest + LONGEST_SNOOZE_MS)
    : null;
  return { posture: v.posture, prompt, snoozedUntil: prompt ? null : snoozedUntil };
}

function readPhase(v: unknown, b: Bounds): Phase {
  const past = (t: unknown): t is number => within(t, b.earliest, b.latest);
  if (!isRecord(v)) {
    return { kind: 'sitting', session: freshSession(b.now, b.presence, b.posture) };
  }
  switch (v.kind) {
    case 'sitting':
      return { kind: 'sitting', session: readSession(v.session, b) };
    case 'due':
      return {
        kind: 'due',
        session: readSession(v.session, b),
        dueAt: past(v.dueAt) ? v.dueAt : b.now,
        // Unknown means not shown: the reminder is shown (again).
        notifiedAt: past(v.notifiedAt) ? v.notifiedAt : null,
        reminded: v.reminded === true,
        snoozes: count(v.snoozes, MAX_SNOOZES),
      };
    case 'snoozed':
      return {
        kind: 'snoozed',
        session: readSession(v.session, b),
        // A snooze with no readable end ends now: the break was due anyway.
        until: isNum(v.until) ? clamp(v.until, b.earliest, b.latest + LONGEST_SNOOZE_MS) : b.now,
        snoozes: count(v.snoozes, MAX_SNOOZES),
      };
    case 'onBreak':
      if (!past(v.startedAt) || !isNum(v.endsAt)) break;
      return {
        kind: 'onBreak',
        startedAt: v.startedAt,
        endsAt: clamp(v.endsAt, v.startedAt, v.startedAt + LONGEST_BREAK_MS),
        long: v.long === true,
      };
    case 'paused': {
      const since = past(v.since) ? v.since : b.now;
      // A pause always ends by itself: no later than the longest choice made when it began.
      const last = latestPauseEnd(since);
      const until =
        v.until === null ? null : isNum(v.until) ? clamp(v.until, b.earliest, last) : last;
      return { kind: 'paused', since, until };
    }
    case 'offHours':
      // The engine works the end out again on every run; an unreadable one is simply left out.
      return {
        kind: 'offHours',
        until: within(v.until, b.earliest, b.latest + LONGEST_OFF_HOURS_MS) ? v.until : null,
      };
  }
  return { kind: 'sitting', session: freshSession(b.now, b.presence, b.posture) };
}

/**
 * The stored engine state as read at `now`: null when there is none (or it is not an engine state
 * of this version at all), else a valid state with every part in range. A part that is not is
 * started afresh, a deadline beyond its longest possible length is brought back to it, a count is
 * kept within what the settings can use, and every valid part is kept as it was. What the
 * background still owes the browser is its own business: see `readOwed` in delivery.ts.
 */
export function parseEngineState(value: unknown, now: number): EngineState | null {
  if (!isRecord(value) || value.version !== 1) return null;
  const earliest = now - OLDEST_MS;
  const lastSeen = within(value.lastSeen, earliest, now + CLOCK_SLACK_MS) ? value.lastSeen : now;
  const presence: Presence =
    value.presence === 'idle' || value.presence === 'locked' ? value.presence : 'active';
  const deskBounds = { now, earliest, latest: Math.max(now, lastSeen), presence };
  const desk = readDesk(value.desk, { ...deskBounds, posture: 'sitting' });
  const bounds: Bounds = { ...deskBounds, posture: desk?.posture ?? 'sitting' };
  const shownTips = Array.isArray(value.shownTips)
    ? [...new Set(value.shownTips.filter((id): id is string => typeof id === 'string'))]
    : [];
  return {
    version: 1,
    phase: readPhase(value.phase, bounds),
    lastSeen,
    presence,
    fullscreen: value.fullscreen === true,
    breaksSinceLong: count(value.breaksSinceLong, MAX_BREAKS_SINCE_LONG),
    shownTips: shownTips.slice(0, MAX_SHOWN_TIPS),
    ...(desk ? { desk } : {}),
  };
}

/** Raw records are kept for two weeks; the history view keeps its own daily totals. */
export const RECORD_KEEP_MS = 14 * 24 * 60 * 60_000;
/** A hard cap too, so a runaway can never fill the storage quota. */
export const RECORD_CAP = 5_000;

/** Adds records and keeps two weeks of them, safe from a wrong clock (lib/history/keep.ts). */
export function appendRecords(
  existing: unknown,
  added: readonly BreakRecord[],
  now: number,
): BreakRecord[] {
  return keepRecords(existing, added, now, { keepMs: RECORD_KEEP_MS, cap: RECORD_CAP });
}
