import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CustomExerciseCard } from '@/components/CustomExerciseCard';
import type { CustomExercise } from '@/lib/content/custom-exercises';
import { illustrationTitle } from '@/lib/content/exercises';

const mine: CustomExercise = {
  id: 'custom-abc',
  name: 'Pelvic tilt',
  steps: ['Lie on your back.', 'Flatten your back to the floor.'],
  dose: { kind: 'hold', seconds: 10, times: 3 },
  position: 'floor',
  illustration: 'slouch-to-tall',
  note: 'Small movements only.',
  flare: true,
};

describe('CustomExerciseCard', () => {
  it('shows the user’s move like Limber’s, from their therapist, with the note and no source', () => {
    render(<CustomExerciseCard exercise={mine} label="Move 1 of 2" />);
    const card = screen.getByRole('article', { name: 'Pelvic tilt' });
    expect(within(card).getByText('From your therapist')).toBeTruthy();
    expect(within(card).getByText('On the floor · Your own exercise')).toBeTruthy();
    expect(within(card).getByRole('definition').textContent).toBe('Hold 10 seconds, three times');
    const steps = within(card)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps).toEqual(mine.steps);
    expect(within(card).getByRole('heading', { name: "Your therapist's note" })).toBeTruthy();
    expect(within(card).getByText('Small movements only.')).toBeTruthy();
    expect(
      within(card).getByRole('img', { name: illustrationTitle({ id: 'slouch-to-tall' }) }),
    ).toBeTruthy();
    // Limber neither chose nor checked it: no source, no Limber caution.
    expect(within(card).queryByRole('link')).toBeNull();
    expect(within(card).queryByText('Caution:')).toBeNull();
  });

  it('shows a neutral card without a picture, and no note heading without a note', () => {
    render(
      <CustomExerciseCard
        exercise={{ ...mine, illustration: null, note: '', dose: { kind: 'reps', reps: 8 } }}
        label="Move 1 of 1"
      />,
    );
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('No picture: follow the steps')).toBeTruthy();
    expect(screen.queryByText("Your therapist's note")).toBeNull();
    expect(screen.getByRole('definition').textContent).toBe('8 times');
  });
});
