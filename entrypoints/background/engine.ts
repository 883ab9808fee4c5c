import type { Tip } from '@/lib/content/tips';
import { foldRecords } from '@/lib/history/aggregate';
import { initialState, step } from '@/lib/session/machine';
import { appendRecords } from '@/lib/session/persist';
import type { BreakRecord, Effect, EngineEvent, EngineState } from '@/lib/session/state';
import type { Settings } from '@/lib/settings/schema';
import { historyItem, readHistory } from '@/lib/storage/history';
import { engineStateItem, readEngineState, readSettings, recordsItem } from '@/lib/storage/items';
import { runEffects } from './effects';
import { loadTips } from './tips';

export interface Dispatched {
  state: EngineState;
  settings: Settings;
  now: number;
}

function stepAll(
  start: EngineState,
  events: readonly EngineEvent[],
  now: number,
  settings: Settings,
  tipIds: readonly string[],
): { state: EngineState; effects: Effect[] } {
  let state = start;
  const effects: Effect[] = [];
  for (const event of events) {
    const result = step(state, event, { now, settings, tipIds });
    state = result.state;
    effects.push(...result.effects);
  }
  return { state, effects };
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
  const settings = await readSettings();
  const start = (await readEngineState()) ?? initialState(now, settings);
  const batch = events.length > 0 ? events : [{ type: 'tick' } as const];
  let { state, effects } = stepAll(start, batch, now, settings, []);
  // Tips are read only when a reminder is shown. The engine is pure, so the same batch run
  // again with the tips gives the same outcome, now with a tip chosen.
  let tips: Tip[] = [];
  if (effects.some((effect) => effect.type === 'notify')) {
    tips = await loadTips();
    ({ state, effects } = stepAll(
      start,
      batch,
      now,
      settings,
      tips.map((tip) => tip.id),
    ));
  }
  const records = effects.flatMap((e): BreakRecord[] => (e.type === 'record' ? [e.record] : []));
  await engineStateItem.setValue(state);
  if (records.length > 0) {
    await recordsItem.setValue(appendRecords(await recordsItem.getValue(), records, now));
    // Raw records last two weeks; the per-local-day totals they fold into last a year.
    await historyItem.setValue(foldRecords(await readHistory(), records, now));
  }
  await runEffects(effects, { state, settings, tip: (id) => tips.find((tip) => tip.id === id) });
  return { state, settings, now };
}
