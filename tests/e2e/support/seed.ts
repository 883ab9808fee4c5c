import type { EngineState } from '@/lib/session/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const MIN = 60_000;

/**
 * An engine state in which the user has sat, present, for all but `dueInMs` of the default
 * interval: the shortest honest way to make a real reminder fall due within a test.
 */
export function sittingState(now: number, dueInMs: number): EngineState {
  const startedAt = now - (DEFAULT_SETTINGS.sitMinutes * MIN - dueInMs);
  return {
    version: 1,
    phase: {
      kind: 'sitting',
      session: { startedAt, satMs: 0, activeSince: startedAt, awaySince: null },
    },
    lastSeen: now,
    presence: 'active',
    fullscreen: false,
    breaksSinceLong: 0,
    shownTips: [],
  };
}

/** A day's key in the stored history ("2026-11-24"), in this machine's (and the browser's) zone. */
export function dayKey(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** The key of the day `offset` days from today (-1 is yesterday). */
export function localDayKey(offset: number): string {
  const now = new Date();
  return dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, 12));
}
