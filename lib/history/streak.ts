import type { DayTotals, OpenDue } from './aggregate';
import { addDays, type DayKey, localDayKey, oldestKeptDay } from './days';

export interface Streaks {
  /** Days in a row, up to today, on which every break that fell due was taken. */
  current: number;
  /** The longest such run in the kept year. */
  best: number;
}

type DayResult = 'kept' | 'missed' | 'none';

/**
 * A day keeps the streak when breaks fell due and each ended in a break. Days on which no break
 * fell due (a weekend, a day off) neither count nor break it. A break still waiting, or under
 * way, is not missed: the person may yet take it. One whose session ended without a break (a
 * pause, the end of working hours) is missed.
 */
function judge(totals: DayTotals | undefined, pending: boolean): DayResult {
  if (!totals || totals.due === 0) return 'none';
  const missed = totals.due - totals.dueTaken - (pending ? 1 : 0);
  return missed > 0 ? 'missed' : 'kept';
}

export function streaks(
  days: Readonly<Record<DayKey, DayTotals>>,
  openDue: OpenDue | null,
  now: number,
): Streaks {
  const oldest = oldestKeptDay(now);
  let day = oldest;
  const today = localDayKey(now);
  let run = 0;
  let best = 0;
  for (;;) {
    const result = judge(days[day], openDue?.day === day && openDue.stage !== 'ended');
    if (result === 'kept') run += 1;
    if (result === 'missed') run = 0;
    best = Math.max(best, run);
    if (day >= today) break;
    day = addDays(day, 1);
  }
  return { current: run, best };
}
