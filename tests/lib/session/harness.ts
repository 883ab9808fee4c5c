import { initialState, type StepContext, step } from '@/lib/session/machine';
import type { Effect, EngineEvent, EngineState } from '@/lib/session/state';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

export const MIN = 60_000;
/** Monday 2026-03-02 09:00 in Europe/London (the zone the unit tests run in). */
export const T0 = new Date(2026, 2, 2, 9, 0, 0, 0).getTime();
export const TIPS = ['a', 'b', 'c', 'd'] as const;

/**
 * A simulated clock driving the engine the way the background does: it wakes at every alarm the
 * engine sets (unless `sleep` says the machine was off), like Workrave's test clock.
 */
export class Sim {
  state: EngineState;
  now: number;
  effects: Effect[] = [];
  settings: Settings;

  constructor(settings: Partial<Settings> = {}, start = T0) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.now = start;
    this.state = initialState(start, this.settings);
    // The background re-checks on every start, which also sets the first alarm.
    this.send({ type: 'tick' });
  }

  get ctx(): StepContext {
    return { now: this.now, settings: this.settings, tipIds: TIPS };
  }

  send(event: EngineEvent): Effect[] {
    const result = step(this.state, event, this.ctx);
    this.state = result.state;
    this.effects.push(...result.effects);
    return result.effects;
  }

  alarm(): number | null {
    const last = [...this.effects].reverse().find((e) => e.type === 'setAlarm');
    return last?.type === 'setAlarm' ? last.at : null;
  }

  /** Lets time pass to `until`, firing every alarm on the way like Chrome would. */
  advanceTo(until: number): Effect[] {
    const out: Effect[] = [];
    for (let guard = 0; guard < 10_000; guard++) {
      const at = this.alarm();
      if (at === null || at > until) break;
      this.now = at;
      out.push(...this.send({ type: 'tick' }));
    }
    this.now = until;
    return out;
  }

  advance(ms: number): Effect[] {
    return this.advanceTo(this.now + ms);
  }

  /** The machine was asleep: no alarm fires until it wakes. */
  sleep(ms: number): void {
    this.now += ms;
  }

  setSettings(patch: Partial<Settings>): Effect[] {
    this.settings = { ...this.settings, ...patch };
    return this.send({ type: 'tick' });
  }
}

export function notifications(effects: Effect[]) {
  return effects.flatMap((e) => (e.type === 'notify' ? [e.notification] : []));
}

export function records(effects: Effect[]) {
  return effects.flatMap((e) => (e.type === 'record' ? [e.record] : []));
}
