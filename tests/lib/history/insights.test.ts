import { describe, expect, it } from 'vitest';
import { type DayTotals, emptyDay } from '@/lib/history/aggregate';
import { findInsights, type Insight, insightText } from '@/lib/history/insights';
import type { BreakRecord } from '@/lib/session/state';
import { useTestLocale } from '../../support/i18n';
import { local, MIN, sat } from './helpers';

const NOW = local(2026, 3, 13, 18);
const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** Sessions starting at the given hour on the days before NOW, each `minutes` long. */
function sits(startHour: number, minutes: number, count: number): BreakRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const start = local(2026, 3, 12 - i, startHour, 5);
    return sat(start, start + minutes * MIN);
  });
}

const satDays = (entries: [string, number][]): Record<string, DayTotals> =>
  Object.fromEntries(
    entries.map(([day, minutes]) => [day, { ...emptyDay(), satMs: minutes * MIN }]),
  );

describe('insights', () => {
  it('finds that the longest sits come in the afternoon', () => {
    const records = [...sits(9, 25, 4), ...sits(11, 30, 3), ...sits(14, 50, 3), ...sits(16, 45, 3)];
    const insights = findInsights(records, {}, NOW);
    const byHour = insights.find((i) => i.kind === 'sitsByHour');
    expect(byHour).toEqual({
      kind: 'sitsByHour',
      hour: 14,
      longer: 'after',
      longerAvgMs: ((50 * 3 + 45 * 3) / 6) * MIN,
      shorterAvgMs: ((25 * 4 + 30 * 3) / 7) * MIN,
    });
    expect(insightText(byHour as Insight, hour).text).toBe(
      'Your longest sits start after 14:00: 48 min on average, against 27 min earlier in the day.',
    );
  });

  it('finds that the longest sits come in the morning', () => {
    const records = [...sits(8, 55, 3), ...sits(10, 20, 3), ...sits(15, 20, 3)];
    const byHour = findInsights(records, {}, NOW).find((i) => i.kind === 'sitsByHour');
    expect(byHour).toMatchObject({ hour: 9, longer: 'before' });
    expect(insightText(byHour as Insight, hour).text).toBe(
      'Your longest sits start before 09:00: 55 min on average, against 20 min later in the day.',
    );
  });

  it('says nothing about hours when the difference is small or the sessions few', () => {
    const even = [...sits(9, 30, 4), ...sits(15, 33, 4)];
    expect(findInsights(even, {}, NOW).some((i) => i.kind === 'sitsByHour')).toBe(false);
    const few = [...sits(9, 10, 2), ...sits(15, 50, 2)];
    expect(findInsights(few, {}, NOW).some((i) => i.kind === 'sitsByHour')).toBe(false);
  });

  it('uses only the last 14 days of sessions', () => {
    const old = Array.from({ length: 6 }, (_, i) => {
      const start = local(2026, 2, 20 + i, i < 3 ? 9 : 15);
      return sat(start, start + (i < 3 ? 10 : 80) * MIN);
    });
    expect(findInsights(old, {}, NOW)).toEqual([]);
  });

  it('counts sits of an hour or more, with the advice and its source', () => {
    const records = [...sits(9, 70, 2), ...sits(14, 30, 3)];
    const long = findInsights(records, {}, NOW).find((i) => i.kind === 'longSits');
    expect(long).toEqual({ kind: 'longSits', count: 2, total: 5 });
    const text = insightText(long as Insight, hour);
    expect(text.text).toMatch(/^2 of your 5 sits in the last 14 days lasted an hour or more\./);
    expect(text.source?.name).toBe('HSE');
    expect(insightText({ kind: 'longSits', count: 1, total: 1 }, hour).text).toMatch(
      /^Your one sit/,
    );
    expect(insightText({ kind: 'longSits', count: 3, total: 3 }, hour).text).toMatch(
      /^All 3 of your sits/,
    );
  });

  it('compares the last 7 full days with the 7 before', () => {
    const days = satDays([
      ['2026-03-13', 500], // today: not a full day, left out
      ['2026-03-12', 200],
      ['2026-03-10', 200],
      ['2026-03-05', 300],
      ['2026-03-02', 300],
    ]);
    const change = findInsights([], days, NOW).find((i) => i.kind === 'weekChange');
    expect(change).toEqual({ kind: 'weekChange', lastWeekMs: 400 * MIN, weekBeforeMs: 600 * MIN });
    expect(insightText(change as Insight, hour).text).toBe(
      'In the 7 days before today you sat 3 h 20 min less than in the 7 days before that.',
    );
  });

  it('does not compare weeks with too little use or too little change', () => {
    const oneDay = satDays([
      ['2026-03-12', 200],
      ['2026-03-05', 300],
      ['2026-03-04', 300],
    ]);
    expect(findInsights([], oneDay, NOW)).toEqual([]);
    const same = satDays([
      ['2026-03-12', 200],
      ['2026-03-11', 200],
      ['2026-03-05', 205],
      ['2026-03-04', 200],
    ]);
    expect(findInsights([], same, NOW)).toEqual([]);
  });

  it('speaks the extension’s language, with the verb agreeing with the count', () => {
    useTestLocale('es');
    expect(insightText({ kind: 'longSits', count: 1, total: 4 }, hour).text).toBe(
      '1 de tus 4 sesiones de los últimos 14 días duró una hora o más. Las pausas cortas y frecuentes son mejores que las largas y ocasionales.',
    );
    expect(insightText({ kind: 'longSits', count: 2, total: 4 }, hour).text).toMatch(
      /^2 de tus 4 sesiones de los últimos 14 días duraron una hora o más\./,
    );
    useTestLocale('de');
    expect(
      insightText(
        {
          kind: 'sitsByHour',
          hour: 14,
          longer: 'after',
          longerAvgMs: 65 * MIN,
          shorterAvgMs: 20 * MIN,
        },
        hour,
      ).text,
    ).toBe(
      'Ihre längsten Sitzungen beginnen nach 14:00 Uhr: im Schnitt 1 Std. 5 Min., gegenüber 20 Min. früher am Tag.',
    );
    useTestLocale('fr');
    const week = insightText(
      { kind: 'weekChange', lastWeekMs: 400 * MIN, weekBeforeMs: 600 * MIN },
      hour,
    );
    expect(week.text).toBe(
      'Sur les 7 jours avant aujourd’hui, votre temps assis a été inférieur de 3 h 20 min à celui des 7 jours précédents.',
    );
  });

  it('has nothing to say with no history', () => {
    expect(findInsights([], {}, NOW)).toEqual([]);
  });

  it('reads hours in local time, summer or winter', () => {
    // Sessions at 15:05 BST are 14:05 UTC; the split must see them as afternoon ones.
    const summerNow = local(2026, 7, 13, 20);
    const summer = (h: number, minutes: number) =>
      Array.from({ length: 3 }, (_, i) => {
        const start = local(2026, 7, 12 - i, h, 5);
        return sat(start, start + minutes * MIN);
      });
    const byHour = findInsights([...summer(10, 20), ...summer(15, 60)], {}, summerNow).find(
      (i) => i.kind === 'sitsByHour',
    );
    expect(byHour).toMatchObject({ longer: 'after', hour: 15 });
  });
});
