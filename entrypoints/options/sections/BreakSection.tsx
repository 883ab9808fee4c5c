import {
  CATEGORY_LABELS,
  EXERCISE_CATEGORIES,
  type ExerciseCategory,
} from '@/lib/content/categories';
import { BooleanSetting, type SectionProps } from './fields';
import { Section } from './Section';

/** What the guided break may suggest, and how it ends. */
export function BreakSection(props: SectionProps) {
  const { form, settings } = props;
  const excluded = settings.excludedCategories;
  const toggle = (category: ExerciseCategory, leaveOut: boolean) =>
    form.change((s) => ({
      ...s,
      excludedCategories: leaveOut
        ? [...s.excludedCategories.filter((c) => c !== category), category]
        : s.excludedCategories.filter((c) => c !== category),
    }));
  return (
    <Section id="guided-break" title="Guided breaks">
      <fieldset class="field category-field" aria-describedby="excluded-help">
        <legend class="field-label">Exercises to leave out</legend>
        <p class="field-help" id="excluded-help">
          The guided break never suggests these: for example, leave out standing moves if standing
          up is hard for you, or anything that hurts.
        </p>
        <div class="category-list">
          {EXERCISE_CATEGORIES.map((category) => (
            <label key={category} class="category-option">
              <input
                type="checkbox"
                checked={excluded.includes(category)}
                onChange={(event) => toggle(category, event.currentTarget.checked)}
              />
              {CATEGORY_LABELS[category]}
            </label>
          ))}
        </div>
      </fieldset>
      <BooleanSetting {...props} field="breakSound" />
    </Section>
  );
}
