import type { Settings } from '@/lib/settings/schema';
import { MINUTE } from '@/lib/time/units';
import { changePosture, deskOf, otherPosture, postureDueAt, stretchMs } from './desk';
import type { Desk, Effect, EngineState, Phase, Posture } from './state';

/**
 * Sit-stand desk mode, the engine's steps (called by machine.ts within one step): the user's
 * word on their posture, the suggestion to change it and its snooze. A suggestion is shown only
 * while the user sits at the desk with no break due: a due break (stand up and move) says more,
 * and a break, a pause or time off starts the count again.
 */

/** The part of machine.ts's working step these steps use. */
export interface DeskStep {
  state: EngineState;
  readonly now: number;
  readonly settings: Settings;
  readonly effects: Effect[];
  holding(): boolean;
}

function setDesk(s: DeskStep, desk: Desk) {
  s.state = { ...s.state, desk };
}

/** Takes back the suggestion (its notification too, if shown) and any snooze of it. */
export function dropPrompt(s: DeskStep) {
  const desk = deskOf(s.state);
  if (desk.prompt === null && desk.snoozedUntil === null) return;
  if (desk.prompt?.notifiedAt != null) s.effects.push({ type: 'clearPostureNotification' });
  setDesk(s, { ...desk, prompt: null, snoozedUntil: null });
}

/** The user now sits or stands: the present stretch is counted, and a new one begins. */
export function setPosture(s: DeskStep, posture: Posture) {
  // Without a sit-stand desk the user sits; a late click on an old notification changes nothing.
  if (!s.settings.sitStand) return;
  if (deskOf(s.state).posture === posture) return;
  dropPrompt(s);
  const { phase } = s.state;
  if ('session' in phase) {
    const session = changePosture(phase.session, posture, s.now);
    s.state = { ...s.state, phase: { ...phase, session } as Phase };
  }
  setDesk(s, { ...deskOf(s.state), posture });
}

/** The suggestion comes back after the user's snooze length (no snoozes: it stays). */
export function snoozePosture(s: DeskStep) {
  const desk = deskOf(s.state);
  if (desk.prompt === null || s.settings.maxSnoozes === 0) return;
  dropPrompt(s);
  setDesk(s, { ...deskOf(s.state), snoozedUntil: s.now + s.settings.snoozeMinutes * MINUTE });
}

/** Sit-stand desk mode turned off: the user is taken to sit, and no suggestion stays. */
export function handleDeskOff(s: DeskStep) {
  if (s.settings.sitStand || s.state.desk === undefined) return;
  dropPrompt(s);
  const { phase } = s.state;
  if (deskOf(s.state).posture === 'standing' && 'session' in phase) {
    const session = changePosture(phase.session, 'sitting', s.now);
    s.state = { ...s.state, phase: { ...phase, session } as Phase };
  }
  const { desk: _off, ...rest } = s.state;
  s.state = rest;
}

/**
 * The suggestion to change posture: due once the present posture's time is up (counted while
 * present), shown when it may be (not while away or held by fullscreen), once.
 */
export function handleDeskPrompts(s: DeskStep) {
  const { phase } = s.state;
  if (phase.kind !== 'sitting') {
    dropPrompt(s);
    return;
  }
  const desk = deskOf(s.state);
  const { session } = phase;
  if (desk.prompt === null) {
    const due = postureDueAt(session, desk, s.settings);
    if (due === null || s.now < due) return;
    setDesk(s, {
      ...desk,
      prompt: { to: otherPosture(desk.posture), dueAt: due, notifiedAt: null },
      snoozedUntil: null,
    });
  }
  const prompt = deskOf(s.state).prompt;
  if (prompt === null || prompt.notifiedAt !== null) return;
  // Suggesting a change to someone away, or in a fullscreen film, only greets them with a stale one.
  if (s.holding() || session.activeSince === null) return;
  s.effects.push({
    type: 'notifyPosture',
    notification: {
      to: prompt.to,
      minutes: Math.floor(stretchMs(session, s.now) / MINUTE),
      canSnooze: s.settings.maxSnoozes > 0,
      stay: s.settings.notificationStays,
      silent: s.settings.notificationSilent,
    },
  });
  setDesk(s, { ...deskOf(s.state), prompt: { ...prompt, notifiedAt: s.now } });
}
