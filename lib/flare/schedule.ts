/**
 * The schedule while flare mode is on: breaks come more often and are shorter. NICE NG59 and the
 * NHS back-pain page say to keep moving and stay active, avoiding long bed rest; and people with
 * back pain do better changing position often than holding any one posture for long (O'Sullivan
 * 2020, Br J Sports Med 54:698). So with a painful back Limber asks for a brief, gentle change
 * of position twice as often, rather than a longer routine: half the sitting time, never below
 * 15 minutes (more often than that becomes an interruption that is hard to keep up at work, and
 * the shortest the user could already choose in the normal schedule is 5), and breaks half as
 * long, at least a minute. The user's own schedule is never made longer or less frequent.
 *
 * The engine never learns about flares: the shell passes these settings as its `settings`
 * (lib/session/machine.ts StepContext), so the schedule stays pure and tested as it is.
 */

import type { Settings } from '@/lib/settings/schema';
import { type FlareState, flareActive } from './state';

/** The sitting time in a flare is never shorter than this, in minutes. */
export const FLARE_MIN_SIT_MINUTES = 15;

/** The schedule's settings in a flare, from the user's own. */
export function flareSchedule(settings: Settings): Settings {
  const sitMinutes = Math.min(
    settings.sitMinutes,
    Math.max(FLARE_MIN_SIT_MINUTES, Math.round(settings.sitMinutes / 2)),
  );
  const breakMinutes = Math.max(1, Math.round(settings.breakMinutes / 2));
  // A longer break stays at least as long as a normal one (lib/settings/validate.ts).
  const longBreakMinutes = Math.max(breakMinutes, Math.round(settings.longBreakMinutes / 2));
  return { ...settings, sitMinutes, breakMinutes, longBreakMinutes };
}

/** The settings the engine runs on at `now`: the flare schedule while a flare is in force. */
export function scheduleSettings(
  settings: Settings,
  flare: FlareState | null,
  now: number,
): Settings {
  return flareActive(flare, now) ? flareSchedule(settings) : settings;
}
