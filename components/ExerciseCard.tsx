import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { categoryLabel } from '@/lib/content/category-labels';
import {
  type Exercise,
  exerciseCaution,
  exerciseName,
  exerciseSteps,
  formatDose,
  illustrationTitle,
} from '@/lib/content/exercises';
import { t } from '@/lib/i18n/t';
import { ExerciseIllustration } from './ExerciseIllustration';
import './ExerciseCard.css';

interface ExerciseCardProps {
  exercise: Exercise;
  /** Where the move stands in the routine, e.g. "Move 2 of 4". */
  label: string;
  /** Shown beside the picture, e.g. the move's countdown. */
  aside?: ComponentChildren;
  /** Shown under the picture, e.g. previous / pause / next. */
  controls?: ComponentChildren;
  /** Shown after the steps, caution and source, e.g. how to ease off in flare mode. */
  extra?: ComponentChildren;
}

/** Where a move is done and what it works, e.g. "Seated · Hips and legs". */
export function exerciseMeta(exercise: Exercise): string {
  const areas = exercise.areas.map(categoryLabel).join(', ');
  const position = t(
    exercise.position === 'seated' ? 'exercises_position_seated' : 'exercises_position_standing',
  );
  return t('exercises_meta', position, areas);
}

/**
 * How to do a move: its numbered steps, its caution and its source, the same words wherever the
 * move is shown (during a break, or opened in the library), under a heading of `level`.
 */
export function ExerciseHowTo({ exercise, level = 3 }: { exercise: Exercise; level?: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      <Heading class="exercise-how-to">{t('exercises_how_to')}</Heading>
      <ol class="exercise-card-steps">
        {exerciseSteps(exercise).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p class="exercise-card-caution">
        <strong>{t('exercises_caution_label')}</strong> {exerciseCaution(exercise)}
      </p>
      <a class="exercise-card-source" href={exercise.source.url} target="_blank" rel="noreferrer">
        {t('exercises_source', exercise.source.name)}
      </a>
    </>
  );
}

/** One move: its name, picture, dose, numbered steps, caution and source. */
export function ExerciseCard({ exercise, label, aside, controls, extra }: ExerciseCardProps) {
  const headingId = useId();
  return (
    <article class="exercise-card" aria-labelledby={headingId}>
      <div class="exercise-card-grid">
        <header class="exercise-card-head">
          <p class="exercise-card-label">{label}</p>
          <h2 id={headingId}>{exerciseName(exercise)}</h2>
          <p class="exercise-card-meta">{exerciseMeta(exercise)}</p>
        </header>
        <div class="exercise-card-visual">
          <div class="exercise-card-figure">
            <ExerciseIllustration
              illustration={exercise.illustration}
              title={illustrationTitle(exercise)}
            />
          </div>
          {controls ? <div class="exercise-card-controls">{controls}</div> : null}
        </div>
        <div class="exercise-card-aside">
          <dl class="exercise-card-dose">
            <dt>{t('exercises_dose_label')}</dt>
            <dd>{formatDose(exercise.dose)}</dd>
          </dl>
          {aside}
        </div>
        <div class="exercise-card-details">
          <ExerciseHowTo exercise={exercise} />
          {extra}
        </div>
      </div>
    </article>
  );
}
