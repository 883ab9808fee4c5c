import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMonth, encodeMonth, isMonthKey, keptMonthKeys, monthKey } from '@/lib/diary/compact';
import {
  type DiaryEntry,
  entriesOf,
  keptDiary,
  mergeDiaries,
  PAIN_TAGS,
  parseEntry,
} from '@/lib/diary/entry';

const NOW = new Date(2026, 5, 15, 12).getTime();

describe('diary entries', () => {
  it('accepts a day, a 0-10 pain and known tags, putting the tags in order', () => {
    expect(
      parseEntry({ date: '2026-06-01', pain: 0, tags: ['night', 'stiff', 'night'], updatedAt: 1 }),
    ).toEqual({ date: '2026-06-01', pain: 0, tags: ['stiff', 'night'], updatedAt: 1 });
  });

  it.each([
    ['a pain over 10', { pain: 11 }],
    ['a negative pain', { pain: -1 }],
    ['a fraction', { pain: 4.5 }],
    ['a day that does not exist', { date: '2026-02-29' }],
    ['an unknown tag', { tags: ['sore'] }],
    ['tags that are not a list', { tags: 'leg' }],
    ['no edit time', { updatedAt: undefined }],
    ['an edit time that is not a number', { updatedAt: 'now' }],
  ])('refuses %s', (_, change) => {
    expect(
      parseEntry({ date: '2026-06-01', pain: 3, tags: [], updatedAt: 1, ...change }),
    ).toBeNull();
  });

  it('merges two copies, the newest edit of each day winning', () => {
    const a = { '2026-06-01': entry('2026-06-01', 3, 5), '2026-06-02': entry('2026-06-02', 4, 9) };
    const b = { '2026-06-01': entry('2026-06-01', 6, 7), '2026-06-03': entry('2026-06-03', 1, 1) };
    expect(mergeDiaries(a, b)).toEqual({
      '2026-06-01': entry('2026-06-01', 6, 7),
      '2026-06-02': entry('2026-06-02', 4, 9),
      '2026-06-03': entry('2026-06-03', 1, 1),
    });
  });

  it('keeps a year, up to today', () => {
    const diary = Object.fromEntries(
      ['2025-06-14', '2025-06-15', '2026-06-15', '2026-06-16'].map((d) => [d, entry(d, 1, 1)]),
    );
    expect(Object.keys(keptDiary(diary, '2026-06-15', NOW))).toEqual(['2025-06-15', '2026-06-15']);
    expect(entriesOf(diary).map((e) => e.date)).toEqual(Object.keys(diary).sort());
  });
});

function entry(date: string, pain: number, updatedAt: number, tags: DiaryEntry['tags'] = []) {
  return { date, pain, tags, updatedAt };
}

describe('the compact monthly form', () => {
  it('names a key per month and lists the 13 months a kept year can touch', () => {
    expect(monthKey('2026-06-15')).toBe('diary-2026-06');
    expect(isMonthKey('diary-2026-06')).toBe(true);
    expect(isMonthKey('diary-2026-13')).toBe(false);
    const keys = keptMonthKeys(NOW);
    expect(keys[0]).toBe('diary-2025-06');
    expect(keys.at(-1)).toBe('diary-2026-06');
    expect(keys).toHaveLength(13);
  });

  it('reads back exactly what it wrote, for any entries of a month', () => {
    const entries = fc.uniqueArray(
      fc.record({
        day: fc.integer({ min: 1, max: 30 }),
        pain: fc.integer({ min: 0, max: 10 }),
        tags: fc.subarray([...PAIN_TAGS]),
        updatedAt: fc.integer({ min: 0, max: 2 ** 45 }),
      }),
      { selector: (e) => e.day },
    );
    fc.assert(
      fc.property(entries, (list) => {
        const diary = list.map((e) =>
          entry(`2026-06-${String(e.day).padStart(2, '0')}`, e.pain, e.updatedAt, e.tags),
        );
        const stored = JSON.parse(JSON.stringify(encodeMonth('diary-2026-06', diary)));
        expect(decodeMonth('diary-2026-06', stored)).toEqual(
          Object.fromEntries(diary.map((e) => [e.date, e])),
        );
        // A month full of tagged days stays far under sync's 8,192 bytes an item.
        expect(JSON.stringify(stored).length).toBeLessThan(1_000);
      }),
    );
  });

  it('leaves out entries of other months, and drops damaged days when reading', () => {
    expect(encodeMonth('diary-2026-06', [entry('2026-05-31', 2, 1)])).toEqual({});
    expect(
      decodeMonth('diary-2026-06', {
        '01': [3, 1, 10],
        '02': [11, 0, 10],
        '03': [3, 99, 10],
        '31': [3, 0, 10],
        x: [3, 0, 10],
        '04': 'bad',
      }),
    ).toEqual({ '2026-06-01': entry('2026-06-01', 3, 10, ['stiff']) });
    expect(decodeMonth('diary-2026-06', [1, 2])).toEqual({});
    expect(decodeMonth('other', { '01': [3, 1, 10] })).toEqual({});
  });
});
