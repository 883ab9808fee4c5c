import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_RECORD,
  firstUnanswered,
  giveAnswer,
  isComplete,
  nextStep,
  parseWorkstation,
  setFixed,
  startOver,
  todos,
  type WorkstationRecord,
} from '@/lib/workstation/answers';
import { checklistFor, WORKSTATION_ITEM_IDS } from '@/lib/workstation/checklist';

const T0 = new Date(2026, 10, 20, 9, 0).getTime();
const sitting = checklistFor(false);
const withStanding = checklistFor(true);

/** Answers every item of `items` in order, 'fix' for those named in `fix`. */
function answerAll(items = sitting, fix: string[] = [], at = T0): WorkstationRecord {
  return items.reduce(
    (record, item) =>
      giveAnswer(items, record, item.id, fix.includes(item.id) ? 'fix' : 'right', at),
    EMPTY_RECORD,
  );
}

describe('reading a stored record', () => {
  it('reads anything as a valid record, never throwing', () => {
    for (const junk of [undefined, null, 'x', 3, [], [1], {}, { answers: 'all' }, { fixed: 7 }]) {
      expect(parseWorkstation(junk), JSON.stringify(junk)).toEqual(EMPTY_RECORD);
    }
  });

  it('keeps known items with real answers, and ticks only for items that need fixing', () => {
    const stored = {
      answers: { screen: 'fix', chair: 'right', back: 'fix', desk: 'fix', light: 'maybe' },
      fixed: ['screen', 'screen', 'chair', 'desk', 4],
      completedAt: T0,
    };
    expect(parseWorkstation(stored)).toEqual({
      answers: { screen: 'fix', chair: 'right', back: 'fix' },
      fixed: ['screen'],
      completedAt: T0,
    });
  });

  it('keeps a completion time only when it is a real moment', () => {
    for (const completedAt of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, '2026-11-20', null]) {
      expect(parseWorkstation({ completedAt }).completedAt).toBeNull();
    }
  });

  it('reads what it wrote unchanged (property)', () => {
    const answer = fc.constantFrom('right' as const, 'fix' as const);
    const id = fc.constantFrom(...WORKSTATION_ITEM_IDS);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(id, answer)),
        fc.array(fc.tuple(id, fc.boolean())),
        (answers, ticks) => {
          let record = EMPTY_RECORD;
          for (const [item, given] of answers) {
            record = giveAnswer(withStanding, record, item, given, T0);
          }
          for (const [item, done] of ticks) record = setFixed(record, item, done);
          expect(parseWorkstation(JSON.parse(JSON.stringify(record)))).toEqual(record);
        },
      ),
    );
  });
});

describe('walking through the check', () => {
  it('starts at the first item and moves to the next open one after each answer', () => {
    expect(firstUnanswered(sitting, EMPTY_RECORD)).toBe(0);
    const one = giveAnswer(sitting, EMPTY_RECORD, 'screen', 'right', T0);
    expect(nextStep(sitting, one, 0)).toBe(1);
    // Going back to answer the first again carries on at the next open item, not at the first.
    const two = giveAnswer(sitting, one, 'chair', 'fix', T0);
    expect(nextStep(sitting, giveAnswer(sitting, two, 'screen', 'fix', T0), 0)).toBe(2);
  });

  it('goes back to an item skipped over before reaching the list', () => {
    // Every item answered but the first (as after Back, then answering further on).
    const record = sitting
      .slice(1)
      .reduce((r, item) => giveAnswer(sitting, r, item.id, 'right', T0), EMPTY_RECORD);
    expect(nextStep(sitting, record, sitting.length - 1)).toBe(0);
  });

  it('shows the list once every item is answered, and dates the check then', () => {
    const almost = sitting
      .slice(0, -1)
      .reduce((r, item) => giveAnswer(sitting, r, item.id, 'right', T0), EMPTY_RECORD);
    expect(almost.completedAt).toBeNull();
    expect(isComplete(sitting, almost)).toBe(false);
    const done = giveAnswer(sitting, almost, 'light', 'fix', T0 + 1000);
    expect(isComplete(sitting, done)).toBe(true);
    expect(done.completedAt).toBe(T0 + 1000);
    expect(nextStep(sitting, done, sitting.length - 1)).toBe('list');
  });

  it('redates a complete check when an answer is changed', () => {
    const done = answerAll(sitting, [], T0);
    expect(giveAnswer(sitting, done, 'back', 'fix', T0 + 5000).completedAt).toBe(T0 + 5000);
  });

  it('asks the standing-desk items only with a sit-stand desk', () => {
    const done = answerAll(sitting);
    expect(isComplete(sitting, done)).toBe(true);
    expect(isComplete(withStanding, done)).toBe(false);
    expect(firstUnanswered(withStanding, done)).toBe(sitting.length);
  });
});

describe('the to-do list', () => {
  it('has one fix for each item that needs fixing, in the check’s order', () => {
    const record = answerAll(sitting, ['light', 'screen']);
    expect(todos(sitting, record).map((todo) => [todo.item.id, todo.done])).toEqual([
      ['screen', false],
      ['light', false],
    ]);
  });

  it('ticks a to-do off and on again, and never one that is already right', () => {
    const record = answerAll(sitting, ['chair']);
    const ticked = setFixed(record, 'chair', true);
    expect(todos(sitting, ticked)[0]?.done).toBe(true);
    expect(setFixed(ticked, 'chair', true).fixed).toEqual(['chair']);
    expect(setFixed(ticked, 'chair', false).fixed).toEqual([]);
    expect(setFixed(record, 'screen', true)).toBe(record);
  });

  it('drops a tick when the answer changes, so a new "needs fixing" is a new to-do', () => {
    const ticked = setFixed(answerAll(sitting, ['chair']), 'chair', true);
    const right = giveAnswer(sitting, ticked, 'chair', 'right', T0);
    expect(right.fixed).toEqual([]);
    const again = giveAnswer(sitting, right, 'chair', 'fix', T0);
    expect(todos(sitting, again)).toEqual([{ item: sitting[1], done: false }]);
    // The same answer again keeps the tick.
    expect(giveAnswer(sitting, ticked, 'chair', 'fix', T0).fixed).toEqual(['chair']);
  });

  it('shows the standing-desk to-dos only while those items are asked', () => {
    const record = answerAll(withStanding, ['stand_desk', 'screen']);
    expect(todos(withStanding, record).map((todo) => todo.item.id)).toEqual([
      'screen',
      'stand_desk',
    ]);
    expect(todos(sitting, record).map((todo) => todo.item.id)).toEqual(['screen']);
  });

  it('starts over with no answers and no ticks, still dated when last done', () => {
    const record = setFixed(answerAll(sitting, ['chair'], T0), 'chair', true);
    expect(startOver(record)).toEqual({ answers: {}, fixed: [], completedAt: T0 });
  });
});
