import { initialState, step } from '@/lib/session/machine';
import type { EngineEvent, EngineState } from '@/lib/session/state';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

const HOUR = 60 * 60 * 1000;

/** How the simulated person answers a reminder. */
export type Response = 'takes the break' | 'ignores it';

export interface WakeupCount {
  response: Response;
  /** Alarm events: each one starts (or wakes) the service worker. */
  alarms: number;
  notifications: number;
  /** Messages from the break page or notification: the person acting. */
  userEvents: number;
}

/** What the background feeds the engine on each alarm: what it observes, as observeNow() does. */
const OBSERVED: EngineEvent[] = [
  { type: 'fullscreen', fullscreen: false },
  { type: 'presence', presence: 'active', watching: false },
];

/**
 * Wakeups in `hours` of sitting with the given settings, counted with the engine itself: the
 * clock jumps from each alarm to the next one the engine asks for, exactly as the shell runs it.
 * The person is at the keyboard throughout; a break runs its full length.
 */
export function countWakeups(
  response: Response,
  settings: Settings = DEFAULT_SETTINGS,
  hours = 1,
  start = Date.UTC(2026, 0, 5, 9),
): WakeupCount {
  const end = start + hours * HOUR;
  const ctx = (now: number) => ({ now, settings, tipIds: ['a', 'b', 'c'] });
  let state: EngineState = initialState(start, settings);
  let alarmAt: number | null = null;
  const count: WakeupCount = { response, alarms: 0, notifications: 0, userEvents: 0 };

  const apply = (events: EngineEvent[], now: number) => {
    for (const event of events) {
      const result = step(state, event, ctx(now));
      state = result.state;
      for (const effect of result.effects) {
        if (effect.type === 'setAlarm') alarmAt = effect.at;
        if (effect.type === 'notify') {
          count.notifications += 1;
          if (response === 'takes the break') pending = now;
        }
      }
    }
  };
  let pending: number | null = null;
  apply([{ type: 'tick' }], start);

  while (alarmAt !== null && alarmAt <= end) {
    const now: number = alarmAt;
    count.alarms += 1;
    apply(OBSERVED, now);
    if (pending !== null) {
      // The person clicks "Start break" on the notification a few seconds after it shows.
      pending = null;
      count.userEvents += 1;
      apply([{ type: 'startBreak' }], now + 5_000);
    }
  }
  return count;
}
