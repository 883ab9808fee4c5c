import type { Settings } from '@/lib/settings/schema';
import { MINUTE } from '@/lib/time/units';
import type { Desk, EngineState, Posture, Session } from './state';

/**
 * Sit-stand desk mode (issue 20), the arithmetic of it: pure, time passed in. The user says
 * whether they sit or stand; after the sitting time Limber suggests standing, after the standing
 * time sitting down again (Thorp 2014, https://oem.bmj.com/content/71/11/765, alternated 30
 * minutes of each). Standing still is not a break: movement breaks keep their own schedule
 * (`moveIntervalMs`), and only sitting counts as sitting.
 */

/** The desk of a state stored before the mode, or with the mode never used: sitting. */
export const SITTING_DESK: Readonly<Desk> = Object.freeze({
  posture: 'sitting',
  prompt: null,
  snoozedUntil: null,
});

export function deskOf(state: Pick<EngineState, 'desk'>): Desk {
  return state.desk ?? SITTING_DESK;
}

export function otherPosture(posture: Posture): Posture {
  return posture === 'standing' ? 'sitting' : 'standing';
}

/** Movement breaks with a sit-stand desk come at least this often, unless sitting time is longer. */
const MOVE_AT_LEAST_EVERY_MINUTES = 60;

/**
 * Present time (sitting and standing) between movement breaks. Without a sit-stand desk it is the
 * sitting time, as it always was. With one, a movement break comes after one round of sitting
 * and standing (sitting time + standing time: an hour with the defaults, the HSE's "5-10 minutes
 * after 50-60 minutes of screen work", https://www.hse.gov.uk/contact/faqs/vdubreaks.htm), but
 * no later than an hour, unless the user's own sitting time is longer: that stays the longest
 * they go without moving, as without the desk. Standing still is not a break (every break should
 * get the person moving), so standing never resets this count; only a break does.
 */
export function moveIntervalMs(settings: Settings): number {
  const sit = settings.sitMinutes;
  if (!settings.sitStand) return sit * MINUTE;
  return Math.min(sit + settings.standMinutes, Math.max(sit, MOVE_AT_LEAST_EVERY_MINUTES)) * MINUTE;
}

/** How long the user stays in a posture before Limber suggests the other. */
export function postureLimitMs(posture: Posture, settings: Settings): number {
  return (posture === 'standing' ? settings.standMinutes : settings.sitMinutes) * MINUTE;
}

/** The present stretch's time up to `now` (none while away). */
export function liveMs(session: Session, now: number): number {
  return session.activeSince === null ? 0 : Math.max(0, now - session.activeSince);
}

/** Standing counted in a session up to `now`. */
export function stoodMs(session: Session, now: number): number {
  return (session.stoodMs ?? 0) + (session.standing ? liveMs(session, now) : 0);
}

/** Time counted in the present posture up to `now`. */
export function stretchMs(session: Session, now: number): number {
  return (session.stretchMs ?? 0) + liveMs(session, now);
}

/**
 * The session with its present stretch counted up to `at` into sitting or standing, and the
 * stretch of the posture with it; `activeSince` then starts at `at` (the caller says what the
 * user does next: stays, leaves, or changes posture).
 */
export function countUpTo(session: Session, at: number): Session {
  if (session.activeSince === null) return session;
  const live = Math.max(0, at - session.activeSince);
  const counted: Session = {
    ...session,
    satMs: session.satMs + (session.standing ? 0 : live),
    activeSince: Math.max(at, session.activeSince),
  };
  const stood = (session.stoodMs ?? 0) + (session.standing ? live : 0);
  const stretch = (session.stretchMs ?? 0) + live;
  return withCounts(counted, stood, stretch);
}

/** Sets the optional counts, leaving a zero out (as a session before the mode has it). */
function withCounts(session: Session, stood: number, stretch: number): Session {
  const { stoodMs: _s, stretchMs: _r, ...rest } = session;
  return {
    ...rest,
    ...(stood > 0 ? { stoodMs: stood } : {}),
    ...(stretch > 0 ? { stretchMs: stretch } : {}),
  };
}

/** The session from `at` in `posture`: what came before counted, a new stretch begun. */
export function changePosture(session: Session, posture: Posture, at: number): Session {
  const counted = countUpTo(session, at);
  const { standing: _was, ...rest } = withCounts(counted, counted.stoodMs ?? 0, 0);
  return posture === 'standing' ? { ...rest, standing: true } : rest;
}

/**
 * When the suggestion to change posture falls due if the user stays present; null while away or
 * without a sit-stand desk. A snoozed suggestion comes no sooner than its snooze's end.
 */
export function postureDueAt(session: Session, desk: Desk, settings: Settings): number | null {
  if (!settings.sitStand || session.activeSince === null) return null;
  const limit = postureLimitMs(desk.posture, settings);
  const due = session.activeSince + Math.max(0, limit - (session.stretchMs ?? 0));
  return desk.snoozedUntil === null ? due : Math.max(due, desk.snoozedUntil);
}

/** What the popup shows of the desk: the posture, and how long in it, at `now`. */
export interface DeskStatus {
  posture: Posture;
  /** Time in the present posture, this session. */
  postureMs: number;
  /** Standing counted this session. */
  stoodMs: number;
  /** The posture Limber suggests now; null when none is due. */
  suggested: Posture | null;
}

/** The desk at `now`, or null without a sit-stand desk or with no session running. */
export function describeDesk(
  state: EngineState,
  now: number,
  settings: Settings,
): DeskStatus | null {
  if (!settings.sitStand) return null;
  const desk = deskOf(state);
  const session = 'session' in state.phase ? state.phase.session : null;
  return {
    posture: desk.posture,
    postureMs: session ? stretchMs(session, now) : 0,
    stoodMs: session ? stoodMs(session, now) : 0,
    suggested: desk.prompt?.to ?? null,
  };
}
