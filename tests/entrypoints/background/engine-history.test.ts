import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/entrypoints/background/engine';
import type { HistoryData } from '@/lib/history/aggregate';
import type { BreakRecord } from '@/lib/session/state';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

async function stored() {
  const { history, records, history$ } = await fakeBrowser.storage.local.get([
    'history',
    'records',
    'history$',
  ]);
  return {
    history: history as HistoryData | undefined,
    records: (records ?? []) as BreakRecord[],
    meta: history$ as { v: number } | undefined,
  };
}

async function at(time: number, ...events: Parameters<typeof dispatch>) {
  vi.setSystemTime(time);
  await dispatch(...events);
}

/** Ticks once a minute up to `until`, as the engine's alarm does while someone sits. */
async function sitUntil(until: number) {
  for (let t = Date.now() + MIN; t <= until; t += MIN) await at(t, { type: 'tick' });
}

describe('the engine folds its records into the daily history', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('adds a skipped reminder and its sitting to the local day, with the format version', async () => {
    const start = new Date(2026, 2, 2, 9, 0).getTime();
    await at(start, { type: 'tick' });
    await sitUntil(start + 30 * MIN);
    await at(start + 31 * MIN, { type: 'skipBreak' });
    const { history, records, meta } = await stored();
    expect(records.map((r) => r.type)).toEqual(['due', 'sat', 'skipped']);
    expect(history?.days).toEqual({
      '2026-03-02': {
        due: 1,
        dueTaken: 0,
        completed: 0,
        natural: 0,
        snoozed: 0,
        skipped: 1,
        satMs: 31 * MIN,
        longestSatMs: 31 * MIN,
        stoodMs: 0,
      },
    });
    // Version 2: each day has its standing time (sit-stand desk mode).
    expect(meta).toEqual({ v: 2 });
  });

  it('splits a session across midnight between the two days', async () => {
    const start = new Date(2026, 2, 2, 23, 50).getTime();
    await at(start, { type: 'tick' });
    await sitUntil(start + 20 * MIN);
    await at(start + 20 * MIN, { type: 'pause', choice: 'manual' });
    const { history } = await stored();
    expect(history?.days['2026-03-02']?.satMs).toBe(10 * MIN);
    expect(history?.days['2026-03-03']?.satMs).toBe(10 * MIN);
  });

  it('keeps a day’s totals after its raw records have aged out', async () => {
    const start = new Date(2026, 2, 2, 9, 0).getTime();
    await at(start, { type: 'tick' });
    await sitUntil(start + 20 * MIN);
    await at(start + 20 * MIN, { type: 'pause', choice: 'manual' });
    // Raw records last two weeks before their own present, the 7th newest day of use
    // (lib/history/keep.ts), so a clock set far ahead cannot age them out: back after 20 days,
    // they stay until a week of use has passed.
    for (let day = 0; day < 7; day++) {
      const from = start + (20 + day) * DAY;
      await at(from, { type: 'resume' });
      await sitUntil(from + 10 * MIN);
      await at(from + 10 * MIN, { type: 'pause', choice: 'manual' });
      const { records } = await stored();
      expect(
        records.some((r) => r.at < start + DAY),
        `day ${day + 1} back`,
      ).toBe(day < 6);
    }
    const { history, records } = await stored();
    expect(records.every((r) => r.at > start + DAY)).toBe(true);
    expect(history?.days['2026-03-02']?.satMs).toBe(20 * MIN);
    expect(history?.days['2026-03-22']?.satMs).toBe(10 * MIN);
    expect(history?.days['2026-03-28']?.satMs).toBe(10 * MIN);
  });

  it('starts afresh from damaged stored history instead of failing', async () => {
    await fakeBrowser.storage.local.set({ history: 'not history' });
    const start = new Date(2026, 2, 2, 9, 0).getTime();
    await at(start, { type: 'tick' });
    await sitUntil(start + 5 * MIN);
    await at(start + 5 * MIN, { type: 'pause', choice: 'manual' });
    expect((await stored()).history?.days['2026-03-02']?.satMs).toBe(5 * MIN);
  });
});
