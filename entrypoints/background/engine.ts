import { TIPS, tipById } from '@/lib/content/tips';
import { foldRecords } from '@/lib/history/aggregate';
import { initialState, step } from '@/lib/session/machine';
import { appendRecords } from '@/lib/session/persist';
import type { BreakRecord, Effect, EngineEvent, EngineState } from '@/lib/session/state';
import type { Settings } from '@/lib/settings/schema';
import {
  engineStateItem,
  historyItem,
  readEngineState,
  readHistory,
  readSettings,
  recordsItem,
} from '@/lib/storage/items';
import { runEffects } from './effects';

const TIP_IDS = TIPS.map((tip) => tip.id);

export interface Dispatched {
  state: EngineState;
  settings: Settings;
  now: number;
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
  let state = (await readEngineState()) ?? initialState(now, settings);
  const effects: Effect[] = [];
  for (const event of events.length > 0 ? events : [{ type: 'tick' } as const]) {
    const result = step(state, event, { now, settings, tipIds: TIP_IDS });
    state = result.state;
    effects.push(...result.effects);
  }
  const records = effects.flatMap((e): BreakRecord[] => (e.type === 'record' ? [e.record] : []));
  await engineStateItem.setValue(state);
  if (records.length > 0) {
    await recordsItem.setValue(appendRecords(await recordsItem.getValue(), records, now));
    // Raw records last two weeks; the per-local-day totals they fold into last a year.
    await historyItem.setValue(foldRecords(await readHistory(), records, now));
  }
  await runEffects(effects, { state, settings, tip: tipById });
  return { state, settings, now };
}
