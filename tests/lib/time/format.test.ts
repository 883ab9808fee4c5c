import { describe, expect, it } from 'vitest';
import {
  describeCountdown,
  formatClock,
  formatCountdown,
  formatDuration,
  formatMoment,
  spokenTimeLeft,
  wholeMinutes,
} from '@/lib/time/format';
import { useTestLocale } from '../../support/i18n';

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;

function local(y: number, m: number, d: number, h = 0, min = 0): number {
  return new Date(y, m - 1, d, h, min).getTime();
}

describe('formatCountdown', () => {
  it.each([
    [0, '0:00'],
    [-5 * SEC, '0:00'],
    [1, '0:01'],
    [999, '0:01'],
    [SEC, '0:01'],
    [SEC + 1, '0:02'],
    [59 * SEC, '0:59'],
    [MIN, '1:00'],
    [12 * MIN + 5 * SEC, '12:05'],
    [HOUR - 1, '1:00:00'],
    [HOUR + 1, '1:00:01'],
    [2 * HOUR + 3 * MIN + 4 * SEC, '2:03:04'],
  ])('shows %i ms as %s, rounding seconds up', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('formatCountdown at the break page', () => {
  it('shows minutes and two-digit seconds, rounded up', () => {
    expect(formatCountdown(5 * 60_000)).toBe('5:00');
    expect(formatCountdown(65_000)).toBe('1:05');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-5_000)).toBe('0:00');
  });
});

describe('describeCountdown', () => {
  it('says the time in words', () => {
    expect(describeCountdown(2 * 60_000)).toBe('2 minutes');
    expect(describeCountdown(61_000)).toBe('1 minute 1 second');
    expect(describeCountdown(42_000)).toBe('42 seconds');
    expect(describeCountdown(0)).toBe('0 seconds');
  });

  it('says it in the user’s language and plural rules', () => {
    useTestLocale('es');
    expect(describeCountdown(61_000)).toBe('1 minuto y 1 segundo');
    useTestLocale('de');
    expect(describeCountdown(125_000)).toBe('2 Minuten 5 Sekunden');
    useTestLocale('fr');
    // French counts zero in the singular.
    expect(describeCountdown(0)).toBe('0 seconde');
  });
});

// One duration for every page: the popup's "Time sat" once rounded down while the history
// page rounded to the nearest minute, so the same day could read 44 min in one and 45 in the
// other. Both now read as the history always did.
describe('formatDuration', () => {
  it.each([
    [0, '0 min'],
    [-MIN, '0 min'],
    [20 * SEC, 'under a minute'],
    [29 * SEC, 'under a minute'],
    [30 * SEC, '1 min'],
    [59 * SEC, '1 min'],
    [45 * MIN, '45 min'],
    [45 * MIN + 29 * SEC, '45 min'],
    [45 * MIN + 59 * SEC, '46 min'],
    [59.6 * MIN, '1 h'],
    [HOUR, '1 h'],
    [2 * HOUR + 5 * MIN, '2 h 5 min'],
    [125 * MIN, '2 h 5 min'],
  ])('shows %i ms as %s, in whole minutes rounded to the nearest', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('reads in the extension’s language', () => {
    useTestLocale('de');
    expect(formatDuration(20_000)).toBe('unter einer Minute');
    expect(formatDuration(125 * MIN)).toBe('2 Std. 5 Min.');
    useTestLocale('es');
    expect(formatDuration(20_000)).toBe('menos de un minuto');
    useTestLocale('fr');
    expect(formatDuration(20_000)).toBe('moins d’une minute');
  });
});

describe('wholeMinutes', () => {
  it('rounds to the nearest whole minute', () => {
    expect(wholeMinutes(89_999)).toBe(1);
    expect(wholeMinutes(90_000)).toBe(2);
  });
});

describe('spokenTimeLeft', () => {
  it.each([
    [0, 'less than a minute'],
    [59 * SEC, 'less than a minute'],
    [MIN, '1 minute'],
    [MIN + 1, '2 minutes'],
    [12 * MIN, '12 minutes'],
    [HOUR, '1 hour'],
    [HOUR + MIN, '1 hour 1 minute'],
    [2 * HOUR + 30 * MIN, '2 hours 30 minutes'],
  ])('says %i ms as "%s"', (ms, text) => {
    expect(spokenTimeLeft(ms)).toBe(text);
  });

  it('changes at most once a minute', () => {
    const said = new Set<string>();
    for (let ms = 10 * MIN + 1; ms <= 11 * MIN; ms += SEC) said.add(spokenTimeLeft(ms));
    expect([...said]).toEqual(['11 minutes']);
  });
});

describe('formatClock', () => {
  it('gives hours and minutes on one line, with no ordinary space to break at', () => {
    const text = formatClock(local(2025, 6, 10, 14, 30));
    expect(text).toMatch(/^(2:30\u00a0PM|14:30)$/);
  });
});

describe('formatMoment', () => {
  const now = local(2025, 6, 10, 10, 0);

  it('gives only the clock for later today', () => {
    expect(formatMoment(local(2025, 6, 10, 14, 30), now)).toBe(
      formatClock(local(2025, 6, 10, 14, 30)),
    );
  });

  it('says midnight for the very start of tomorrow (a pause "until tomorrow")', () => {
    expect(formatMoment(local(2025, 6, 11), now)).toBe('midnight');
  });

  it('says tomorrow for other times tomorrow', () => {
    const at = local(2025, 6, 11, 9, 0);
    expect(formatMoment(at, now)).toBe(`tomorrow at ${formatClock(at)}`);
  });

  it('names the weekday further ahead', () => {
    const at = local(2025, 6, 16, 9, 0); // a Monday
    expect(formatMoment(at, now)).toBe(
      `${new Date(at).toLocaleDateString([], { weekday: 'short' })} at ${formatClock(at)}`,
    );
    expect(formatMoment(at, now)).not.toMatch(/^tomorrow/);
  });

  it('counts local days across the clocks going back (a 25-hour day)', () => {
    const saturday = local(2025, 10, 25, 22, 0);
    expect(formatMoment(local(2025, 10, 26, 23, 30), saturday)).toMatch(/^tomorrow at /);
    expect(formatMoment(local(2025, 10, 27), saturday)).not.toMatch(/^tomorrow|midnight/);
  });
});
