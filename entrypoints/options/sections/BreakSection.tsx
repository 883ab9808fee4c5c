import { EXERCISE_CATEGORIES, type ExerciseCategory } from '@/lib/content/categories';
import { categoryLabel } from '@/lib/content/category-labels';
import { t } from '@/lib/i18n/t';
import { fieldLabel } from '@/lib/settings/fields';
import { BooleanSetting, type SectionProps } from './fields';
import { Section } from './Section';

/** What the guided break may suggest, and how it ends. */
export function BreakSection(props: SectionProps) {
  const { form, settings } = props;
  const excluded = settings.excludedCategories;
  const locked = form.locked('excludedCategories');
  const toggle = (category: ExerciseCategory, leaveOut: boolean) =>
    form.change((s) => ({
      ...s,
      excludedCategories: leaveOut
        ? [...s.excludedCategories.filter((c) => c !== category), category]
        : s.excludedCategories.filter((c) => c !== category),
    }));
  return (
    <Section id="guided-break" title={t('options_break_title')}>
      <fieldset
        class={`field category-field${locked ? ' is-disabled' : ''}`}
        disabled={locked}
        aria-describedby={locked ? 'excluded-reason excluded-help' : 'excluded-help'}
      >
        <legend class="field-label">{fieldLabel('excludedCategories')}</legend>
        {locked && (
          <p class="field-disabled-reason" id="excluded-reason">
            {t('policy_locked')}
          </p>
        )}
        <p class="field-help" id="excluded-help">
          {t('options_excluded_help')}
        </p>
        <div class="category-list">
          {EXERCISE_CATEGORIES.map((category) => (
            <label key={category} class="category-option">
              <input
                type="checkbox"
                checked={excluded.includes(category)}
                onChange={(event) => toggle(category, event.currentTarget.checked)}
              />
              {categoryLabel(category)}
            </label>
          ))}
        </div>
      </fieldset>
      <BooleanSetting {...props} field="breakSound" />
    </Section>
  );
}
