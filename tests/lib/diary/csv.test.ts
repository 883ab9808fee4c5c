import { describe, expect, it } from 'vitest';
import { diaryCsv, diaryCsvFileName } from '@/lib/diary/csv';
import type { PainDay } from '@/lib/diary/insights';
import { useTestLocale } from '../../support/i18n';

const day = (patch: Partial<PainDay>): PainDay => ({
  day: '2026-03-01',
  pain: null,
  tags: [],
  satMs: 0,
  due: 0,
  taken: 0,
  ...patch,
});

describe('the diary as CSV', () => {
  useTestLocale('en');

  it('writes one line per day with an entry, tags as codes, CRLF line ends', () => {
    const text = diaryCsv([
      day({
        day: '2026-03-01',
        pain: 4,
        tags: ['stiff', 'leg'],
        satMs: 125 * 60_000,
        due: 4,
        taken: 3,
      }),
      day({ day: '2026-03-02', satMs: 60 * 60_000, due: 2 }),
      day({ day: '2026-03-03', pain: 0 }),
    ]);
    expect(text).toBe(
      'date,pain_0_to_10,notes,minutes_sat,breaks_due,due_breaks_taken\r\n' +
        '2026-03-01,4,stiff leg,125,4,3\r\n' +
        '2026-03-03,0,,0,0,0\r\n',
    );
    expect(diaryCsvFileName('2026-03-03')).toBe('limber-pain-diary-2026-03-03.csv');
  });
});
