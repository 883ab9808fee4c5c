import { describe, expect, it } from 'vitest';
import { formatDuration, plural, wholeMinutes } from '@/lib/history/format';
import { MIN } from './helpers';

describe('durations for reading', () => {
  it.each([
    [0, '0 min'],
    [20_000, 'under a minute'],
    [45 * MIN, '45 min'],
    [60 * MIN, '1 h'],
    [125 * MIN, '2 h 5 min'],
    [59.6 * MIN, '1 h'],
  ])('%d ms reads as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('rounds to the nearest whole minute', () => {
    expect(wholeMinutes(89_999)).toBe(1);
    expect(wholeMinutes(90_000)).toBe(2);
  });

  it('pluralises', () => {
    expect(plural(1, 'break')).toBe('1 break');
    expect(plural(0, 'break')).toBe('0 breaks');
  });
});
