import type { Tip } from '@/lib/content/tips';
import { scheduleSettings } from '@/lib/flare/schedule';
import { type FlareState, flareActive } from '@/lib/flare/state';
import { foldRecords } from '@/lib/history/aggregate';
import { delivered, readOwed, settleDeliveries } from '@/lib/session/delivery';
import { initialState, stepAll } from '@/lib/session/machine';
import { appendRecords } from '@/lib/session/persist';
import type { BreakRecord, Effect, EngineEvent, EngineState } from '@/lib/session/state';
import { HEARTBEAT_MS } from '@/lib/session/timing';
import type { Settings } from '@/lib/settings/schema';
import { engineStateItem, flareItem, historyItem, recordsItem } from '@/lib/storage/items';
import { readSettings } from '@/lib/storage/settings';
import { type ItemWrite, setValues } from '@/lib/storage/store';
import { closedBreak } from './break-page';
import { runEffects, setWakeUp } from './effects';
import { loadTips } from './tips';

/** The batch's one alarm (see `stepAll`). */
type SetAlarm = Extract<Effect, { type: 'setAlarm' }>;

export interface Dispatched {
  state: EngineState;
  /**
   * The user's settings in force, as stored (not the flare schedule the engine ran on): the
   * pages apply a flare themselves from the stored flare state, as they do to stored settings.
   */
  settings: Settings;
  now: number;
}

/**
 * The one alarm never sleeps past a flare's end, so the schedule goes back to the user's own
 * when the flare's days are over even while nothing else would wake the worker (a long pause).
 */
function untilFlareEnds(effects: readonly Effect[], flare: FlareState | null): Effect[] {
  if (!flare) return [...effects];
  return effects.map((effect) =>
    effect.type === 'setAlarm' && (effect.at === null || effect.at > flare.until)
      ? { ...effect, at: flare.until }
      : effect,
  );
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Feeds events to the engine one batch at a time: load, step, save, then act. Serialised, so two
 * browser events arriving together can never overwrite each other's state.
 */
export function dispatch(...events: EngineEvent[]): Promise<Dispatched> {
  return serialized(() => dispatchNow(events));
}

/** Runs storage work in the same queue as the engine, so neither saves over the other. */
export function serialized<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

async function dispatchNow(events: EngineEvent[]): Promise<Dispatched> {
  const now = Date.now();
  const own = await readSettings();
  // Flare mode reaches the engine only as its settings (lib/flare/schedule.ts).
  const stored = await flareItem.getValue(now);
  const flare = flareActive(stored, now) ? stored : null;
  const settings = scheduleSettings(own, flare, now);
  // With what an interrupted run still owes the browser (lib/session/delivery.ts).
  const start = (await engineStateItem.getValue(now, readOwed)) ?? initialState(now, settings);
  // A break page that closed while the worker was stopped ends its break first, where it was
  // last seen; an explicit end (the page's port heard the close) needs no such guess.
  const closed = events.some((e) => e.type === 'endBreak') ? null : await closedBreak(start);
  const batch: EngineEvent[] = [
    ...(closed ? [closed] : []),
    ...(events.length > 0 ? events : [{ type: 'tick' } as const]),
  ];
  // What an interrupted batch still owed the browser is done now, with what this batch decided.
  const run = (tipIds: readonly string[]) => {
    const result = stepAll(start, batch, { now, settings, tipIds });
    return settleDeliveries(result.state, untilFlareEnds(result.effects, flare));
  };
  let { state, effects } = run([]);
  // Tips are read only when a reminder is shown. The engine is pure, so the same batch run
  // again with the tips gives the same outcome, now with a tip chosen.
  let tips: Tip[] = [];
  if (effects.some((effect) => effect.type === 'notify')) {
    tips = await loadTips();
    ({ state, effects } = run(tips.map((tip) => tip.id)));
  }
  const records = effects.flatMap((e): BreakRecord[] => (e.type === 'record' ? [e.record] : []));
  // Should the worker be stopped anywhere from here on, this wakes it (within a heartbeat) to
  // finish. While the user sits it is the batch's own alarm, which then need not be set again.
  const alarm = effects.find((effect): effect is SetAlarm => effect.type === 'setAlarm');
  const wakeUp = Math.min(alarm?.at ?? Number.POSITIVE_INFINITY, now + HEARTBEAT_MS);
  await setWakeUp(wakeUp);
  // The state (with what it owes the browser) and what the batch recorded, in one write.
  const writes: Promise<ItemWrite>[] = [engineStateItem.write(state)];
  if (records.length > 0) {
    // Raw records last two weeks; the per-local-day totals they fold into last a year.
    writes.push(
      recordsItem.write(appendRecords(await recordsItem.getValue(), records, now)),
      historyItem.write(foldRecords(await historyItem.getValue(), records, now)),
    );
  }
  await setValues(writes);
  const rest = effects.filter((effect) => !(effect.type === 'setAlarm' && effect.at === wakeUp));
  await runEffects(rest, {
    state,
    settings,
    flare,
    tip: (id) => tips.find((tip) => tip.id === id),
  });
  if (state.owed) {
    // Done, so a later wake has nothing left to redo. Cleared only now: a worker stopped before
    // this point leaves it owed, and the next wake does it.
    state = delivered(state);
    await engineStateItem.setValue(state);
  }
  return { state, settings: own, now };
}
