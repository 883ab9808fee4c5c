import type { Settings } from '@/lib/settings/schema';
import { MINUTE } from '@/lib/time/units';
import { countUpTo, deskOf, stoodMs } from './desk';
import {
  dropPrompt,
  handleDeskOff,
  handleDeskPrompts,
  setPosture,
  snoozePosture,
} from './desk-steps';
import { rewind } from './rewind';
import { isWorkingTime, nextWorkingBoundary, pauseUntil } from './schedule';
import type {
  BreakRecord,
  Effect,
  EngineEvent,
  EngineState,
  Phase,
  Presence,
  Session,
} from './state';
import { badgeFor, nextWakeAt } from './status';
import {
  breakLengthMs,
  dueAt,
  freshSession,
  HEARTBEAT_MS,
  MAX_BREAKS_SINCE_LONG,
  nextBreakIsLong,
  REMIND_AGAIN_MS,
  satMs,
} from './timing';

/**
 * The sitting-session state machine: pure, with time passed in and no browser, words or colours in
 * it. The background shell loads the state, calls `stepAll` with the browser events that arrived
 * together, saves the new state and carries out the effects, putting the badge into words.
 */

export interface StepContext {
  now: number;
  settings: Settings;
  /** The ids of the tips a reminder may show, in library order. */
  tipIds: readonly string[];
}

export interface StepResult {
  state: EngineState;
  effects: Effect[];
}

export function initialState(now: number, settings: Settings): EngineState {
  const state: EngineState = {
    version: 1,
    phase: { kind: 'sitting', session: freshSession(now, 'active') },
    lastSeen: now,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
  };
  return stepAll(state, [{ type: 'tick' }], { now, settings, tipIds: [] }).state;
}

function sessionOf(phase: Phase): Session | null {
  return 'session' in phase ? phase.session : null;
}

/** A small deterministic hash, so the tip order looks random yet tests can predict it. */
function pick(count: number, seed: number): number {
  let x = Math.floor(seed) ^ 0x9e3779b9;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return ((x ^ (x >>> 16)) >>> 0) % count;
}

/** Mutable working copy of one step: the helpers below change it and collect effects. */
class Step {
  readonly effects: Effect[] = [];

  constructor(
    public state: EngineState,
    readonly ctx: StepContext,
  ) {}

  get now() {
    return this.ctx.now;
  }

  get settings() {
    return this.ctx.settings;
  }

  record(record: BreakRecord) {
    this.effects.push({ type: 'record', record });
  }

  setPhase(phase: Phase) {
    this.state = { ...this.state, phase };
  }

  /** Closes the current session (if any) with a record of the sitting (and standing) it counted. */
  endSession(at: number = this.now) {
    const session = sessionOf(this.state.phase);
    if (!session) return;
    const end = Math.max(session.startedAt, at);
    const sat = satMs(session, end);
    const stood = stoodMs(session, end);
    if (sat > 0 || stood > 0) {
      this.record({
        type: 'sat',
        at,
        startedAt: session.startedAt,
        satMs: sat,
        ...(stood > 0 ? { stoodMs: stood } : {}),
      });
    }
    if (this.state.phase.kind === 'due' || this.state.phase.kind === 'snoozed') {
      this.effects.push({ type: 'clearNotification' });
    }
    dropPrompt(this);
  }

  /** A fresh count, in the posture the user last said they are in. */
  startSession() {
    dropPrompt(this);
    const posture = deskOf(this.state).posture;
    this.setPhase({
      kind: 'sitting',
      session: freshSession(this.now, this.state.presence, posture),
    });
  }

  /** A break was taken (guided or natural): advances the short/long cadence. */
  countBreak(long: boolean) {
    // Past the largest cadence the settings allow, more breaks change nothing: the count stops.
    const count = Math.min(this.state.breaksSinceLong + 1, MAX_BREAKS_SINCE_LONG);
    this.state = { ...this.state, breaksSinceLong: long ? 0 : count };
  }

  naturalBreak(awayMs: number, cause: 'idle' | 'locked' | 'gap', sessionEnd: number) {
    const long = this.settings.longBreakEvery > 0 && awayMs >= breakLengthMs(true, this.settings);
    this.endSession(sessionEnd);
    this.record({ type: 'natural', at: this.now, long, durationMs: awayMs, cause });
    this.countBreak(long);
    this.startSession();
  }

  chooseTip(): string | null {
    const { tipIds } = this.ctx;
    if (tipIds.length === 0) return null;
    let shown = this.state.shownTips.filter((id) => tipIds.includes(id));
    let unseen = tipIds.filter((id) => !shown.includes(id));
    if (unseen.length === 0) {
      shown = [];
      unseen = [...tipIds];
    }
    const tipId = unseen[pick(unseen.length, this.now)] ?? null;
    if (tipId) this.state = { ...this.state, shownTips: [...shown, tipId] };
    return tipId;
  }

  notify(kind: 'due' | 'reminder', snoozes: number) {
    const long = nextBreakIsLong(this.state, this.settings);
    this.effects.push({
      type: 'notify',
      notification: {
        kind,
        long,
        breakMinutes: long ? this.settings.longBreakMinutes : this.settings.breakMinutes,
        tipId: this.chooseTip(),
        canSnooze: snoozes < this.settings.maxSnoozes,
        stay: this.settings.notificationStays,
        // The second reminder is a nudge, never a second alarm.
        silent: kind === 'reminder' || this.settings.notificationSilent,
      },
    });
  }

  holding(): boolean {
    return this.settings.holdDuringFullscreen && this.state.fullscreen;
  }
}

/** A clock set back, or a silence longer than the heartbeat allows: the old session is void. */
function handleClockAndGaps(s: Step) {
  const { lastSeen } = s.state;
  if (s.now < lastSeen) {
    // The clock went backwards: stored moments lie in the future; move them back with it.
    s.state = rewind(s.state, s.now, s.settings);
    return;
  }
  const session = sessionOf(s.state.phase);
  if (!session || session.activeSince === null) return;
  const silence = s.now - lastSeen;
  if (silence >= HEARTBEAT_MS + s.settings.breakMinutes * MINUTE) {
    s.naturalBreak(silence, 'gap', lastSeen);
  }
}

/** Time-driven transitions: pauses, working hours, snoozes and breaks that ended on their own. */
function handleTime(s: Step) {
  const { phase } = s.state;
  if (phase.kind === 'paused') {
    if (phase.until !== null && s.now >= phase.until) s.startSession();
    else return;
  }
  const working = isWorkingTime(s.now, s.settings.workingHours);
  if (s.state.phase.kind === 'offHours') {
    if (working) s.startSession();
    else {
      s.setPhase({ kind: 'offHours', until: nextWorkingBoundary(s.now, s.settings.workingHours) });
      return;
    }
  } else if (!working) {
    if (s.state.phase.kind === 'onBreak') finishBreak(s, s.state.phase);
    s.endSession();
    s.setPhase({ kind: 'offHours', until: nextWorkingBoundary(s.now, s.settings.workingHours) });
    return;
  }
  const current = s.state.phase;
  if (current.kind === 'onBreak' && s.now >= current.endsAt) finishBreak(s, current);
  if (current.kind === 'snoozed' && s.now >= current.until) {
    s.setPhase({
      kind: 'due',
      session: current.session,
      dueAt: current.until,
      notifiedAt: null,
      reminded: false,
      snoozes: current.snoozes,
    });
  }
}

/** Ends the break at `at` (now unless told otherwise), never after its end or ahead of now. */
function finishBreak(s: Step, phase: Extract<Phase, { kind: 'onBreak' }>, at: number = s.now) {
  const end = Math.max(phase.startedAt, Math.min(at, s.now, phase.endsAt));
  s.record({ type: 'completed', at: end, long: phase.long, durationMs: end - phase.startedAt });
  s.countBreak(phase.long);
  s.startSession();
}

function handlePresence(s: Step, presence: Presence) {
  s.state = { ...s.state, presence };
  const { phase } = s.state;
  const session = sessionOf(phase);
  if (!session) return;
  if (presence === 'active') {
    if (session.activeSince !== null || session.awaySince === null) return;
    const away = s.now - session.awaySince;
    if (away >= s.settings.breakMinutes * MINUTE) {
      s.naturalBreak(away, 'idle', session.awaySince);
      return;
    }
    s.setPhase({ ...phase, session: { ...session, activeSince: s.now, awaySince: null } } as Phase);
    return;
  }
  if (session.activeSince === null) return;
  // The idle detector speaks only after the threshold: the user left that long ago.
  const leftAt =
    presence === 'idle'
      ? Math.max(session.activeSince, s.now - s.settings.idleSeconds * 1000)
      : s.now;
  const next: Session = { ...countUpTo(session, leftAt), activeSince: null, awaySince: leftAt };
  s.setPhase({ ...phase, session: next } as Phase);
}

function startBreak(s: Step) {
  const { phase } = s.state;
  if (phase.kind === 'onBreak') {
    s.effects.push({ type: 'openBreakPage' });
    return;
  }
  const long = nextBreakIsLong(s.state, s.settings);
  s.endSession();
  s.effects.push({ type: 'clearNotification' });
  s.record({ type: 'started', at: s.now, long });
  s.setPhase({
    kind: 'onBreak',
    startedAt: s.now,
    endsAt: s.now + breakLengthMs(long, s.settings),
    long,
  });
  s.effects.push({ type: 'openBreakPage' });
}

/**
 * A break whose page closed while nothing listened ended when the page was last seen: taken
 * before time moves on, so a break heard of only after its planned end still counts what was
 * spent, not its full length.
 */
function handleDatedEnd(s: Step, event: EngineEvent) {
  const { phase } = s.state;
  if (event.type === 'endBreak' && event.at !== undefined && endsThisBreak(phase, event.at)) {
    finishBreak(s, phase, event.at);
  }
}

/**
 * Whether an end dated `at` is this break's: a page that went before the break began showed an
 * earlier one (its close was heard late, after the next break started), and ends nothing.
 */
function endsThisBreak(
  phase: Phase,
  at: number | undefined,
): phase is Extract<Phase, { kind: 'onBreak' }> {
  return phase.kind === 'onBreak' && (at === undefined || at >= phase.startedAt);
}

function handleEvent(s: Step, event: EngineEvent) {
  const { phase } = s.state;
  switch (event.type) {
    case 'tick':
      return;
    case 'presence':
      handlePresence(s, event.watching ? 'active' : event.presence);
      return;
    case 'fullscreen':
      s.state = { ...s.state, fullscreen: event.fullscreen };
      return;
    case 'startBreak':
      if (phase.kind !== 'offHours') startBreak(s);
      return;
    case 'endBreak':
      if (endsThisBreak(phase, event.at)) finishBreak(s, phase, event.at);
      return;
    case 'skipBreak':
      if (phase.kind === 'due' || phase.kind === 'snoozed' || phase.kind === 'onBreak') {
        const long = phase.kind === 'onBreak' ? phase.long : nextBreakIsLong(s.state, s.settings);
        s.endSession();
        s.record({ type: 'skipped', at: s.now, long });
        s.startSession();
      }
      return;
    case 'snooze':
      if (phase.kind === 'due' && phase.snoozes < s.settings.maxSnoozes) {
        s.effects.push({ type: 'clearNotification' });
        s.record({ type: 'snoozed', at: s.now });
        s.setPhase({
          kind: 'snoozed',
          session: phase.session,
          until: s.now + s.settings.snoozeMinutes * MINUTE,
          snoozes: phase.snoozes + 1,
        });
      }
      return;
    case 'pause':
      if (phase.kind === 'onBreak') finishBreak(s, phase);
      s.endSession();
      s.effects.push({ type: 'clearNotification' });
      s.setPhase({ kind: 'paused', since: s.now, until: pauseUntil(event.choice, s.now) });
      return;
    case 'resume':
      if (phase.kind === 'paused') s.startSession();
      return;
    case 'setPosture':
      setPosture(s, event.posture);
      return;
    case 'snoozePosture':
      snoozePosture(s);
      return;
  }
}

/** Sitting that reached its due time becomes a due break; due breaks are shown when they may be. */
function handleReminders(s: Step) {
  const { phase } = s.state;
  if (phase.kind === 'sitting') {
    const due = dueAt(phase.session, s.settings);
    if (due === null || s.now < due) return;
    s.record({ type: 'due', at: s.now, long: nextBreakIsLong(s.state, s.settings) });
    s.setPhase({
      ...phase,
      kind: 'due',
      dueAt: due,
      notifiedAt: null,
      reminded: false,
      snoozes: 0,
    });
  }
  const current = s.state.phase;
  if (current.kind !== 'due') return;
  if (current.notifiedAt === null) {
    if (s.holding()) return;
    // Reminding someone who is away only greets them with a stale notification.
    if (current.session.activeSince === null) return;
    s.notify('due', current.snoozes);
    s.setPhase({ ...current, notifiedAt: s.now });
    return;
  }
  if (
    s.settings.reRemind &&
    !current.reminded &&
    !s.holding() &&
    current.session.activeSince !== null &&
    s.now >= current.notifiedAt + REMIND_AGAIN_MS
  ) {
    s.notify('reminder', current.snoozes);
    s.setPhase({ ...current, reminded: true });
  }
}

/** One event: a batch of one (see `stepAll`). */
export function step(state: EngineState, event: EngineEvent, ctx: StepContext): StepResult {
  return stepAll(state, [event], ctx);
}

/**
 * Events that arrived together (a wake-up reports fullscreen, then presence), taken in order at
 * the one moment `ctx.now`: what each changes and delivers, then one alarm and one badge for
 * where the batch ends, since only the last of either would stand.
 */
export function stepAll(
  state: EngineState,
  events: readonly EngineEvent[],
  ctx: StepContext,
): StepResult {
  const s = new Step(state, ctx);
  for (const event of events) {
    handleClockAndGaps(s);
    handleDeskOff(s);
    handleDatedEnd(s, event);
    handleTime(s);
    handleEvent(s, event);
    handleTime(s);
    handleReminders(s);
    handleDeskPrompts(s);
    s.state = { ...s.state, lastSeen: ctx.now };
  }
  s.effects.push({ type: 'setAlarm', at: nextWakeAt(s.state, ctx.now, ctx.settings) });
  s.effects.push({ type: 'setBadge', badge: badgeFor(s.state, ctx.now, ctx.settings) });
  return { state: s.state, effects: s.effects };
}
