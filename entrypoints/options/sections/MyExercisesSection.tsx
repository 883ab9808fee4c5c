import { t } from '@/lib/i18n/t';
import { customModeLabel, fieldHelp, fieldLabel } from '@/lib/settings/fields';
import { CUSTOM_EXERCISE_MODES } from '@/lib/settings/schema';
import { ExerciseList } from '../my-exercises/ExerciseList';
import type { SectionProps } from './fields';
import { Section } from './Section';

/**
 * The user's own exercises (issue 19): how breaks use them, and the list itself. Outside the
 * settings' form: the exercise form is a form of its own.
 */
export function MyExercisesSection({ form, settings }: SectionProps) {
  const locked = form.locked('customExerciseMode');
  return (
    <Section
      id="my-exercises"
      title={t('myexercises_heading')}
      intro={<p>{t('myexercises_intro')}</p>}
    >
      <fieldset
        class={`field radio-field${locked ? ' is-disabled' : ''}`}
        disabled={locked}
        aria-describedby={
          locked ? 'customExerciseMode-reason customExerciseMode-help' : 'customExerciseMode-help'
        }
      >
        <legend class="field-label">{fieldLabel('customExerciseMode')}</legend>
        {CUSTOM_EXERCISE_MODES.map((mode) => (
          <label key={mode} class="radio-option">
            <input
              type="radio"
              name="customExerciseMode"
              checked={settings.customExerciseMode === mode}
              onChange={() => form.change((s) => ({ ...s, customExerciseMode: mode }))}
            />
            {customModeLabel(mode)}
          </label>
        ))}
        {locked && (
          <p class="field-disabled-reason" id="customExerciseMode-reason">
            {t('policy_locked')}
          </p>
        )}
        <p class="field-help" id="customExerciseMode-help">
          {fieldHelp('customExerciseMode')}
        </p>
      </fieldset>
      <ExerciseList />
    </Section>
  );
}
