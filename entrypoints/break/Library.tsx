import { useId, useState } from 'preact/hooks';
import { ExerciseHowTo, exerciseMeta } from '@/components/ExerciseCard';
import { ExerciseIllustration } from '@/components/ExerciseIllustration';
import type { ExerciseCategory } from '@/lib/content/categories';
import { categoryLabel } from '@/lib/content/category-labels';
import {
  categoriesOf,
  EXERCISES,
  type Exercise,
  exerciseName,
  formatDose,
  illustrationTitle,
} from '@/lib/content/exercises';
import type { MessageKey } from '@/lib/i18n/keys';
import { t } from '@/lib/i18n/t';
import {
  filterLibrary,
  LIBRARY_AREAS,
  LIBRARY_POSITIONS,
  type LibraryFilter,
  NO_FILTER,
} from './library-filter';

const POSITION_KEYS: Record<(typeof LIBRARY_POSITIONS)[number], MessageKey> = {
  seated: 'exercises_position_seated',
  standing: 'exercises_position_standing',
};

interface ChoiceGroupProps<T extends string> {
  legend: string;
  /** The radios' shared name, unique on the page. */
  name: string;
  choices: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/**
 * One filter as a row of labelled radios drawn as chips: one choice at a time, arrow keys move
 * between them, and each says whether it is chosen.
 */
function ChoiceGroup<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
}: ChoiceGroupProps<T>) {
  return (
    <fieldset class="chip-group">
      <legend>{legend}</legend>
      <div class="chip-row">
        {choices.map((choice) => (
          <label key={choice.value} class="chip">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One move of the library: its picture, name and dose, opening to its steps and caution. */
function LibraryItem({ exercise, off }: { exercise: Exercise; off: boolean }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <li class={open ? 'library-item is-open' : 'library-item'}>
      <article class="library-card" aria-labelledby={`${id}-name`}>
        <div class="library-figure">
          <ExerciseIllustration
            illustration={exercise.illustration}
            title={illustrationTitle(exercise)}
          />
        </div>
        <div class="library-body">
          <h3 id={`${id}-name`}>{exerciseName(exercise)}</h3>
          <p class="library-meta">{exerciseMeta(exercise)}</p>
          <p class="library-dose">{formatDose(exercise.dose)}</p>
          {off ? <p class="library-off">{t('break_library_off')}</p> : null}
          <button
            type="button"
            class="library-toggle"
            aria-expanded={open}
            aria-controls={`${id}-how`}
            aria-describedby={`${id}-name`}
            onClick={() => setOpen(!open)}
          >
            {t('break_library_open')}
          </button>
        </div>
        <div id={`${id}-how`} class="library-how" hidden={!open}>
          <ExerciseHowTo exercise={exercise} level={4} />
        </div>
      </article>
    </li>
  );
}

interface LibraryProps {
  /** The categories the user switched off: those moves are marked as left out of breaks. */
  excluded: readonly ExerciseCategory[];
}

/** Every move Limber can suggest, filtered by body area and position, each with its steps. */
export function Library({ excluded }: LibraryProps) {
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const shown = filterLibrary(EXERCISES, filter);
  const isOff = (exercise: Exercise) => categoriesOf(exercise).some((c) => excluded.includes(c));
  return (
    <section class="break-library" aria-labelledby="library-heading">
      <h2 id="library-heading">{t('break_library_heading')}</h2>
      <p class="break-lede">{t('break_library_text')}</p>
      <div class="library-filters">
        <ChoiceGroup
          legend={t('break_library_area')}
          name="library-area"
          value={filter.area}
          onChange={(area) => setFilter({ ...filter, area })}
          choices={[
            { value: 'all', label: t('break_library_all_areas') },
            ...LIBRARY_AREAS.map((area) => ({ value: area, label: categoryLabel(area) })),
          ]}
        />
        <ChoiceGroup
          legend={t('break_library_position')}
          name="library-position"
          value={filter.position}
          onChange={(position) => setFilter({ ...filter, position })}
          choices={[
            { value: 'all', label: t('break_library_all_positions') },
            ...LIBRARY_POSITIONS.map((p) => ({ value: p, label: t(POSITION_KEYS[p]) })),
          ]}
        />
      </div>
      <p class="library-count" aria-live="polite">
        {shown.length === 0
          ? t('break_library_none')
          : t('break_library_count', shown.length, EXERCISES.length)}
      </p>
      <ul class="library-list">
        {shown.map((exercise) => (
          <LibraryItem key={exercise.id} exercise={exercise} off={isOff(exercise)} />
        ))}
      </ul>
    </section>
  );
}
