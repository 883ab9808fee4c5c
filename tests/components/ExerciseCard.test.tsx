import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ExerciseCard } from '@/components/ExerciseCard';
import {
  exerciseById,
  exerciseCaution,
  exerciseSteps,
  illustrationTitle,
} from '@/lib/content/exercises';
import { useTestLocale } from '../support/i18n';

const move = exerciseById('seated-hamstring');
if (!move) throw new Error('the library lost the seated hamstring stretch');

describe('ExerciseCard', () => {
  it('shows the move as an article named by its heading, with where it stands', () => {
    render(<ExerciseCard exercise={move} label="Move 2 of 4" />);
    const card = screen.getByRole('article', { name: 'Seated hamstring stretch' });
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe(
      'Seated hamstring stretch',
    );
    expect(within(card).getByText('Move 2 of 4')).toBeTruthy();
    expect(within(card).getByText('Seated · Hips and legs')).toBeTruthy();
  });

  it('shows the picture, the dose, numbered steps, the caution and the source', () => {
    render(<ExerciseCard exercise={move} label="Move 1 of 1" />);
    expect(screen.getByRole('img', { name: illustrationTitle(move) })).toBeTruthy();
    expect(screen.getByRole('term').textContent).toBe('Dose');
    expect(screen.getByRole('definition').textContent).toBe('Hold 30 seconds each leg');
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(steps.map((li) => li.textContent)).toEqual(exerciseSteps(move));
    expect(steps[0]?.textContent).toBe('Sit on the front edge of your chair.');
    expect(screen.getByText(exerciseCaution(move))).toBeTruthy();
    expect(screen.getByText('Caution:')).toBeTruthy();
    const source = screen.getByRole('link', { name: `Source: ${move.source.name}` });
    expect(source.getAttribute('href')).toBe(move.source.url);
    expect(source.getAttribute('target')).toBe('_blank');
    expect(source.getAttribute('rel')).toBe('noreferrer');
  });

  it('speaks the browser’s language, keeping the source’s own title', () => {
    useTestLocale('fr');
    render(<ExerciseCard exercise={move} label="Exercice 1 sur 1" />);
    const card = screen.getByRole('article', { name: 'Étirement des ischio-jambiers assis' });
    expect(within(card).getByText('Assis · Hanches et jambes')).toBeTruthy();
    expect(screen.getByRole('term').textContent).toBe('Dosage');
    expect(screen.getByRole('definition').textContent).toBe('Tenez 30 secondes par jambe');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Comment faire');
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(steps[0]?.textContent).toBe('Asseyez-vous sur le bord avant de votre chaise.');
    expect(screen.getByRole('img', { name: /^Une personne assise/ })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: `Source\u00a0: ${move.source.name}` }).textContent,
    ).toContain(move.source.name);
  });

  it('places the countdown and the controls it is given', () => {
    render(
      <ExerciseCard
        exercise={move}
        label="Move 1 of 1"
        aside={<span>time left</span>}
        controls={<button type="button">Next</button>}
      />,
    );
    expect(screen.getByText('time left')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy();
  });
});
