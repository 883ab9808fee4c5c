import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DiaryEntry, PAIN_TAGS } from '@/lib/diary/entry';
import {
  notBetterAfterWeeks,
  painRising,
  parseShownSuggestion,
  SUGGESTION_GAP_MS,
  suggestion,
  tagsOnSeveralDays,
} from '@/lib/diary/suggest';
import { addDays, localDayKey } from '@/lib/history/days';

const DAY = 24 * 3_600_000;
const NOW = new Date(2026, 5, 15, 18).getTime();
const TODAY = localDayKey(NOW);

/** A diary from [days ago, pain, tags] rows. */
function diaryOf(rows: [number, number, DiaryEntry['tags']?][]): Record<string, DiaryEntry> {
  return Object.fromEntries(
    rows.map(([ago, pain, tags = []]) => {
      const date = addDays(TODAY, -ago);
      return [date, { date, pain, tags, updatedAt: 1 }];
    }),
  );
}

/** Six weeks and more of entries, every other day, at these pains for the first and last weeks. */
function weeks(first: number, last: number, span = 44): Record<string, DiaryEntry> {
  const rows: [number, number][] = [];
  for (let ago = span; ago >= 0; ago -= 2)
    rows.push([ago, ago > span - 7 ? first : ago < 7 ? last : 5]);
  return diaryOf(rows);
}

describe('diary suggestions', () => {
  it.each([
    [
      'rising by 2 or more over the week',
      [
        [6, 2],
        [5, 2],
        [2, 5],
        [0, 5],
      ],
      true,
    ],
    [
      'rising by less than 2',
      [
        [6, 3],
        [5, 3],
        [2, 4],
        [0, 4],
      ],
      false,
    ],
    [
      'falling',
      [
        [6, 6],
        [5, 6],
        [2, 2],
        [0, 2],
      ],
      false,
    ],
    [
      'with only 3 entries in the week',
      [
        [6, 1],
        [2, 6],
        [0, 9],
      ],
      false,
    ],
    [
      'rising across more than a week',
      [
        [9, 1],
        [8, 1],
        [1, 6],
        [0, 6],
      ],
      false,
    ],
  ] as const)('pain %s: rising is %s', (_, rows, rising) => {
    expect(painRising(diaryOf(rows as unknown as [number, number][]), TODAY)).toBe(rising);
  });

  it.each([
    [
      'leg on 3 of the last 7 days',
      [
        [0, 3, ['leg']],
        [3, 3, ['leg']],
        [6, 3, ['leg']],
      ],
      true,
    ],
    [
      'night on 3 days',
      [
        [1, 3, ['night']],
        [2, 3, ['night', 'stiff']],
        [4, 3, ['night']],
      ],
      true,
    ],
    [
      'leg on 2 and night on 1',
      [
        [0, 3, ['leg']],
        [1, 3, ['leg']],
        [2, 3, ['night']],
      ],
      false,
    ],
    [
      'leg on 3 days, one 7 days ago',
      [
        [0, 3, ['leg']],
        [1, 3, ['leg']],
        [7, 3, ['leg']],
      ],
      false,
    ],
    [
      'spasm and stiff every day',
      [
        [0, 3, ['spasm', 'stiff']],
        [1, 3, ['spasm']],
        [2, 3, ['stiff']],
      ],
      false,
    ],
  ] as const)('tags: %s → %s', (_, rows, several) => {
    const diary = diaryOf(rows as unknown as [number, number, DiaryEntry['tags']][]);
    expect(tagsOnSeveralDays(diary, TODAY)).toBe(several);
  });

  it.each([
    ['the same pain after six weeks', weeks(5, 5), true],
    ['better by less than 2 points', weeks(6, 5), true],
    ['better by 2 points', weeks(6, 4), false],
    ['mild now', weeks(2, 2), false],
    ['worse', weeks(3, 6), true],
    ['only five weeks of entries', weeks(5, 5, 35), false],
  ] as const)('%s: suggest an appointment is %s', (_, diary, expected) => {
    expect(notBetterAfterWeeks(diary, TODAY)).toBe(expected);
  });

  it('puts the red-flag check first, and nothing within a week of the last one shown', () => {
    const both = {
      ...weeks(5, 5),
      ...diaryOf([
        [0, 5, ['night']],
        [2, 5, ['night']],
        [4, 5, ['night']],
      ]),
    };
    expect(suggestion(both, NOW, null)).toBe('redFlagCheck');
    expect(suggestion(weeks(5, 5), NOW, null)).toBe('appointment');
    expect(suggestion(weeks(5, 5), NOW, { kind: 'appointment', at: NOW - 6 * DAY })).toBeNull();
    expect(suggestion(weeks(5, 5), NOW, { kind: 'redFlagCheck', at: NOW - 7 * DAY })).toBe(
      'appointment',
    );
    // A clock set back a little holds the next one back too; one a year ahead does not.
    expect(suggestion(weeks(5, 5), NOW, { kind: 'appointment', at: NOW + DAY })).toBeNull();
    expect(suggestion(weeks(5, 5), NOW, { kind: 'appointment', at: NOW + 365 * DAY })).toBe(
      'appointment',
    );
    expect(suggestion({}, NOW, null)).toBeNull();
  });

  it('never suggests twice within a week, over any diary and any days it is asked', () => {
    const entryRows = fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 10 }),
        fc.subarray([...PAIN_TAGS]),
      ),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(
        entryRows,
        fc.array(fc.integer({ min: 0, max: 30 * DAY }), { maxLength: 40 }),
        (rows, offsets) => {
          const diary = diaryOf(rows);
          let last: { kind: 'redFlagCheck' | 'appointment'; at: number } | null = null;
          const shown: number[] = [];
          for (const at of [...offsets].sort((a, b) => a - b).map((o) => NOW + o)) {
            const kind = suggestion(diary, at, last);
            if (kind) {
              last = { kind, at };
              shown.push(at);
            }
          }
          for (let i = 1; i < shown.length; i++) {
            expect((shown[i] as number) - (shown[i - 1] as number)).toBeGreaterThanOrEqual(
              SUGGESTION_GAP_MS,
            );
          }
        },
      ),
    );
  });

  it('reads the last suggestion shown from storage, or nothing', () => {
    expect(parseShownSuggestion({ kind: 'appointment', at: 5 })).toEqual({
      kind: 'appointment',
      at: 5,
    });
    for (const bad of [
      null,
      'x',
      { kind: 'diagnosis', at: 5 },
      { kind: 'appointment', at: -1 },
      [],
    ]) {
      expect(parseShownSuggestion(bad)).toBeNull();
    }
  });
});
