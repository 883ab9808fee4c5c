import { describe, expect, it } from 'vitest';
import { readableRecords, startOfLocalDay, summariseToday } from '@/lib/history/today';
import type { BreakRecord, EngineState, Phase, Session } from '@/lib/session/state';

// vitest.config.ts runs these in Europe/London, where the clocks change.
const MIN = 60_000;
const HOUR = 60 * MIN;

/** A local wall-clock moment, as the user would read it. */
function local(y: number, m: number, d: number, h = 0, min = 0): number {
  return new Date(y, m - 1, d, h, min).getTime();
}

function state(phase: Phase): EngineState {
  return {
    version: 1,
    phase,
    lastSeen: 0,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
  };
}

function present(startedAt: number, satMs: number, activeSince: number): Session {
  return { startedAt, satMs, activeSince, awaySince: null };
}

const NOW = local(2025, 6, 10, 15, 0);

describe('startOfLocalDay', () => {
  it('is local midnight, not UTC midnight (London is UTC+1 in summer)', () => {
    const start = startOfLocalDay(NOW);
    expect(start).toBe(local(2025, 6, 10));
    expect(new Date(start).toISOString()).toBe('2025-06-09T23:00:00.000Z');
  });

  it('handles the day the clocks go forward (a 23-hour day)', () => {
    const evening = local(2025, 3, 30, 20, 0);
    expect(evening - startOfLocalDay(evening)).toBe(19 * HOUR);
  });
});

describe('summariseToday', () => {
  it('is all zero with no records and no engine state', () => {
    expect(summariseToday([], null, NOW)).toEqual({
      breaksTaken: 0,
      naturalBreaks: 0,
      satMs: 0,
      stoodMs: 0,
    });
  });

  it('counts completed breaks and natural breaks from today only', () => {
    const records: BreakRecord[] = [
      { type: 'completed', at: local(2025, 6, 9, 23, 59), long: false, durationMs: 2 * MIN },
      { type: 'completed', at: local(2025, 6, 10, 0, 0), long: false, durationMs: 2 * MIN },
      { type: 'completed', at: local(2025, 6, 10, 11, 0), long: true, durationMs: 5 * MIN },
      {
        type: 'natural',
        at: local(2025, 6, 10, 12, 0),
        long: false,
        durationMs: 9 * MIN,
        cause: 'idle',
      },
      {
        type: 'natural',
        at: local(2025, 6, 9, 12, 0),
        long: false,
        durationMs: 9 * MIN,
        cause: 'gap',
      },
    ];
    expect(summariseToday(records, null, NOW)).toMatchObject({ breaksTaken: 2, naturalBreaks: 1 });
  });

  it('does not count started, skipped, snoozed or due records as breaks taken', () => {
    const at = local(2025, 6, 10, 10, 0);
    const records: BreakRecord[] = [
      { type: 'due', at, long: false },
      { type: 'started', at, long: false },
      { type: 'skipped', at, long: false },
      { type: 'snoozed', at },
    ];
    expect(summariseToday(records, null, NOW)).toEqual({
      breaksTaken: 0,
      naturalBreaks: 0,
      satMs: 0,
      stoodMs: 0,
    });
  });

  it('leaves out records from the future (a clock set back)', () => {
    const records: BreakRecord[] = [
      { type: 'completed', at: NOW + HOUR, long: false, durationMs: 2 * MIN },
    ];
    expect(summariseToday(records, null, NOW).breaksTaken).toBe(0);
  });

  it('adds up the sitting of sessions that ended today', () => {
    const records: BreakRecord[] = [
      {
        type: 'sat',
        at: local(2025, 6, 10, 9, 30),
        startedAt: local(2025, 6, 10, 9, 0),
        satMs: 30 * MIN,
      },
      {
        type: 'sat',
        at: local(2025, 6, 10, 10, 30),
        startedAt: local(2025, 6, 10, 10, 0),
        satMs: 25 * MIN,
      },
      {
        type: 'sat',
        at: local(2025, 6, 9, 17, 0),
        startedAt: local(2025, 6, 9, 16, 0),
        satMs: 60 * MIN,
      },
    ];
    expect(summariseToday(records, null, NOW).satMs).toBe(55 * MIN);
  });

  it('splits a session that crossed midnight in proportion to its span', () => {
    // Sat 40 of the 60 minutes from 23:30 to 00:30; half that span is after midnight.
    const records: BreakRecord[] = [
      {
        type: 'sat',
        at: local(2025, 6, 10, 0, 30),
        startedAt: local(2025, 6, 9, 23, 30),
        satMs: 40 * MIN,
      },
    ];
    expect(summariseToday(records, null, NOW).satMs).toBe(20 * MIN);
  });

  it('adds the live session: earlier stretches plus the present one up to now', () => {
    const session = present(local(2025, 6, 10, 14, 0), 20 * MIN, local(2025, 6, 10, 14, 45));
    const summary = summariseToday([], state({ kind: 'sitting', session }), NOW);
    expect(summary.satMs).toBe(35 * MIN);
  });

  it('counts the live session whatever phase carries it (due, snoozed)', () => {
    const session = present(local(2025, 6, 10, 14, 0), 0, local(2025, 6, 10, 14, 0));
    const due: Phase = {
      kind: 'due',
      session,
      dueAt: NOW,
      notifiedAt: NOW,
      reminded: false,
      snoozes: 0,
    };
    const snoozed: Phase = { kind: 'snoozed', session, until: NOW + 5 * MIN, snoozes: 1 };
    expect(summariseToday([], state(due), NOW).satMs).toBe(HOUR);
    expect(summariseToday([], state(snoozed), NOW).satMs).toBe(HOUR);
  });

  it('stops counting while the user is away', () => {
    const session: Session = {
      startedAt: local(2025, 6, 10, 14, 0),
      satMs: 40 * MIN,
      activeSince: null,
      awaySince: local(2025, 6, 10, 14, 40),
    };
    expect(summariseToday([], state({ kind: 'sitting', session }), NOW).satMs).toBe(40 * MIN);
  });

  it('counts only the part of a live present stretch after midnight', () => {
    const session = present(local(2025, 6, 9, 23, 0), 0, local(2025, 6, 9, 23, 0));
    const justAfter = local(2025, 6, 10, 0, 20);
    expect(summariseToday([], state({ kind: 'sitting', session }), justAfter).satMs).toBe(20 * MIN);
  });

  it('adds nothing live while on a break, paused or outside working hours', () => {
    for (const phase of [
      { kind: 'onBreak', startedAt: NOW - MIN, endsAt: NOW + MIN, long: false },
      { kind: 'paused', since: NOW - HOUR, until: null },
      { kind: 'offHours', until: null },
    ] satisfies Phase[]) {
      expect(summariseToday([], state(phase), NOW).satMs).toBe(0);
    }
  });

  it('starts a new day at local midnight, not UTC midnight', () => {
    // In a London summer, both of these records fall on 9 June in UTC.
    const afterMidnight = local(2025, 6, 10, 0, 30);
    const records: BreakRecord[] = [
      { type: 'completed', at: local(2025, 6, 9, 23, 50), long: false, durationMs: 2 * MIN },
      { type: 'completed', at: local(2025, 6, 10, 0, 10), long: false, durationMs: 2 * MIN },
    ];
    expect(summariseToday(records, null, afterMidnight).breaksTaken).toBe(1);
  });
});

describe('readableRecords', () => {
  it('keeps well-formed records and drops the rest', () => {
    const good: BreakRecord[] = [
      { type: 'completed', at: NOW, long: false, durationMs: MIN },
      { type: 'sat', at: NOW, startedAt: NOW - HOUR, satMs: 30 * MIN },
    ];
    const bad = [
      null,
      'completed',
      { type: 'completed' },
      { type: 'completed', at: 'today' },
      { type: 'sat', at: NOW, startedAt: NOW - HOUR },
      { type: 'sat', at: NOW, startedAt: NOW + HOUR, satMs: MIN },
      { at: NOW },
    ];
    expect(readableRecords([...bad, ...good])).toEqual(good);
  });

  it('reads anything that is not a list as no records', () => {
    expect(readableRecords(undefined)).toEqual([]);
    expect(readableRecords({ type: 'completed', at: NOW })).toEqual([]);
  });
});
