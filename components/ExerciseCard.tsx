import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { CATEGORY_LABELS } from '@/lib/content/categories';
import { type Exercise, formatDose } from '@/lib/content/exercises';
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
}

/** One move: its name, picture, dose, numbered steps, caution and source. */
export function ExerciseCard({ exercise, label, aside, controls }: ExerciseCardProps) {
  const headingId = useId();
  const areas = exercise.areas.map((a) => CATEGORY_LABELS[a]).join(', ');
  return (
    <article class="exercise-card" aria-labelledby={headingId}>
      <div class="exercise-card-grid">
        <header class="exercise-card-head">
          <p class="exercise-card-label">{label}</p>
          <h2 id={headingId}>{exercise.name}</h2>
          <p class="exercise-card-meta">
            {exercise.position === 'seated' ? 'Seated' : 'Standing'} · {areas}
          </p>
        </header>
        <div class="exercise-card-visual">
          <div class="exercise-card-figure">
            <ExerciseIllustration illustration={exercise.illustration} />
          </div>
          {controls ? <div class="exercise-card-controls">{controls}</div> : null}
        </div>
        <div class="exercise-card-aside">
          <dl class="exercise-card-dose">
            <dt>Dose</dt>
            <dd>{formatDose(exercise.dose)}</dd>
          </dl>
          {aside}
        </div>
        <div class="exercise-card-details">
          <h3>How to do it</h3>
          <ol class="exercise-card-steps">
            {exercise.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p class="exercise-card-caution">
            <strong>Caution:</strong> {exercise.caution}
          </p>
          <a
            class="exercise-card-source"
            href={exercise.source.url}
            target="_blank"
            rel="noreferrer"
          >
            Source: {exercise.source.name}
          </a>
        </div>
      </div>
    </article>
  );
}
