import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, emptyDay, foldRecords } from '@/lib/history/aggregate';
import { migrateHistoryToStanding, parseHistory } from '@/lib/history/parse';
import { parseRecords } from '@/lib/history/records';
import { summariseToday } from '@/lib/history/today';
import { hasData, withRunningSession } from '@/lib/history/view';
import type { EngineState } from '@/lib/session/state';
import { local, MIN } from './helpers';

/** Standing time per day at a sit-stand desk (issue 20), beside sitting. */

describe('standing in the daily history', () => {
  it('folds a session’s standing into its day, beside its sitting', () => {
    const at = local(2026, 3, 2, 10);
    const history = foldRecords(
      EMPTY_HISTORY,
      [{ type: 'sat', at, startedAt: at - 60 * MIN, satMs: 25 * MIN, stoodMs: 30 * MIN }],
      at,
    );
    expect(history.days['2026-03-02']).toEqual({
      ...emptyDay(),
      satMs: 25 * MIN,
      longestSatMs: 25 * MIN,
      stoodMs: 30 * MIN,
    });
  });

  it('shares standing across midnight as sitting is shared', () => {
    const at = local(2026, 3, 3, 0, 30);
    const history = foldRecords(
      EMPTY_HISTORY,
      [{ type: 'sat', at, startedAt: at - 60 * MIN, satMs: 0, stoodMs: 60 * MIN }],
      at,
    );
    expect(history.days['2026-03-02']?.stoodMs).toBe(30 * MIN);
    expect(history.days['2026-03-03']?.stoodMs).toBe(30 * MIN);
  });

  it('reads days stored before standing as having stood none, and keeps a stored standing', () => {
    const old = { days: { '2026-03-02': { due: 2, satMs: 40 * MIN } }, openDue: null };
    expect(parseHistory(old).days['2026-03-02']).toEqual({
      ...emptyDay(),
      due: 2,
      satMs: 40 * MIN,
    });
    const kept = { days: { '2026-03-02': { satMs: MIN, stoodMs: 7 * MIN } }, openDue: null };
    expect(parseHistory(kept).days['2026-03-02']?.stoodMs).toBe(7 * MIN);
    const bad = { days: { '2026-03-02': { satMs: MIN, stoodMs: -3 } }, openDue: null };
    expect(parseHistory(bad).days['2026-03-02']?.stoodMs).toBe(0);
  });

  it('migrates version 1 to 2 by giving each day its standing, none, and passes the rest on', () => {
    const v1 = { days: { '2026-03-02': { due: 1 }, junk: 3 }, openDue: null };
    expect(migrateHistoryToStanding(v1)).toEqual({
      days: { '2026-03-02': { due: 1, stoodMs: 0 }, junk: 3 },
      openDue: null,
    });
    expect(migrateHistoryToStanding('damaged')).toBe('damaged');
  });

  it('counts a day with only standing as a day with data', () => {
    expect(hasData({ ...emptyDay(), stoodMs: MIN })).toBe(true);
    expect(hasData(emptyDay())).toBe(false);
  });
});

describe('standing in the raw records', () => {
  it('keeps a readable standing and drops an unreadable one, keeping the record', () => {
    const base = { type: 'sat', at: 2000, startedAt: 1000, satMs: 500 };
    expect(parseRecords([{ ...base, stoodMs: 400 }, { ...base, stoodMs: 'x' }, base])).toEqual([
      { ...base, stoodMs: 400 },
      base,
      base,
    ]);
  });
});

describe('standing today and in the running session', () => {
  const now = local(2026, 3, 2, 15);
  const standing: EngineState = {
    version: 1,
    phase: {
      kind: 'sitting',
      session: {
        startedAt: now - 40 * MIN,
        satMs: 20 * MIN,
        activeSince: now - 20 * MIN,
        awaySince: null,
        standing: true,
      },
    },
    lastSeen: now,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
    desk: { posture: 'standing', prompt: null, snoozedUntil: null },
  };

  it('counts the present stretch as standing, not sitting, in the popup’s today', () => {
    const records = [
      {
        type: 'sat' as const,
        at: now - 60 * MIN,
        startedAt: now - 90 * MIN,
        satMs: 10 * MIN,
        stoodMs: 20 * MIN,
      },
    ];
    expect(summariseToday(records, standing, now)).toEqual({
      breaksTaken: 0,
      naturalBreaks: 0,
      satMs: 30 * MIN,
      stoodMs: 40 * MIN,
    });
  });

  it('adds the running session’s standing to today in the history', () => {
    const days = withRunningSession({}, standing, now);
    expect(days['2026-03-02']).toMatchObject({ satMs: 20 * MIN, stoodMs: 20 * MIN });
  });
});
