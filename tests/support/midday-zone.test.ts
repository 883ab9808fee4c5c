import { describe, expect, it } from 'vitest';
import { middayZone } from './midday-zone';

const localHour = (now: Date, zone: string) =>
  Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: zone }).format(
      now,
    ),
  );

describe('middayZone', () => {
  it('puts every hour of the UTC day at midday, local', () => {
    for (let hour = 0; hour < 24; hour++) {
      const now = new Date(Date.UTC(2026, 10, 29, hour, 59));
      const zone = middayZone(now);
      expect(localHour(now, zone), `${hour}:59 UTC in ${zone}`).toBe(12);
    }
  });

  it('names zones the browsers and Node know', () => {
    expect(middayZone(new Date(Date.UTC(2026, 10, 29, 0, 5)))).toBe('Etc/GMT-12');
    expect(middayZone(new Date(Date.UTC(2026, 10, 29, 12)))).toBe('UTC');
    expect(middayZone(new Date(Date.UTC(2026, 10, 29, 23)))).toBe('Etc/GMT+11');
  });
});
