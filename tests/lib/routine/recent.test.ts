import { describe, expect, it } from 'vitest';
import { parseRecent, RECENT_KEEP_MS, rememberShown } from '@/lib/routine/recent';

const T0 = new Date(2026, 2, 2, 10, 0).getTime();

describe('parseRecent', () => {
  it('keeps well-formed entries and drops the rest', () => {
    expect(
      parseRecent([
        { id: 'head-turn', at: T0 },
        { id: '', at: T0 },
        { id: 'eye-break', at: 'yesterday' },
        { id: 'eye-break', at: Number.NaN },
        null,
        'head-turn',
        { id: 'eye-break', at: T0 + 1 },
      ]),
    ).toEqual([
      { id: 'head-turn', at: T0 },
      { id: 'eye-break', at: T0 + 1 },
    ]);
  });

  it('reads anything that is not a list as no history', () => {
    expect(parseRecent(undefined)).toEqual([]);
    expect(parseRecent({ id: 'head-turn', at: T0 })).toEqual([]);
    expect(parseRecent('[]')).toEqual([]);
  });
});

describe('rememberShown', () => {
  it('adds the move with the time it was shown', () => {
    expect(rememberShown([], 'head-turn', T0)).toEqual([{ id: 'head-turn', at: T0 }]);
  });

  it('keeps one entry per move, its latest showing, oldest first', () => {
    let list = rememberShown([], 'head-turn', T0);
    list = rememberShown(list, 'eye-break', T0 + 1000);
    list = rememberShown(list, 'head-turn', T0 + 2000);
    expect(list).toEqual([
      { id: 'eye-break', at: T0 + 1000 },
      { id: 'head-turn', at: T0 + 2000 },
    ]);
  });

  it('forgets what is older than a week, and entries from a clock that was ahead', () => {
    const list = rememberShown(
      [
        { id: 'old', at: T0 - RECENT_KEEP_MS },
        { id: 'kept', at: T0 - RECENT_KEEP_MS + 1 },
        { id: 'future', at: T0 + 60_000 },
      ],
      'eye-break',
      T0,
    );
    expect(list.map((r) => r.id)).toEqual(['kept', 'eye-break']);
  });

  it('keeps one entry per move from a stored list that names a move twice', () => {
    const list = rememberShown(
      [
        { id: 'head-turn', at: T0 - 3000 },
        { id: 'eye-break', at: T0 - 2000 },
        { id: 'head-turn', at: T0 - 1000 },
        { id: 'head-turn', at: T0 - 1000 },
      ],
      'neck-tilt',
      T0,
    );
    expect(list).toEqual([
      { id: 'eye-break', at: T0 - 2000 },
      { id: 'head-turn', at: T0 - 1000 },
      { id: 'neck-tilt', at: T0 },
    ]);
  });
});
