import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  dayKeyToDate,
  isDayKey,
  lastDays,
  localDayKey,
  nextLocalMidnight,
  oldestKeptDay,
} from '@/lib/history/days';
import { HOUR, local } from './helpers';

describe('local day keys', () => {
  afterEach(() => {
    process.env.TZ = 'Europe/London';
  });

  it('splits days at local midnight, not UTC', () => {
    expect(localDayKey(local(2026, 1, 15, 23, 59))).toBe('2026-01-15');
    expect(localDayKey(local(2026, 1, 16, 0, 0))).toBe('2026-01-16');
    // 00:30 in British summer time is still the previous day in UTC.
    const summerNight = local(2026, 6, 1, 0, 30);
    expect(new Date(summerNight).toISOString().slice(0, 10)).toBe('2026-05-31');
    expect(localDayKey(summerNight)).toBe('2026-06-01');
  });

  it('follows the zone the browser is in when the key is made', () => {
    const moment = Date.UTC(2026, 2, 30, 23, 30);
    expect(localDayKey(moment)).toBe('2026-03-31');
    process.env.TZ = 'America/New_York';
    expect(localDayKey(moment)).toBe('2026-03-30');
  });

  it('finds the next midnight on the short and the long day of the year', () => {
    // Clocks go forward on 29 March 2026 and back on 25 October 2026.
    expect(nextLocalMidnight(local(2026, 3, 29, 10)) - local(2026, 3, 29, 0)).toBe(23 * HOUR);
    expect(nextLocalMidnight(local(2026, 10, 25, 10)) - local(2026, 10, 25, 0)).toBe(25 * HOUR);
    expect(nextLocalMidnight(local(2026, 10, 25, 0))).toBe(local(2026, 10, 26, 0));
  });

  it('counts the last days by the calendar across both clock changes', () => {
    expect(lastDays(local(2026, 3, 31, 0, 30), 4)).toEqual([
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
    expect(lastDays(local(2026, 10, 26, 23, 50), 3)).toEqual([
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
    ]);
    expect(lastDays(local(2026, 3, 31), 30)).toHaveLength(30);
    expect(new Set(lastDays(local(2026, 11, 1), 400)).size).toBe(400);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-29', 0)).toBe('2026-03-29');
  });

  it('accepts only real calendar days', () => {
    expect(isDayKey('2026-02-28')).toBe(true);
    expect(isDayKey('2028-02-29')).toBe(true);
    expect(isDayKey('2026-02-29')).toBe(false);
    expect(isDayKey('2026-13-01')).toBe(false);
    expect(isDayKey('2026-1-01')).toBe(false);
    expect(isDayKey('2026-01-01T00:00')).toBe(false);
    expect(isDayKey(20260101)).toBe(false);
  });

  it('turns a key back into a moment inside that local day', () => {
    expect(localDayKey(dayKeyToDate('2026-03-29').getTime())).toBe('2026-03-29');
    expect(dayKeyToDate('2026-10-25').getHours()).toBe(12);
  });

  it('keeps a calendar year', () => {
    expect(oldestKeptDay(local(2026, 3, 1))).toBe('2025-03-01');
    expect(oldestKeptDay(local(2026, 12, 31, 23, 59))).toBe('2025-12-31');
  });
});
