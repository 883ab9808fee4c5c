import { describe, expect, it } from 'vitest';
import { emptyDay } from '@/lib/history/aggregate';
import { csvFileName, csvHeader, historyCsv } from '@/lib/history/csv';
import { LOCALES } from '@/lib/i18n/catalog';
import { useTestLocale } from '../../support/i18n';
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
          stoodMs: 30.4 * MIN,
        },
      },
      { day: '2026-03-02', totals: emptyDay() },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'date,breaks_due,due_breaks_taken,guided_breaks,natural_breaks,snoozes,skips,minutes_sat,longest_sit_minutes,minutes_stood',
      '2026-03-01,4,3,2,1,2,1,126,52,30',
      '2026-03-02,0,0,0,0,0,0,0,0,0',
      '',
    ]);
  });

  it('is only the header when there is no history', () => {
    expect(historyCsv([])).toBe(`${csvHeader()}\r\n`);
  });

  it('names the file after the day of the export', () => {
    expect(csvFileName('2026-03-02')).toBe('limber-history-2026-03-02.csv');
  });

  it('names the columns and the file in the user’s language, keeping the order', () => {
    useTestLocale('de');
    expect(csvHeader().split(',')).toEqual([
      'datum',
      'faellige_pausen',
      'faellige_pausen_gemacht',
      'gefuehrte_pausen',
      'natuerliche_pausen',
      'aufgeschoben',
      'uebersprungen',
      'sitzminuten',
      'laengste_sitzung_minuten',
      'stehminuten',
    ]);
    expect(csvFileName('2026-03-02')).toBe('limber-verlauf-2026-03-02.csv');
  });

  it.each(LOCALES)(
    'in %s, writes column and file names any spreadsheet or script can take as they are',
    (locale) => {
      useTestLocale(locale);
      const names = csvHeader().split(',');
      expect(names).toHaveLength(10);
      // Plain ASCII words: no quoting needed, and no mangled letters where a spreadsheet guesses
      // the file's encoding.
      for (const name of names) expect(name).toMatch(/^[a-z][a-z_]*$/);
      expect(new Set(names).size).toBe(names.length);
      expect(csvFileName('2026-03-02')).toMatch(/^[a-z-]+-2026-03-02\.csv$/);
    },
  );
});
