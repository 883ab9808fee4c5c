import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { customDoseText, customPositionText } from '@/lib/content/custom-exercise-text';
import type { CustomExercise } from '@/lib/content/custom-exercises';
import { illustrationTitle } from '@/lib/content/exercises';
import { ILLUSTRATIONS } from '@/lib/content/illustrations';
import { t } from '@/lib/i18n/t';
import { ExerciseIllustration } from './ExerciseIllustration';
import './ExerciseCard.css';
import './CustomExerciseCard.css';

interface CustomExerciseCardProps {
  exercise: CustomExercise;
  label: string;
  aside?: ComponentChildren;
  controls?: ComponentChildren;
  /** Shown after the steps, e.g. how to ease off in flare mode. */
  extra?: ComponentChildren;
}

/**
 * The picture of one of the user's own moves: the library figure they chose, or a neutral card
 * saying there is none (the steps carry the move).
 */
export function CustomFigure({ exercise }: { exercise: Pick<CustomExercise, 'illustration'> }) {
  const id = exercise.illustration;
  return id ? (
    <ExerciseIllustration illustration={ILLUSTRATIONS[id]} title={illustrationTitle({ id })} />
  ) : (
    <div class="custom-figure-none">
      <p>{t('myexercises_no_picture')}</p>
    </div>
  );
}

/**
 * One of the user's own moves in a break, laid out as Limber's are (./ExerciseCard.tsx), with
 * "From your therapist" and their therapist's note where Limber's moves have a caution and a
 * source: Limber did not choose this move and never names a source for it.
 */
export function CustomExerciseCard({
  exercise,
  label,
  aside,
  controls,
  extra,
}: CustomExerciseCardProps) {
  const headingId = useId();
  return (
    <article class="exercise-card custom-card" aria-labelledby={headingId}>
      <div class="exercise-card-grid">
        <header class="exercise-card-head">
          <p class="exercise-card-label">{label}</p>
          <h2 id={headingId}>{exercise.name}</h2>
          <p class="custom-origin">{t('myexercises_from_therapist')}</p>
          <p class="exercise-card-meta">
            {t('myexercises_card_meta', customPositionText(exercise.position))}
          </p>
        </header>
        <div class="exercise-card-visual">
          <div class="exercise-card-figure">
            <CustomFigure exercise={exercise} />
          </div>
          {controls ? <div class="exercise-card-controls">{controls}</div> : null}
        </div>
        <div class="exercise-card-aside">
          <dl class="exercise-card-dose">
            <dt>{t('exercises_dose_label')}</dt>
            <dd>{customDoseText(exercise.dose)}</dd>
          </dl>
          {aside}
        </div>
        <div class="exercise-card-details">
          <h3 class="exercise-how-to">{t('exercises_how_to')}</h3>
          <ol class="exercise-card-steps">
            {exercise.steps.map((step, i) => (
              // Steps may repeat word for word; their place is what tells them apart.
              <li key={i}>{step}</li>
            ))}
          </ol>
          {exercise.note ? (
            <div class="custom-note">
              <h3>{t('myexercises_note_heading')}</h3>
              <p>{exercise.note}</p>
            </div>
          ) : null}
          {extra}
        </div>
      </div>
    </article>
  );
}
