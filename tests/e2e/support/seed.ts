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
