import { describe, expect, it } from 'vitest';
import { describeCountdown, formatCountdown } from '@/lib/routine/format';
import { useTestLocale } from '../../support/i18n';

describe('formatCountdown', () => {
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
