/**
 * The user's answers to the workstation check and the to-do list they make, as pure functions
 * over a plain record (stored locally by lib/storage/items.ts, `workstationItem`, and read
 * through `parseWorkstation`, so any stored value reads as a valid record).
 *
 * Answers are kept per item, whichever items are asked now: turning the sit-stand mode off and on
 * again keeps the standing answers. What is shown (the progress, the to-do list, whether the
 * check is complete) is always worked out against the items asked now.
 */
import { isRecord } from '@/lib/settings/schema';
import { isWorkstationItemId, type WorkstationItem, type WorkstationItemId } from './checklist';

/** "Already right", or "Needs fixing" (which puts the item's fix on the to-do list). */
export type Answer = 'right' | 'fix';

export interface WorkstationRecord {
  answers: Readonly<Partial<Record<WorkstationItemId, Answer>>>;
  /** The to-dos the user has ticked off: items answered 'fix' only, each once. */
  fixed: readonly WorkstationItemId[];
  /** When the check was last completed (every item asked then answered), or null. */
  completedAt: number | null;
}

export const EMPTY_RECORD: WorkstationRecord = Object.freeze({
  answers: Object.freeze({}),
  fixed: Object.freeze([]),
  completedAt: null,
});

const isAnswer = (value: unknown): value is Answer => value === 'right' || value === 'fix';

/**
 * Any stored value as a valid record: unknown items and answers dropped, ticks kept only for
 * items that need fixing (each once), a completion time only when it is a real moment.
 */
export function parseWorkstation(stored: unknown): WorkstationRecord {
  if (!isRecord(stored)) return EMPTY_RECORD;
  const answers: Partial<Record<WorkstationItemId, Answer>> = {};
  if (isRecord(stored.answers)) {
    for (const [id, answer] of Object.entries(stored.answers)) {
      if (isWorkstationItemId(id) && isAnswer(answer)) answers[id] = answer;
    }
  }
  const fixed = Array.isArray(stored.fixed)
    ? [...new Set(stored.fixed)].filter(
        (id): id is WorkstationItemId => isWorkstationItemId(id) && answers[id] === 'fix',
      )
    : [];
  const at = stored.completedAt;
  const completedAt = typeof at === 'number' && Number.isFinite(at) && at > 0 ? at : null;
  return { answers, fixed, completedAt };
}

/** The index of the first item not yet answered, or -1 when every one is. */
export function firstUnanswered(
  items: readonly WorkstationItem[],
  record: WorkstationRecord,
): number {
  return items.findIndex((item) => record.answers[item.id] === undefined);
}

/** Whether every item asked now has an answer. */
export const isComplete = (items: readonly WorkstationItem[], record: WorkstationRecord) =>
  firstUnanswered(items, record) === -1;

/**
 * The record with `answer` given for item `id` at `now`. A changed answer clears the item's tick
 * (a new "needs fixing" is a new to-do); answering the last open item dates the check as done,
 * and so does changing an answer on a complete check.
 */
export function giveAnswer(
  items: readonly WorkstationItem[],
  record: WorkstationRecord,
  id: WorkstationItemId,
  answer: Answer,
  now: number,
): WorkstationRecord {
  const changed = record.answers[id] !== answer;
  const next: WorkstationRecord = {
    answers: { ...record.answers, [id]: answer },
    fixed: changed ? record.fixed.filter((done) => done !== id) : record.fixed,
    completedAt: record.completedAt,
  };
  return isComplete(items, next) ? { ...next, completedAt: now } : next;
}

/** Where the walk goes after answering the item at `index`: the next open item, or the list. */
export function nextStep(
  items: readonly WorkstationItem[],
  record: WorkstationRecord,
  index: number,
): number | 'list' {
  const after = items.findIndex((item, at) => at > index && record.answers[item.id] === undefined);
  if (after !== -1) return after;
  const open = firstUnanswered(items, record);
  return open === -1 ? 'list' : open;
}

export interface Todo {
  item: WorkstationItem;
  done: boolean;
}

/** One fix for each item asked now that needs fixing, in the check's order. */
export function todos(items: readonly WorkstationItem[], record: WorkstationRecord): Todo[] {
  return items
    .filter((item) => record.answers[item.id] === 'fix')
    .map((item) => ({ item, done: record.fixed.includes(item.id) }));
}

/** The record with the to-do for `id` ticked off (or not); only items that need fixing tick. */
export function setFixed(
  record: WorkstationRecord,
  id: WorkstationItemId,
  done: boolean,
): WorkstationRecord {
  if (record.answers[id] !== 'fix') return record;
  const others = record.fixed.filter((ticked) => ticked !== id);
  return { ...record, fixed: done ? [...others, id] : others };
}

/** A fresh check: no answers and no ticks, but still dated when it was last done. */
export const startOver = (record: WorkstationRecord): WorkstationRecord => ({
  ...EMPTY_RECORD,
  completedAt: record.completedAt,
});
