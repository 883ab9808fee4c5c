import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { draftOf, draftValue, fieldOf } from '@/entrypoints/options/my-exercises/draft';
import { ExerciseForm } from '@/entrypoints/options/my-exercises/ExerciseForm';
import {
  type CustomExercise,
  type CustomProblem,
  checkCustomExercise,
} from '@/lib/content/custom-exercises';

const mine: CustomExercise = {
  id: 'custom-abc',
  name: 'Heel raises',
  steps: ['Hold the desk.', 'Rise onto your toes.'],
  dose: { kind: 'reps', reps: 10 },
  position: 'standing',
  illustration: null,
  note: '',
  flare: false,
};

const type = (label: string, text: string) =>
  fireEvent.input(screen.getByLabelText(label, { exact: true }), { target: { value: text } });

describe('the exercise form', () => {
  it('reads an exercise into the form and back unchanged', () => {
    const checked = checkCustomExercise(draftValue(draftOf(mine)));
    expect(checked).toEqual({ ok: true, exercise: { ...mine, id: '' } });
  });

  it('drops blank lines between steps and refuses numbers that are not whole', () => {
    const draft = { ...draftOf(), steps: 'One\n\n  \nTwo', holdSeconds: '2.5', times: ' 3 ' };
    expect(draftValue(draft)).toMatchObject({
      steps: ['One', 'Two'],
      dose: { kind: 'hold', seconds: Number.NaN, times: 3 },
    });
  });

  it('puts each dose problem under its own input', () => {
    const at = (problem: CustomProblem) => fieldOf(problem);
    expect(at({ field: 'dose', problem: 'hold' })).toBe('holdSeconds');
    expect(at({ field: 'dose', problem: 'times' })).toBe('times');
    expect(at({ field: 'dose', problem: 'reps' })).toBe('reps');
    expect(at({ field: 'dose', problem: 'kind' })).toBe('doseKind');
    expect(at({ field: 'note', problem: 'too-long', max: 300 })).toBe('note');
  });

  it('shows every problem under its field, read with it, focuses the first and keeps what was typed', async () => {
    const onSave = vi.fn(async (value: Record<string, unknown>) => {
      const checked = checkCustomExercise(value);
      return checked.ok ? null : checked.problems;
    });
    render(<ExerciseForm onSave={onSave} onCancel={() => undefined} />);
    type('Hold for (seconds)', '500');
    type('Note from your therapist', 'x'.repeat(301));
    fireEvent.submit(screen.getByRole('form', { name: 'New exercise' }));
    await screen.findByRole('alert');
    const name = screen.getByLabelText('Name', { exact: true });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(name.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe('Give the exercise a name.');
    for (const text of [
      'Add at least one step.',
      'Hold for a whole number of seconds, from 5 to 120.',
      'Choose standing, seated or on the floor.',
      'Use at most 300 characters for the note.',
    ]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    await waitFor(() => expect(document.activeElement).toBe(name));
    // Nothing typed is lost.
    expect((screen.getByLabelText('Hold for (seconds)') as HTMLInputElement).value).toBe('500');
    expect(
      (screen.getByLabelText('Note from your therapist') as HTMLTextAreaElement).value,
    ).toHaveLength(301);
  });

  it('hands a valid exercise over with its picture, and shows the picture chosen', async () => {
    const onSave = vi.fn(async (_value: Record<string, unknown>) => null);
    render(<ExerciseForm onSave={onSave} onCancel={() => undefined} />);
    type('Name', 'Pelvic tilt');
    type('Steps', 'Lie down.\nTilt.');
    fireEvent.click(screen.getByRole('radio', { name: 'On the floor' }));
    fireEvent.change(screen.getByLabelText('Picture'), { target: { value: 'slouch-to-tall' } });
    expect(screen.getByRole('img')).toBeTruthy();
    fireEvent.submit(screen.getByRole('form', { name: 'New exercise' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(checkCustomExercise(onSave.mock.calls[0]?.[0])).toMatchObject({
      ok: true,
      exercise: { name: 'Pelvic tilt', position: 'floor', illustration: 'slouch-to-tall' },
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('opens an exercise to edit with its values', () => {
    render(<ExerciseForm exercise={mine} onSave={async () => null} onCancel={() => undefined} />);
    expect(screen.getByRole('form', { name: 'Edit Heel raises' })).toBeTruthy();
    expect((screen.getByLabelText('Repetitions') as HTMLInputElement).value).toBe('10');
    expect((screen.getByRole('radio', { name: 'Standing' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });
});
