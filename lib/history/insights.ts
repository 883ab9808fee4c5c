import { SOURCES, type Source } from '@/lib/content/sources';
import { t, tn } from '@/lib/i18n/t';
import type { BreakRecord } from '@/lib/session/state';
import { formatDuration } from '@/lib/time/format';
import { DAY, HOUR, MINUTE } from '@/lib/time/units';
import type { DayTotals } from './aggregate';
import { addDays, type DayKey, localDayKey } from './days';

/** Raw records cover this window (lib/session/persist.ts keeps them two weeks). */
export const INSIGHT_WINDOW_MS = 14 * DAY;

/** Split hours tried for "your longest sits start after …": the working day. */
const SPLIT_HOURS = [9, 10, 11, 12, 13, 14, 15, 16, 17, 18];
const MIN_SESSIONS_EACH_SIDE = 3;
/** A difference worth saying: at least this many minutes, and a quarter longer. */
const MIN_DIFFERENCE_MS = 5 * MINUTE;
const MIN_RATIO = 1.25;

export type Insight =
  | {
      kind: 'sitsByHour';
      /** Sessions starting at or after this local hour are compared with those before it. */
      hour: number;
      longer: 'after' | 'before';
      longerAvgMs: number;
      shorterAvgMs: number;
    }
  | { kind: 'longSits'; count: number; total: number }
  | { kind: 'weekChange'; lastWeekMs: number; weekBeforeMs: number };

interface Sit {
  startHour: number;
  satMs: number;
}

const mean = (sits: readonly Sit[]) => sits.reduce((sum, s) => sum + s.satMs, 0) / sits.length;

function recentSits(records: readonly BreakRecord[], now: number): Sit[] {
  return records.flatMap((r) =>
    r.type === 'sat' && r.at >= now - INSIGHT_WINDOW_MS && r.at <= now && r.satMs >= MINUTE
      ? [{ startHour: new Date(r.startedAt).getHours(), satMs: r.satMs }]
      : [],
  );
}

/** The hour that best divides long sits from short ones, if the difference is clear. */
function sitsByHour(sits: readonly Sit[]): Insight | null {
  let best: Extract<Insight, { kind: 'sitsByHour' }> | null = null;
  for (const hour of SPLIT_HOURS) {
    const before = sits.filter((s) => s.startHour < hour);
    const after = sits.filter((s) => s.startHour >= hour);
    if (before.length < MIN_SESSIONS_EACH_SIDE || after.length < MIN_SESSIONS_EACH_SIDE) continue;
    const [a, b] = [mean(after), mean(before)];
    const longer = a >= b ? 'after' : 'before';
    const [longerAvgMs, shorterAvgMs] = a >= b ? [a, b] : [b, a];
    if (longerAvgMs - shorterAvgMs < MIN_DIFFERENCE_MS) continue;
    if (longerAvgMs < shorterAvgMs * MIN_RATIO) continue;
    const gain = longerAvgMs - shorterAvgMs;
    const bestGain = best ? best.longerAvgMs - best.shorterAvgMs : -1;
    // Of hours that split the sessions alike, say the tightest: "after" the latest of them,
    // "before" the earliest.
    if (gain > bestGain || (gain === bestGain && longer === 'after')) {
      best = { kind: 'sitsByHour', hour, longer, longerAvgMs, shorterAvgMs };
    }
  }
  return best;
}

function satOver(days: Readonly<Record<DayKey, DayTotals>>, keys: readonly DayKey[]) {
  const present = keys.map((k) => days[k]).filter((t): t is DayTotals => t !== undefined);
  return {
    ms: present.reduce((sum, t) => sum + t.satMs, 0),
    activeDays: present.filter((t) => t.satMs > 0).length,
  };
}

/** The 7 complete days before today against the 7 before those, when both were used. */
function weekChange(days: Readonly<Record<DayKey, DayTotals>>, now: number): Insight | null {
  const today = localDayKey(now);
  const week = (from: number) => Array.from({ length: 7 }, (_, i) => addDays(today, from + i));
  const last = satOver(days, week(-7));
  const before = satOver(days, week(-14));
  if (last.activeDays < 2 || before.activeDays < 2) return null;
  const diff = Math.abs(last.ms - before.ms);
  if (diff < 15 * MINUTE || diff < before.ms * 0.1) return null;
  return { kind: 'weekChange', lastWeekMs: last.ms, weekBeforeMs: before.ms };
}

/**
 * A few plain observations from the last two weeks. Each needs enough data to mean something;
 * with too little, there are none.
 */
export function findInsights(
  records: readonly BreakRecord[],
  days: Readonly<Record<DayKey, DayTotals>>,
  now: number,
): Insight[] {
  const sits = recentSits(records, now);
  const insights: Insight[] = [];
  const byHour = sitsByHour(sits);
  if (byHour) insights.push(byHour);
  const long = sits.filter((s) => s.satMs >= HOUR).length;
  if (long > 0) insights.push({ kind: 'longSits', count: long, total: sits.length });
  const change = weekChange(days, now);
  if (change) insights.push(change);
  return insights;
}

export interface InsightText {
  text: string;
  source?: Source;
}

/** The words for an insight; `formatHour` writes an hour of the day in the reader's style. */
export function insightText(insight: Insight, formatHour: (hour: number) => string): InsightText {
  switch (insight.kind) {
    case 'sitsByHour': {
      const key =
        insight.longer === 'after'
          ? 'history_insight_longer_after'
          : 'history_insight_longer_before';
      return {
        text: t(
          key,
          formatHour(insight.hour),
          formatDuration(insight.longerAvgMs),
          formatDuration(insight.shorterAvgMs),
        ),
      };
    }
    case 'longSits': {
      const { count, total } = insight;
      const finding =
        count !== total
          ? tn('history_insight_long_sits_some', count, total)
          : total === 1
            ? t('history_insight_long_sits_single')
            : tn('history_insight_long_sits_all', total);
      return {
        text: `${finding} ${t('history_insight_long_sits_advice')}`,
        source: SOURCES.hseBreaks,
      };
    }
    case 'weekChange': {
      const less = insight.lastWeekMs < insight.weekBeforeMs;
      const diff = formatDuration(Math.abs(insight.lastWeekMs - insight.weekBeforeMs));
      return { text: t(less ? 'history_insight_week_less' : 'history_insight_week_more', diff) };
    }
  }
}
