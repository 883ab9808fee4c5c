import { describe, expect, it } from 'vitest';
import { emptyDay } from '@/lib/history/aggregate';
import { CSV_HEADER, csvFileName, historyCsv } from '@/lib/history/csv';
import { MIN } from './helpers';

describe('the CSV export', () => {
  it('writes a header and one line per day with whole minutes', () => {
    const csv = historyCsv([
      {
        day: '2026-03-01',
        totals: {
          due: 4,
          dueTaken: 3,
          completed: 2,
          natural: 1,
          snoozed: 2,
          skipped: 1,
          satMs: 125.6 * MIN,
          longestSatMs: 52.4 * MIN,
        },
      },
      { day: '2026-03-02', totals: emptyDay() },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'date,breaks_due,due_breaks_taken,guided_breaks,natural_breaks,snoozes,skips,minutes_sat,longest_sit_minutes',
      '2026-03-01,4,3,2,1,2,1,126,52',
      '2026-03-02,0,0,0,0,0,0,0,0',
      '',
    ]);
  });

  it('is only the header when there is no history', () => {
    expect(historyCsv([])).toBe(`${CSV_HEADER}\r\n`);
  });

  it('names the file after the day of the export', () => {
    expect(csvFileName('2026-03-02')).toBe('limber-history-2026-03-02.csv');
  });
});
