import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiaryEntry } from '@/lib/diary/entry';
import {
  breaksPainSummary,
  MIN_DAYS_EACH_GROUP,
  type PainDay,
  painSeries,
} from '@/lib/diary/insights';
import { type DayTotals, emptyDay } from '@/lib/history/aggregate';
import { addDays, localDayKey } from '@/lib/history/days';

const NOW = new Date(2026, 5, 15, 18).getTime();
const TODAY = localDayKey(NOW);

const entry = (date: string, pain: number, tags: DiaryEntry['tags'] = []): DiaryEntry => ({
  date,
  pain,
  tags,
  updatedAt: 1,
});

function day(pain: number | null, due: number, taken: number): PainDay {
  return { day: TODAY, pain, tags: [], satMs: 0, due, taken };
}

describe('painSeries', () => {
  it('gives one row a day, oldest first, with pain beside sitting and breaks', () => {
    const yesterday = addDays(TODAY, -1);
    const totals: Record<string, DayTotals> = {
      [yesterday]: { ...emptyDay(), due: 6, dueTaken: 4, satMs: 3_600_000 },
    };
    const series = painSeries({ [yesterday]: entry(yesterday, 4, ['stiff']) }, totals, NOW, 7);
    expect(series).toHaveLength(7);
    expect(series.at(-1)).toEqual({
      day: TODAY,
      pain: null,
      tags: [],
      satMs: 0,
      due: 0,
      taken: 0,
    });
    expect(series.at(-2)).toEqual({
      day: yesterday,
      pain: 4,
      tags: ['stiff'],
      satMs: 3_600_000,
      due: 6,
      taken: 4,
    });
    for (const range of [7, 30, 90]) expect(painSeries({}, {}, NOW, range)).toHaveLength(range);
  });
});

describe('breaksPainSummary', () => {
  const most = (pain: number) => day(pain, 4, 3);
  const other = (pain: number) => day(pain, 4, 2);

  it.each([
    ['5 days each side', [...Array(5).fill(most(3)), ...Array(5).fill(other(5))], [3, 5]],
    ['more on one side', [...Array(8).fill(most(2)), ...Array(5).fill(other(6))], [2, 6]],
  ] as const)('compares averages with %s', (_, series, [a, b]) => {
    const summary = breaksPainSummary(series);
    expect(summary?.mostAverage).toBe(a);
    expect(summary?.otherAverage).toBe(b);
  });

  it('says nothing with fewer than 5 days on either side', () => {
    expect(MIN_DAYS_EACH_GROUP).toBe(5);
    expect(breaksPainSummary([...Array(4).fill(most(3)), ...Array(9).fill(other(5))])).toBeNull();
    expect(breaksPainSummary([...Array(9).fill(most(3)), ...Array(4).fill(other(5))])).toBeNull();
  });

  it('counts half the breaks as not most, and leaves out days without pain or breaks due', () => {
    const series = [
      ...Array(5).fill(most(1)),
      ...Array(5).fill(day(7, 2, 1)),
      ...Array(5).fill(day(null, 4, 4)),
      ...Array(5).fill(day(9, 0, 0)),
    ];
    expect(breaksPainSummary(series)).toEqual({
      mostDays: 5,
      mostAverage: 1,
      otherDays: 5,
      otherAverage: 7,
    });
  });

  it('for any series: averages within 0-10, and only with enough days in each group', () => {
    const painDay = fc.record({
      day: fc.constant(TODAY),
      pain: fc.option(fc.integer({ min: 0, max: 10 })),
      tags: fc.constant([] as PainDay['tags']),
      satMs: fc.nat(),
      due: fc.integer({ min: 0, max: 20 }),
      taken: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(painDay, { maxLength: 90 }), (series) => {
        const summary = breaksPainSummary(series);
        const usable = series.filter((d) => d.pain !== null && d.due > 0);
        const mostDays = usable.filter((d) => d.taken * 2 > d.due).length;
        const enough = mostDays >= 5 && usable.length - mostDays >= 5;
        expect(summary !== null).toBe(enough);
        if (summary) {
          expect(summary.mostDays + summary.otherDays).toBe(usable.length);
          for (const avg of [summary.mostAverage, summary.otherAverage]) {
            expect(avg).toBeGreaterThanOrEqual(0);
            expect(avg).toBeLessThanOrEqual(10);
          }
        }
      }),
    );
  });
});
