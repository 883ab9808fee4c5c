import { describe, expect, it } from 'vitest';
import { formatDuration, wholeMinutes } from '@/lib/history/format';
import { useTestLocale } from '../../support/i18n';
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

  it('reads in the extension’s language', () => {
    useTestLocale('de');
    expect(formatDuration(20_000)).toBe('unter einer Minute');
    expect(formatDuration(125 * MIN)).toBe('2 Std. 5 Min.');
    useTestLocale('es');
    expect(formatDuration(20_000)).toBe('menos de un minuto');
  });
});
