/**
 * Ready-made break schedules, each grounded in a source from shared/content/health-facts.md
 * section 2. A preset sets only the four schedule fields; everything else stays as it is.
 */

import { SOURCES, type Source } from '@/lib/content/sources';
import type { Settings } from './schema';

export type ScheduleFields = Pick<
  Settings,
  'sitMinutes' | 'breakMinutes' | 'longBreakEvery' | 'longBreakMinutes'
>;

export interface SchedulePreset {
  id: string;
  name: string;
  /** Why this schedule, in our own words. */
  why: string;
  schedule: ScheduleFields;
  sources: readonly Source[];
}

export const SCHEDULE_PRESETS: readonly SchedulePreset[] = [
  {
    id: 'often',
    name: 'Every 20 minutes, 2 minutes',
    why: 'Two minutes of light walking every 20 minutes lowered blood sugar after meals in a trial.',
    schedule: { sitMinutes: 20, breakMinutes: 2, longBreakEvery: 0, longBreakMinutes: 5 },
    sources: [SOURCES.dunstan2012],
  },
  {
    id: 'default',
    name: 'Every 30 minutes, 2 minutes; every 2nd break 5 minutes',
    why: "Limber's default. Moving every half hour eased low-back discomfort and fatigue in office workers, and 5 minutes on your feet every half hour helped blood sugar.",
    schedule: { sitMinutes: 30, breakMinutes: 2, longBreakEvery: 2, longBreakMinutes: 5 },
    sources: [SOURCES.thorp2014, SOURCES.henson2016],
  },
  {
    id: 'hourly',
    name: 'Every 50 minutes, 5 minutes; every 2nd break 10 minutes',
    why: 'Short, frequent breaks beat long, rare ones: 5 to 10 minutes after 50 to 60 minutes of screen work.',
    schedule: { sitMinutes: 50, breakMinutes: 5, longBreakEvery: 2, longBreakMinutes: 10 },
    sources: [SOURCES.hseBreaks],
  },
];

export function matchingPreset(settings: ScheduleFields): SchedulePreset | undefined {
  return SCHEDULE_PRESETS.find(
    ({ schedule }) =>
      schedule.sitMinutes === settings.sitMinutes &&
      schedule.breakMinutes === settings.breakMinutes &&
      schedule.longBreakEvery === settings.longBreakEvery &&
      // With longer breaks off their length does not change the schedule.
      (schedule.longBreakEvery === 0 || schedule.longBreakMinutes === settings.longBreakMinutes),
  );
}

function minutes(n: number): string {
  return `${n} ${n === 1 ? 'minute' : 'minutes'}`;
}

function ordinal(n: number): string {
  if (n === 1) return 'every';
  if (n === 2) return 'every 2nd';
  if (n === 3) return 'every 3rd';
  return `every ${n}th`;
}

/** "A 2-minute break after every 30 minutes of sitting; every 2nd break lasts 5 minutes." */
export function describeSchedule(s: ScheduleFields): string {
  const base = `A ${s.breakMinutes}-minute break after every ${minutes(s.sitMinutes)} of sitting`;
  if (s.longBreakEvery === 0) return `${base}.`;
  if (s.longBreakEvery === 1)
    return `A ${s.longBreakMinutes}-minute break after every ${minutes(s.sitMinutes)} of sitting.`;
  return `${base}; ${ordinal(s.longBreakEvery)} break lasts ${minutes(s.longBreakMinutes)}.`;
}
