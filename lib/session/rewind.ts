import type { Settings } from '@/lib/settings/schema';
import { MINUTE } from '@/lib/time/units';
import { deskOf } from './desk';
import { latestPauseEnd } from './schedule';
import type { EngineState, Phase } from './state';
import { breakLengthMs, freshSession } from './timing';

/**
 * The clock went back (it now reads earlier than the engine's last run): every stored moment
 * lies in a future that will not come when expected. Each one moves back by the same amount, so a
 * snooze, a pause or a break keeps exactly the time it had left, and none is left further ahead
 * than its longest legitimate length; the sitting session starts afresh, as the README promises.
 * Working hours' next boundary is worked out again by the machine on every run.
 *
 * Called with `now < state.lastSeen`; pure.
 */
export function rewind(state: EngineState, now: number, settings: Settings): EngineState {
  const shift = now - state.lastSeen;
  /** A moment that had already happened: it stays in the past. */
  const past = (at: number) => Math.min(now, at + shift);
  /** A deadline: at least now, at most `longest` from now. */
  const ahead = (at: number, longest: number) => Math.min(now + longest, Math.max(now, at + shift));
  const { phase } = state;
  const desk = deskOf(state);
  const session = freshSession(now, state.presence, desk.posture);
  let next: Phase;
  switch (phase.kind) {
    case 'sitting':
      next = { kind: 'sitting', session };
      break;
    case 'due':
      next = {
        ...phase,
        session,
        dueAt: past(phase.dueAt),
        notifiedAt: phase.notifiedAt === null ? null : past(phase.notifiedAt),
      };
      break;
    case 'snoozed':
      next = { ...phase, session, until: ahead(phase.until, settings.snoozeMinutes * MINUTE) };
      break;
    case 'onBreak': {
      const startedAt = past(phase.startedAt);
      const left = breakLengthMs(phase.long, settings) - (now - startedAt);
      next = { ...phase, startedAt, endsAt: ahead(phase.endsAt, Math.max(0, left)) };
      break;
    }
    case 'paused':
      next = {
        ...phase,
        since: past(phase.since),
        until: phase.until === null ? null : ahead(phase.until, latestPauseEnd(now) - now),
      };
      break;
    case 'offHours':
      next = phase;
      break;
  }
  if (state.desk === undefined) return { ...state, phase: next, lastSeen: now };
  // The suggestion to stand or sit keeps its moments in the past, its snooze what it had left.
  const { prompt, snoozedUntil } = desk;
  const moved = {
    ...desk,
    prompt:
      prompt === null
        ? null
        : {
            ...prompt,
            dueAt: past(prompt.dueAt),
            notifiedAt: prompt.notifiedAt === null ? null : past(prompt.notifiedAt),
          },
    snoozedUntil:
      snoozedUntil === null ? null : ahead(snoozedUntil, settings.snoozeMinutes * MINUTE),
  };
  return { ...state, phase: next, desk: moved, lastSeen: now };
}
