import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { countWakeups } from './wakeups';

describe('wakeups in an hour of sitting (what BENCHMARKS.md reports)', () => {
  it('wakes once a minute while the person sits and ignores the reminder', () => {
    // 60 heartbeats; the reminder at 30 min and the single quiet one 5 min later.
    expect(countWakeups('ignores it')).toEqual({
      response: 'ignores it',
      alarms: 60,
      notifications: 2,
      userEvents: 0,
    });
  });

  it('wakes less during a break, and reminds once when the break is taken', () => {
    const count = countWakeups('takes the break');
    expect(count.notifications).toBe(1);
    expect(count.userEvents).toBe(1);
    expect(count.alarms).toBeLessThan(60);
    expect(count.alarms).toBeGreaterThan(50);
  });

  it('follows the settings: a longer interval means fewer reminders over a day', () => {
    const often = countWakeups('takes the break', DEFAULT_SETTINGS, 8);
    const rarely = countWakeups('takes the break', { ...DEFAULT_SETTINGS, sitMinutes: 60 }, 8);
    expect(rarely.notifications).toBeLessThan(often.notifications);
  });
});
