import { describe, expect, it } from 'vitest';
import {
  breakLengthsProblem,
  checkNumber,
  checkWorkingDays,
  checkWorkingTime,
  formatTimeOfDay,
  parseTimeOfDay,
  showTimeOfDay,
} from '@/lib/settings/validate';
import { useTestLocale } from '../../support/i18n';

describe('checkNumber', () => {
  it.each([
    ['30', 30],
    [' 45 ', 45],
    ['5', 5],
    ['240', 240],
    ['+60', 60],
  ])('accepts %j as %d minutes of sitting', (text, value) => {
    expect(checkNumber('sitMinutes', text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Enter a number from 5 to 240 minutes.'],
    ['   ', 'Enter a number from 5 to 240 minutes.'],
    ['abc', 'Use digits only: a whole number from 5 to 240 minutes.'],
    ['1e2', 'Use digits only: a whole number from 5 to 240 minutes.'],
    ['30 min', 'Use digits only: a whole number from 5 to 240 minutes.'],
    ['-5', 'Cannot be negative. Use 5 to 240 minutes.'],
    ['0', 'Cannot be 0. Use 5 to 240 minutes.'],
    ['-0', 'Cannot be 0. Use 5 to 240 minutes.'],
    ['2.5', 'Use a whole number of minutes, from 5 to 240.'],
    ['4', 'At least 5 minutes.'],
    ['241', 'At most 240 minutes.'],
    ['99999999999999999999999', 'At most 240 minutes.'],
  ])('refuses %j with a clear message', (text, message) => {
    expect(checkNumber('sitMinutes', text)).toEqual({ ok: false, message });
  });

  it('trusts the browser when it says a number field holds no number', () => {
    expect(checkNumber('sitMinutes', '', true)).toEqual({
      ok: false,
      message: 'Use digits only: a whole number from 5 to 240 minutes.',
    });
  });

  it('allows 0 where 0 means "off"', () => {
    expect(checkNumber('longBreakEvery', '0')).toEqual({ ok: true, value: 0 });
    expect(checkNumber('maxSnoozes', '0')).toEqual({ ok: true, value: 0 });
  });

  it('says why the idle threshold cannot be shorter', () => {
    expect(checkNumber('idleSeconds', '10')).toEqual({
      ok: false,
      message: 'At least 15 seconds: browsers cannot tell sooner.',
    });
  });

  it('says it in the browser’s language, numbers written as the field takes them', () => {
    useTestLocale('de');
    expect(checkNumber('idleSeconds', '4000')).toEqual({
      ok: false,
      message: 'Höchstens 3600 Sekunden.',
    });
    expect(checkNumber('sitMinutes', '')).toEqual({
      ok: false,
      message: 'Geben Sie eine Zahl von 5 bis 240 Minuten ein.',
    });
    useTestLocale('es');
    expect(checkNumber('breakMinutes', '0')).toEqual({
      ok: false,
      message: 'No puede ser 0. Usa de 1 a 30 minutos.',
    });
  });

  it('uses the singular unit for one', () => {
    expect(checkNumber('breakMinutes', '31')).toEqual({
      ok: false,
      message: 'At most 30 minutes.',
    });
    expect(checkNumber('snoozeMinutes', '0')).toEqual({
      ok: false,
      message: 'Cannot be 0. Use 1 to 60 minutes.',
    });
  });
});

describe('times of day', () => {
  it.each([
    ['09:00', 'start', 540],
    ['17:30', 'end', 1050],
    ['00:00', 'start', 0],
    ['00:00', 'end', 1440],
    ['23:59', 'end', 1439],
  ] as const)('reads %s as the %s at minute %d', (text, which, minute) => {
    expect(parseTimeOfDay(text, which)).toBe(minute);
  });

  it.each(['', '9:00', '24:00', '12:60', 'noon', '12:00:00'])('refuses %j', (text) => {
    expect(parseTimeOfDay(text, 'start')).toBeNull();
  });

  it('writes minutes back as the time input shows them', () => {
    expect(formatTimeOfDay(540)).toBe('09:00');
    expect(formatTimeOfDay(1050)).toBe('17:30');
    expect(formatTimeOfDay(1440)).toBe('00:00');
  });

  it('refuses an end at or before the start, naming the start', () => {
    expect(checkWorkingTime('end', '09:00', 540)).toEqual({
      ok: false,
      message:
        'Must be after the start of your working day (9:00\u00a0AM). Hours cannot run past midnight.',
    });
    expect(checkWorkingTime('end', '08:00', 540).ok).toBe(false);
    expect(checkWorkingTime('end', '00:00', 540)).toEqual({ ok: true, value: 1440 });
  });

  it('refuses a start at or after the end, naming the end', () => {
    expect(checkWorkingTime('start', '18:00', 1050)).toEqual({
      ok: false,
      message: 'Must be before the end of your working day (5:30\u00a0PM).',
    });
    expect(checkWorkingTime('start', '08:15', 1050)).toEqual({ ok: true, value: 495 });
  });

  it('shows times in the user’s own clock style, the end of the day as midnight', () => {
    expect(showTimeOfDay(1050)).toBe('5:30\u00a0PM');
    expect(showTimeOfDay(1440)).toBe('12:00\u00a0AM');
    useTestLocale('de');
    expect(showTimeOfDay(540)).toBe('9:00');
    expect(showTimeOfDay(1440)).toBe('0:00');
    expect(checkWorkingTime('start', '18:00', 1050)).toEqual({
      ok: false,
      message: 'Muss vor dem Ende Ihres Arbeitstags liegen (17:30).',
    });
  });

  it('asks for a time when the field is empty', () => {
    expect(checkWorkingTime('start', '', 1050)).toEqual({
      ok: false,
      message: 'Enter the time your working day starts, like 09:00.',
    });
  });
});

describe('checkWorkingDays', () => {
  it('needs at least one day', () => {
    expect(checkWorkingDays([])).toEqual({
      ok: false,
      message: 'Choose at least one working day.',
    });
  });

  it('sorts and de-duplicates', () => {
    expect(checkWorkingDays([5, 1, 3, 1])).toEqual({ ok: true, value: [1, 3, 5] });
  });
});

describe('breakLengthsProblem', () => {
  const base = { breakMinutes: 2, longBreakMinutes: 5, longBreakEvery: 2 };

  it('accepts a longer break at least as long as a normal one', () => {
    expect(breakLengthsProblem(base, 'breakMinutes')).toBeNull();
    expect(breakLengthsProblem({ ...base, breakMinutes: 5 }, 'breakMinutes')).toBeNull();
  });

  it('names the other length on the field that was changed', () => {
    expect(breakLengthsProblem({ ...base, breakMinutes: 10 }, 'breakMinutes')).toBe(
      'Cannot be longer than the longer break (5 minutes). Lengthen that first.',
    );
    expect(breakLengthsProblem({ ...base, longBreakMinutes: 1 }, 'longBreakMinutes')).toBe(
      'Cannot be shorter than a normal break (2 minutes).',
    );
  });

  it('ignores the lengths when longer breaks are off', () => {
    expect(
      breakLengthsProblem({ ...base, longBreakEvery: 0, breakMinutes: 10 }, 'breakMinutes'),
    ).toBeNull();
  });
});
