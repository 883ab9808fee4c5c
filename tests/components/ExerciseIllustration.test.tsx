import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ExerciseIllustration } from '@/components/ExerciseIllustration';
import { ILLUSTRATIONS } from '@/lib/content/illustrations';

describe('ExerciseIllustration', () => {
  it('is an image named by its title', () => {
    const picture = ILLUSTRATIONS['chin-to-chest'];
    render(<ExerciseIllustration illustration={picture} title="Chin lowering to the chest." />);
    expect(screen.getByRole('img', { name: 'Chin lowering to the chest.' })).toBeTruthy();
  });

  it('draws the moving part and the arrow apart from the still figure', () => {
    const picture = ILLUSTRATIONS['seated-knee-to-chest'];
    const { container } = render(
      <ExerciseIllustration illustration={picture} title="Knee to chest." />,
    );
    expect(container.querySelectorAll('.fig-moving')).toHaveLength(1);
    expect(container.querySelectorAll('.fig-arrow')).toHaveLength(picture.arrows.length);
    expect(container.querySelector('circle.fig-body')).not.toBeNull();
  });

  it('gives each picture on a page its own title id', () => {
    render(
      <>
        <ExerciseIllustration illustration={ILLUSTRATIONS['eye-break']} title="Eyes." />
        <ExerciseIllustration illustration={ILLUSTRATIONS['walk-break']} title="Walk." />
      </>,
    );
    const ids = screen.getAllByRole('img').map((svg) => svg.getAttribute('aria-labelledby'));
    expect(new Set(ids).size).toBe(2);
  });

  it('draws a faint starting position when there is one', () => {
    const { container } = render(
      <ExerciseIllustration illustration={ILLUSTRATIONS['slouch-to-tall']} title="Slouch." />,
    );
    expect(container.querySelectorAll('.fig-ghost')).toHaveLength(2);
  });
});
