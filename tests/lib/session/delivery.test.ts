import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delivered, readOwed, settleDeliveries } from '@/lib/session/delivery';
import type {
  Effect,
  EngineState,
  Owed,
  Phase,
  ReminderNotification,
  Session,
} from '@/lib/session/state';
import { MIN, Sim, T0 } from './harness';

const session: Session = { startedAt: T0, satMs: 0, activeSince: T0, awaySince: null };
const note: ReminderNotification = {
  kind: 'due',
  long: false,
  breakMinutes: 2,
  tipId: 'a',
  canSnooze: true,
  stay: true,
  silent: false,
};
const again: ReminderNotification = { ...note, kind: 'reminder', silent: true };

const PHASES = {
  sitting: { kind: 'sitting', session },
  showing: {
    kind: 'due',
    session,
    dueAt: T0 + 30 * MIN,
    notifiedAt: T0 + 30 * MIN,
    reminded: false,
    snoozes: 0,
  },
  held: {
    kind: 'due',
    session,
    dueAt: T0 + 30 * MIN,
    notifiedAt: null,
    reminded: false,
    snoozes: 0,
  },
  snoozed: { kind: 'snoozed', session, until: T0 + 40 * MIN, snoozes: 1 },
  onBreak: { kind: 'onBreak', startedAt: T0, endsAt: T0 + 2 * MIN, long: false },
  paused: { kind: 'paused', since: T0, until: null },
} satisfies Record<string, Phase>;

function stateWith(phase: Phase, owed?: Owed): EngineState {
  return {
    version: 1,
    phase,
    lastSeen: T0 + 31 * MIN,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
    ...(owed ? { owed } : {}),
  };
}

const alarm: Effect = { type: 'setAlarm', at: T0 + 32 * MIN };
const notify = (n: ReminderNotification): Effect => ({ type: 'notify', notification: n });
const clear: Effect = { type: 'clearNotification' };
const openPage: Effect = { type: 'openBreakPage' };

describe('what a batch owes the browser, and what a wake redoes', () => {
  it.each<[string, Phase, Owed | undefined, Effect[], Owed | undefined, Effect[]]>([
    // name, phase after the batch, owed before it, the batch's effects, owed after, redone
    ['nothing owed, nothing decided', PHASES.sitting, undefined, [alarm], undefined, []],
    [
      'a new reminder is owed until shown',
      PHASES.showing,
      undefined,
      [notify(note)],
      { notification: note },
      [],
    ],
    [
      'a lost reminder is shown again while its break is due',
      PHASES.showing,
      { notification: note },
      [alarm],
      { notification: note },
      [notify(note)],
    ],
    [
      'a lost reminder gives way to the re-reminder the batch shows',
      PHASES.showing,
      { notification: note },
      [notify(again)],
      { notification: again },
      [],
    ],
    [
      'a lost reminder whose break was snoozed is cleared instead',
      PHASES.snoozed,
      { notification: note },
      [alarm],
      { notification: null },
      [clear],
    ],
    [
      'a lost reminder after a pause is cleared instead',
      PHASES.paused,
      { notification: note },
      [alarm],
      { notification: null },
      [clear],
    ],
    [
      'a lost reminder held back again (fullscreen) is cleared',
      PHASES.held,
      { notification: note },
      [alarm],
      { notification: null },
      [clear],
    ],
    ['a clear is owed until done', PHASES.snoozed, undefined, [clear], { notification: null }, []],
    [
      'a lost clear is done again',
      PHASES.snoozed,
      { notification: null },
      [alarm],
      { notification: null },
      [clear],
    ],
    [
      'a lost clear never removes a reminder that should show',
      PHASES.showing,
      { notification: null },
      [alarm],
      undefined,
      [],
    ],
    [
      'the break page is owed until opened',
      PHASES.onBreak,
      undefined,
      [clear, openPage],
      { notification: null, breakPage: true },
      [],
    ],
    [
      'a lost break page is opened again while the break runs',
      PHASES.onBreak,
      { breakPage: true },
      [alarm],
      { breakPage: true },
      [openPage],
    ],
    [
      'a lost break page is forgotten once the break is over',
      PHASES.sitting,
      { breakPage: true },
      [alarm],
      undefined,
      [],
    ],
    [
      'both lost: both redone',
      PHASES.onBreak,
      { notification: null, breakPage: true },
      [alarm],
      { notification: null, breakPage: true },
      [clear, openPage],
    ],
  ])('%s', (_name, phase, before, effects, after, redone) => {
    const result = settleDeliveries(stateWith(phase, before), effects);
    expect(result.state.owed).toEqual(after);
    expect('owed' in result.state).toBe(after !== undefined);
    expect(result.effects).toEqual([...effects, ...redone]);
    // Everything else in the state is left as it was.
    expect(delivered(result.state)).toEqual(stateWith(phase));
  });

  it('owes nothing once delivered', () => {
    const owing = stateWith(PHASES.onBreak, { notification: null, breakPage: true });
    expect(delivered(owing)).toEqual(stateWith(PHASES.onBreak));
    expect('owed' in delivered(owing)).toBe(false);
  });

  it('redoes a reminder saved by a worker stopped before it showed, exactly once', () => {
    // The engine saves the due state with the reminder owed; the worker stops before showing it.
    const sim = new Sim({}, T0);
    sim.advance(30 * MIN);
    const saved = settleDeliveries(sim.state, sim.effects);
    expect(saved.state.owed?.notification).toMatchObject({ kind: 'due' });
    // The next wake, a heartbeat later, shows it again...
    sim.state = saved.state;
    sim.effects = [];
    sim.advance(MIN);
    const woke = settleDeliveries(sim.state, sim.effects);
    expect(woke.effects.filter((e) => e.type === 'notify')).toEqual([
      notify(saved.state.owed?.notification as ReminderNotification),
    ]);
    // ...and once it is done, the wake after it shows nothing.
    sim.state = delivered(woke.state);
    sim.effects = [];
    sim.advance(MIN);
    expect(settleDeliveries(sim.state, sim.effects).effects.some((e) => e.type === 'notify')).toBe(
      false,
    );
  });
});

describe('reading back what is owed', () => {
  it('keeps what is still owed, and drops what cannot be read', () => {
    expect(readOwed({ owed: { notification: note } })).toEqual({ notification: note });
    expect(readOwed({ owed: { notification: null, breakPage: true } })).toEqual({
      notification: null,
      breakPage: true,
    });
    for (const owed of [
      undefined,
      'all',
      {},
      { notification: { ...note, kind: 'spam' } },
      { notification: { ...note, breakMinutes: 1e300 } },
      { notification: { ...note, tipId: 7 } },
      { breakPage: 'yes' },
    ]) {
      expect(readOwed({ owed })).toBeUndefined();
    }
    expect(readOwed(null)).toBeUndefined();
  });

  it('reads any stored value as nothing owed or a well-formed debt', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (notification, breakPage) => {
        const owed = readOwed({ owed: { notification, breakPage } });
        if (owed === undefined) return;
        expect(Object.keys(owed).every((k) => k === 'notification' || k === 'breakPage')).toBe(
          true,
        );
        if (owed.breakPage !== undefined) expect(owed.breakPage).toBe(true);
        if (owed.notification) {
          expect(['due', 'reminder']).toContain(owed.notification.kind);
          expect(Number.isInteger(owed.notification.breakMinutes)).toBe(true);
        }
        expect(readOwed({ owed })).toEqual(owed);
      }),
    );
  });
});
