import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCustom,
  CUSTOM_LIMITS,
  type CustomExercise,
  checkCustomExercise,
  customSeconds,
  deleteCustom,
  editCustom,
  moveCustom,
  parseCustomExercises,
} from '@/lib/content/custom-exercises';

const valid = {
  name: '  Pelvic   tilt ',
  steps: ['Lie on your back, knees bent.', 'Flatten your back gently.'],
  dose: { kind: 'reps', reps: 10 },
  position: 'floor',
  illustration: null,
  note: 'Stop if it hurts more.',
  flare: true,
};

const seeded = () => {
  let n = 0;
  return () => {
    n += 0.137;
    return n % 1;
  };
};

describe('custom exercises', () => {
  it('accepts a valid exercise, cleaning its text', () => {
    const checked = checkCustomExercise(valid);
    expect(checked).toEqual({
      ok: true,
      exercise: { ...valid, id: '', name: 'Pelvic tilt', dose: { kind: 'reps', reps: 10 } },
    });
  });

  it('reports every problem by field, with its limit', () => {
    const result = checkCustomExercise({
      name: 'x'.repeat(61),
      steps: ['ok', '', 'y'.repeat(161)],
      dose: { kind: 'hold', seconds: 2, times: 11 },
      position: 'lying',
      illustration: 'no-such-figure',
      note: 'z'.repeat(301),
      flare: 'yes',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'name', problem: 'too-long', max: 60 },
        { field: 'steps', problem: 'step-empty', step: 2 },
        { field: 'steps', problem: 'step-too-long', step: 3, max: 160 },
        { field: 'dose', problem: 'hold', min: 5, max: 120 },
        { field: 'dose', problem: 'times', min: 1, max: 10 },
        { field: 'position', problem: 'unknown' },
        { field: 'illustration', problem: 'unknown' },
        { field: 'note', problem: 'too-long', max: 300 },
        { field: 'flare', problem: 'not-boolean' },
      ],
    });
    expect(checkCustomExercise({})).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        { field: 'name', problem: 'empty' },
        { field: 'steps', problem: 'none' },
        { field: 'dose', problem: 'kind' },
      ]),
    });
    const seven = checkCustomExercise({ ...valid, steps: Array(7).fill('a') });
    expect(seven).toEqual({
      ok: false,
      problems: [{ field: 'steps', problem: 'too-many', max: 6 }],
    });
  });

  it('counts characters as people do, and takes one of Limber’s figures', () => {
    expect(checkCustomExercise({ ...valid, name: '🙂'.repeat(60) }).ok).toBe(true);
    expect(checkCustomExercise({ ...valid, illustration: 'walk-break' }).ok).toBe(true);
  });

  it('adds, edits, deletes and reorders, keeping ids, and stops at the limit', () => {
    let list: CustomExercise[] = [];
    const random = seeded();
    for (let i = 0; i < CUSTOM_LIMITS.count; i++) {
      const added = addCustom(list, { ...valid, name: `Move ${i}` }, random);
      if (!added.ok) throw new Error('refused');
      list = added.list;
    }
    expect(new Set(list.map((e) => e.id)).size).toBe(30);
    expect(addCustom(list, valid)).toEqual({ ok: false, problems: 'too-many' });
    const [first, second] = list as [CustomExercise, CustomExercise];
    const edited = editCustom(list, second.id, { ...valid, name: 'Renamed' });
    expect(edited.ok && edited.list[1]).toMatchObject({ id: second.id, name: 'Renamed' });
    expect(editCustom(list, 'custom-nope', valid)).toEqual({ ok: false, problems: 'not-found' });
    expect(editCustom(list, first.id, { ...valid, name: '' })).toMatchObject({ ok: false });
    expect(deleteCustom(list, first.id)).toHaveLength(29);
    const moved = moveCustom(list, first.id, 99);
    expect(moved.at(-1)?.id).toBe(first.id);
    expect(moveCustom(list, (list.at(-1) as CustomExercise).id, -3)[0]?.id).toBe(list.at(-1)?.id);
  });

  it('reads any stored list as valid exercises, dropping bad and repeated ones', () => {
    const good = { ...valid, id: 'custom-abc', name: 'Pelvic tilt' };
    expect(
      parseCustomExercises([good, { ...good }, { ...good, id: 'walk-break' }, 'x', null]),
    ).toEqual([{ ...good, dose: { kind: 'reps', reps: 10 } }]);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const list = parseCustomExercises(value);
        expect(list.length).toBeLessThanOrEqual(CUSTOM_LIMITS.count);
        expect(parseCustomExercises(JSON.parse(JSON.stringify(list)))).toEqual(list);
      }),
    );
  });

  it('gives a move the time its dose takes', () => {
    expect(customSeconds({ kind: 'reps', reps: 10 })).toBe(45);
    expect(customSeconds({ kind: 'hold', seconds: 20, times: 3 })).toBe(71);
  });
});
