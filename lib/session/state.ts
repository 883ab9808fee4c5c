import type { PauseChoice } from './schedule';

/** The engine's state, events and effects: plain data, so storage and tests can hold them. */

/** What the idle detector last said, with an audible tab counting as present. */
export type Presence = 'active' | 'idle' | 'locked';

/** The posture the user says they are in at a sit-stand desk (sitting without one). */
export type Posture = 'sitting' | 'standing';

/** One stretch at the desk between breaks. */
export interface Session {
  startedAt: number;
  /** Sitting counted up to `activeSince` (or up to when the user went away). */
  satMs: number;
  /** Start of the current present stretch; null while the user is away. */
  activeSince: number | null;
  /** When the user went away; null while present. */
  awaySince: number | null;
  /**
   * Sit-stand desk mode (lib/session/desk.ts). `standing`: the user stands, so present time
   * counts as standing, not sitting. `stoodMs`: standing counted up to `activeSince` (absent is
   * none). `stretchMs`: time counted in the present posture since it was taken or the session
   * began, up to `activeSince` (absent is none). A session stored before the mode reads as
   * sitting with nothing stood.
   */
  standing?: true;
  stoodMs?: number;
  stretchMs?: number;
}

/**
 * The sit-stand desk: the posture the user last said they are in, kept across breaks, and the
 * suggestion to change it once its time came.
 */
export interface Desk {
  posture: Posture;
  /** The suggestion to change to `to`, once due; null while none is. */
  prompt: {
    to: Posture;
    /** When it fell due. */
    dueAt: number;
    /** When it was shown; null while held back (fullscreen, away). */
    notifiedAt: number | null;
  } | null;
  /** A snoozed suggestion comes back no sooner than this; null when none was snoozed. */
  snoozedUntil: number | null;
}

export type Phase =
  | { kind: 'sitting'; session: Session }
  | {
      kind: 'due';
      session: Session;
      /** When the break fell due. */
      dueAt: number;
      /** When the reminder was shown; null while it is held back (fullscreen). */
      notifiedAt: number | null;
      /** Whether the one gentle re-reminder was shown. */
      reminded: boolean;
      /** Snoozes in a row before this reminder. */
      snoozes: number;
    }
  | { kind: 'snoozed'; session: Session; until: number; snoozes: number }
  | { kind: 'onBreak'; startedAt: number; endsAt: number; long: boolean }
  | { kind: 'paused'; since: number; until: number | null }
  | { kind: 'offHours'; until: number | null };

export interface EngineState {
  version: 1;
  phase: Phase;
  /** The last moment the engine ran: a longer silence means the machine slept or the browser was closed. */
  lastSeen: number;
  presence: Presence;
  fullscreen: boolean;
  /** Breaks since the last long one: decides whether the next break is long. */
  breaksSinceLong: number;
  /** Tip ids shown in the current round, so no tip repeats until all were shown. */
  shownTips: string[];
  /** Sit-stand desk mode; absent (a state stored before it) reads as sitting, nothing due. */
  desk?: Desk;
  /**
   * What the browser still has to be told: saved with the state before the effects run, and
   * dropped once they have, so a worker stopped in between does them on its next wake (see
   * delivery.ts). Absent when nothing is owed.
   */
  owed?: Owed;
}

/** Deliveries the engine decided on and the browser has not yet confirmed. */
export interface Owed {
  /** The reminder that should be on screen, or null when none should be. */
  notification?: ReminderNotification | null;
  /** The suggestion to stand or sit that should be on screen, or null when none should be. */
  posture?: PostureNotification | null;
  /** The break page should be open and in front. */
  breakPage?: true;
}

export type EngineEvent =
  /** An alarm fired, the worker started, or the settings changed: re-check everything. */
  | { type: 'tick' }
  /** The idle detector changed state; `watching` when a tab plays sound (watching is sitting). */
  | { type: 'presence'; presence: Presence; watching: boolean }
  | { type: 'fullscreen'; fullscreen: boolean }
  | { type: 'startBreak' }
  /**
   * The break was finished, early or on time. `at`, when given, is when the break page was last
   * seen open: the break page closed while nothing listened, and the break ends there, not at
   * the moment the background learnt of it.
   */
  | { type: 'endBreak'; at?: number }
  | { type: 'skipBreak' }
  | { type: 'snooze' }
  /** The engine works out when the pause ends, from the choice and its own clock. */
  | { type: 'pause'; choice: PauseChoice }
  | { type: 'resume' }
  /** The user says they now sit or stand (the popup's toggle, the suggestion's button). */
  | { type: 'setPosture'; posture: Posture }
  /** The suggestion to stand or sit comes back after the snooze length. */
  | { type: 'snoozePosture' };

export type BreakRecord =
  | { type: 'due'; at: number; long: boolean }
  | { type: 'started'; at: number; long: boolean }
  | { type: 'completed'; at: number; long: boolean; durationMs: number }
  | {
      type: 'natural';
      at: number;
      long: boolean;
      durationMs: number;
      /** How the absence was seen: the idle detector, a lock, or a gap in the engine's running. */
      cause: 'idle' | 'locked' | 'gap';
    }
  | { type: 'snoozed'; at: number }
  | { type: 'skipped'; at: number; long: boolean }
  /**
   * A session ended (by any break, pause or the end of working hours) after this much sitting,
   * and at a sit-stand desk this much standing (absent: none, as in records before the mode).
   */
  | { type: 'sat'; at: number; startedAt: number; satMs: number; stoodMs?: number };

export interface ReminderNotification {
  /** The first reminder, or the one gentle re-reminder. */
  kind: 'due' | 'reminder';
  long: boolean;
  breakMinutes: number;
  tipId: string | null;
  canSnooze: boolean;
  stay: boolean;
  silent: boolean;
}

/** The suggestion to change posture at a sit-stand desk. */
export interface PostureNotification {
  /** The posture suggested. */
  to: Posture;
  /** Whole minutes spent in the present posture. */
  minutes: number;
  canSnooze: boolean;
  stay: boolean;
  silent: boolean;
}

/**
 * What the toolbar badge is to say, as data: the background shell puts it into words and colours
 * in the user's language. `minutes` are whole minutes left, rounded up (so never 0); `until` is
 * when a break, pause or time off ends (null when it has no end).
 */
export type BadgeModel =
  | {
      kind: 'sitting' | 'away' | 'snoozed';
      minutes: number;
      /** At a sit-stand desk, while standing: whole minutes stood so far. */
      standing?: number;
    }
  | { kind: 'due' }
  | { kind: 'onBreak'; until: number }
  | { kind: 'paused' | 'offHours'; until: number | null };

export type Effect =
  | { type: 'notify'; notification: ReminderNotification }
  | { type: 'clearNotification' }
  | { type: 'notifyPosture'; notification: PostureNotification }
  | { type: 'clearPostureNotification' }
  | { type: 'openBreakPage' }
  | { type: 'record'; record: BreakRecord }
  | { type: 'setAlarm'; at: number | null }
  | { type: 'setBadge'; badge: BadgeModel };
