import { isRecord } from '@/lib/settings/schema';
import { MINUTE } from '@/lib/time/units';
import type { Effect, EngineState, Owed, PostureNotification, ReminderNotification } from './state';
import { LONGEST_BREAK_MS } from './timing';

/**
 * Deliveries that survive a stopped worker. The background saves the state before it acts on it,
 * and a service worker can be stopped at any moment (browser exit, crash, update): a reminder
 * saved as shown could then never reach the screen, the popup and badge saying a break is due
 * with no notification ever. So what the browser is to be told about the reminder and the break
 * page is saved with the state as owed, and dropped only once it was done (`delivered`); the next
 * wake, whatever causes it, does what is still owed, once. The badge and the alarm need no such
 * record: every wake sets both from the state.
 */

export interface Settled {
  state: EngineState;
  effects: Effect[];
}

/** Whether the state says a reminder is on screen. */
function reminderShowing(state: EngineState): boolean {
  return state.phase.kind === 'due' && state.phase.notifiedAt !== null;
}

/** Whether the state says a suggestion to stand or sit is on screen. */
function postureShowing(state: EngineState): boolean {
  return state.desk?.prompt != null && state.desk.prompt.notifiedAt !== null;
}

/**
 * One notification's delivery: what is owed after a batch (undefined: nothing; null: a clear;
 * else the one to show) and what must be redone because an earlier batch left it owed.
 */
function settleOne<N>(
  owed: N | null | undefined,
  effects: readonly Effect[],
  shows: (effect: Effect) => N | null | undefined,
  showing: boolean,
): { owed: N | null | undefined; redo: N | null | undefined } {
  let pending = owed;
  let decided = false;
  for (const effect of effects) {
    const shown = shows(effect);
    if (shown !== undefined) {
      pending = shown;
      decided = true;
    }
  }
  if (!decided) {
    // One still owed is shown only while the state still shows it; one the state has moved on
    // from is cleared instead. A clear still owed never removes one that should show.
    if (pending && !showing) pending = null;
    if (pending === null && showing) pending = undefined;
  }
  return { owed: pending, redo: decided ? undefined : pending };
}

/**
 * After one batch of events: `state` is the new state (still carrying what an interrupted batch
 * owed) and `effects` what the batch decided. Returns the state with what is now owed, and the
 * effects with the owed deliveries this batch did not already make (the decision of which
 * reconciles a lost notification or break page).
 */
export function settleDeliveries(state: EngineState, effects: readonly Effect[]): Settled {
  let notification: ReminderNotification | null | undefined = state.owed?.notification;
  let breakPage = state.owed?.breakPage === true;
  let notificationDecided = false;
  let pageDecided = false;
  for (const effect of effects) {
    if (effect.type === 'notify' || effect.type === 'clearNotification') {
      notification = effect.type === 'notify' ? effect.notification : null;
      notificationDecided = true;
    } else if (effect.type === 'openBreakPage') {
      breakPage = true;
      pageDecided = true;
    }
  }
  if (!notificationDecided) {
    const showing = reminderShowing(state);
    // A reminder still owed is shown only while its break is still due; one the state has moved
    // on from is cleared instead. A clear still owed never removes a reminder that should show.
    if (notification && !showing) notification = null;
    if (notification === null && showing) notification = undefined;
  }
  if (state.phase.kind !== 'onBreak') breakPage = false;

  const redo: Effect[] = [];
  if (notification !== undefined && !notificationDecided) {
    redo.push(
      notification === null ? { type: 'clearNotification' } : { type: 'notify', notification },
    );
  }
  if (breakPage && !pageDecided) redo.push({ type: 'openBreakPage' });

  const posture = settleOne<PostureNotification>(
    state.owed?.posture,
    effects,
    (effect) =>
      effect.type === 'notifyPosture'
        ? effect.notification
        : effect.type === 'clearPostureNotification'
          ? null
          : undefined,
    postureShowing(state),
  );
  if (posture.redo !== undefined) {
    redo.push(
      posture.redo === null
        ? { type: 'clearPostureNotification' }
        : { type: 'notifyPosture', notification: posture.redo },
    );
  }

  const owed: Owed = {};
  if (notification !== undefined) owed.notification = notification;
  if (posture.owed !== undefined) owed.posture = posture.owed;
  if (breakPage) owed.breakPage = true;
  const rest = delivered(state);
  return {
    state: Object.keys(owed).length > 0 ? { ...rest, owed } : rest,
    effects: [...effects, ...redo],
  };
}

/** The state once every owed delivery was made. */
export function delivered(state: EngineState): EngineState {
  const { owed: _done, ...rest } = state;
  return rest;
}

function readReminder(v: unknown): ReminderNotification | null {
  if (
    !isRecord(v) ||
    (v.kind !== 'due' && v.kind !== 'reminder') ||
    !Number.isInteger(v.breakMinutes) ||
    (v.breakMinutes as number) < 1 ||
    (v.breakMinutes as number) > LONGEST_BREAK_MS / MINUTE ||
    !(v.tipId === null || typeof v.tipId === 'string')
  ) {
    return null;
  }
  const flag = (x: unknown) => x === true;
  return {
    kind: v.kind,
    long: flag(v.long),
    breakMinutes: v.breakMinutes as number,
    tipId: v.tipId,
    canSnooze: flag(v.canSnooze),
    stay: flag(v.stay),
    silent: flag(v.silent),
  };
}

function readPostureNote(v: unknown): PostureNotification | null {
  if (!isRecord(v) || (v.to !== 'sitting' && v.to !== 'standing')) return null;
  const minutes = Number.isInteger(v.minutes) ? Math.max(0, v.minutes as number) : 0;
  const flag = (x: unknown) => x === true;
  return {
    to: v.to,
    minutes,
    canSnooze: flag(v.canSnooze),
    stay: flag(v.stay),
    silent: flag(v.silent),
  };
}

/**
 * What a stored engine state still owes the browser, read back as the engine state is (any stored
 * value in): an unreadable reminder is left out rather than shown. Only the background reads it;
 * `parseEngineState` leaves it aside.
 */
export function readOwed(stored: unknown): Owed | undefined {
  const v = isRecord(stored) ? stored.owed : undefined;
  if (!isRecord(v)) return undefined;
  const owed: Owed = {};
  if (v.notification === null) owed.notification = null;
  else {
    const note = readReminder(v.notification);
    if (note) owed.notification = note;
  }
  if (v.posture === null) owed.posture = null;
  else {
    const note = readPostureNote(v.posture);
    if (note) owed.posture = note;
  }
  if (v.breakPage === true) owed.breakPage = true;
  return Object.keys(owed).length > 0 ? owed : undefined;
}
