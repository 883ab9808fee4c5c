import type { ComponentChildren } from 'preact';
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import { CustomFigure } from '@/components/CustomExerciseCard';
import { customPositionText, customProblemText } from '@/lib/content/custom-exercise-text';
import {
  CUSTOM_LIMITS,
  CUSTOM_POSITIONS,
  type CustomExercise,
  type CustomProblem,
  isIllustrationId,
} from '@/lib/content/custom-exercises';
import { exerciseName } from '@/lib/content/exercises';
import { ILLUSTRATIONS } from '@/lib/content/illustrations';
import { t } from '@/lib/i18n/t';
import {
  DRAFT_FIELDS,
  type DraftField,
  draftOf,
  draftValue,
  type ExerciseDraft,
  fieldOf,
} from './draft';

interface ExerciseFormProps {
  /** The exercise to edit; a new one when absent. */
  exercise?: CustomExercise;
  /** Checks and saves the value: the problems found, or null once saved. */
  onSave: (value: Record<string, unknown>) => Promise<CustomProblem[] | null>;
  onCancel: () => void;
}

type Errors = Partial<Record<DraftField, string[]>>;

function errorsOf(problems: readonly CustomProblem[]): Errors {
  const errors: Errors = {};
  for (const problem of problems) {
    const field = fieldOf(problem);
    errors[field] = [...(errors[field] ?? []), customProblemText(problem)];
  }
  return errors;
}

/** The library's figures by the name of the move each shows, in the user's language. */
function figureChoices(): { id: string; name: string }[] {
  return Object.keys(ILLUSTRATIONS)
    .map((id) => ({ id, name: exerciseName({ id }) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Adding or editing one of the user's own exercises. Nothing is checked while typing; on save
 * every problem is shown under its field, read with it, and the first takes the focus; what was
 * typed stays as it was.
 */
export function ExerciseForm({ exercise, onSave, onCancel }: ExerciseFormProps) {
  const uid = useId();
  const id = (field: DraftField) => `${uid}-${field}`;
  const [draft, setDraft] = useState<ExerciseDraft>(() => draftOf(exercise));
  const [errors, setErrors] = useState<Errors>({});
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const figures = useMemo(figureChoices, []);
  const set = <K extends keyof ExerciseDraft>(key: K, value: ExerciseDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const problems = await onSave(draftValue(draft));
    setBusy(false);
    if (!problems) return;
    const found = errorsOf(problems);
    setErrors(found);
    setFailed(true);
    const first = DRAFT_FIELDS.find((field) => found[field]);
    if (first) {
      // A group's first control (a radio) stands for the group.
      const target =
        document.getElementById(id(first)) ??
        form.current?.querySelector<HTMLElement>(`[name="${id(first)}"]`);
      requestAnimationFrame(() => target?.focus());
    }
  };

  /** Ids a control is described by: its errors first, then its help. */
  const described = (field: DraftField, help = false) =>
    [errors[field] ? `${id(field)}-error` : '', help ? `${id(field)}-help` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const invalid = (field: DraftField) => (errors[field] ? 'true' : undefined);
  const errorText = (field: DraftField) =>
    errors[field] ? (
      <p class="field-error" id={`${id(field)}-error`}>
        {errors[field]?.join(' ')}
      </p>
    ) : null;
  const help = (field: DraftField, text: ComponentChildren) => (
    <p class="field-help" id={`${id(field)}-help`}>
      {text}
    </p>
  );

  const headingId = `${uid}-heading`;
  return (
    <form ref={form} class="mx-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>
        {exercise ? t('myexercises_form_edit', exercise.name) : t('myexercises_form_add')}
      </h3>
      {failed && Object.keys(errors).length > 0 ? (
        <p class="mx-not-saved" role="alert">
          {t('myexercises_not_saved')}
        </p>
      ) : null}

      <div class="field">
        <label class="field-label" for={id('name')}>
          {t('myexercises_name_label')}
        </label>
        <input
          id={id('name')}
          type="text"
          class="mx-text"
          value={draft.name}
          aria-invalid={invalid('name')}
          aria-describedby={described('name')}
          onInput={(e) => set('name', e.currentTarget.value)}
        />
        {errorText('name')}
      </div>

      <div class="field">
        <label class="field-label" for={id('steps')}>
          {t('myexercises_steps_label')}
        </label>
        <textarea
          id={id('steps')}
          rows={4}
          class="mx-text"
          value={draft.steps}
          aria-invalid={invalid('steps')}
          aria-describedby={described('steps', true)}
          onInput={(e) => set('steps', e.currentTarget.value)}
        />
        {errorText('steps')}
        {help('steps', t('myexercises_steps_help', CUSTOM_LIMITS.steps, CUSTOM_LIMITS.step))}
      </div>

      <fieldset class="field mx-dose" aria-describedby={described('doseKind')}>
        <legend class="field-label">{t('myexercises_dose_label')}</legend>
        <div class="mx-choices">
          {(['hold', 'reps'] as const).map((kind) => (
            <label key={kind} class="radio-option">
              <input
                type="radio"
                name={id('doseKind')}
                checked={draft.doseKind === kind}
                onChange={() => set('doseKind', kind)}
              />
              {t(kind === 'hold' ? 'myexercises_dose_hold' : 'myexercises_dose_reps')}
            </label>
          ))}
        </div>
        {errorText('doseKind')}
        <div class="mx-numbers">
          {draft.doseKind === 'hold' ? (
            <>
              <NumberInput
                id={id('holdSeconds')}
                label={t('myexercises_hold_seconds_label')}
                value={draft.holdSeconds}
                range={CUSTOM_LIMITS.holdSeconds}
                invalid={invalid('holdSeconds')}
                error={errorText('holdSeconds')}
                onInput={(v) => set('holdSeconds', v)}
              />
              <NumberInput
                id={id('times')}
                label={t('myexercises_times_label')}
                value={draft.times}
                range={CUSTOM_LIMITS.times}
                invalid={invalid('times')}
                error={errorText('times')}
                onInput={(v) => set('times', v)}
              />
            </>
          ) : (
            <NumberInput
              id={id('reps')}
              label={t('myexercises_reps_label')}
              value={draft.reps}
              range={CUSTOM_LIMITS.reps}
              invalid={invalid('reps')}
              error={errorText('reps')}
              onInput={(v) => set('reps', v)}
            />
          )}
        </div>
      </fieldset>

      <fieldset class="field" aria-describedby={described('position')}>
        <legend class="field-label">{t('myexercises_position_label')}</legend>
        <div class="mx-choices">
          {CUSTOM_POSITIONS.map((position) => (
            <label key={position} class="radio-option">
              <input
                type="radio"
                name={id('position')}
                checked={draft.position === position}
                aria-invalid={invalid('position')}
                onChange={() => set('position', position)}
              />
              {customPositionText(position)}
            </label>
          ))}
        </div>
        {errorText('position')}
      </fieldset>

      <div class="field mx-figure-field">
        <div class="field">
          <label class="field-label" for={id('illustration')}>
            {t('myexercises_illustration_label')}
          </label>
          <select
            id={id('illustration')}
            value={draft.illustration}
            aria-invalid={invalid('illustration')}
            aria-describedby={described('illustration', true)}
            onChange={(e) => set('illustration', e.currentTarget.value)}
          >
            <option value="">{t('myexercises_illustration_none')}</option>
            {figures.map((figure) => (
              <option key={figure.id} value={figure.id}>
                {figure.name}
              </option>
            ))}
          </select>
          {errorText('illustration')}
          {help('illustration', t('myexercises_illustration_help'))}
        </div>
        <div class="mx-figure-preview">
          <CustomFigure
            exercise={{
              illustration: isIllustrationId(draft.illustration) ? draft.illustration : null,
            }}
          />
        </div>
      </div>

      <div class="field">
        <label class="field-label" for={id('note')}>
          {t('myexercises_note_label')}
        </label>
        <textarea
          id={id('note')}
          rows={3}
          class="mx-text"
          value={draft.note}
          aria-invalid={invalid('note')}
          aria-describedby={described('note', true)}
          onInput={(e) => set('note', e.currentTarget.value)}
        />
        {errorText('note')}
        {help('note', t('myexercises_note_help', CUSTOM_LIMITS.note))}
      </div>

      <div class="field checkbox-field">
        <input
          id={id('flare')}
          type="checkbox"
          checked={draft.flare}
          aria-describedby={described('flare', true)}
          onChange={(e) => set('flare', e.currentTarget.checked)}
        />
        <div>
          <label class="field-label" for={id('flare')}>
            {t('myexercises_flare_label')}
          </label>
          {help('flare', t('myexercises_flare_help'))}
          {errorText('flare')}
        </div>
      </div>

      <div class="mx-actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('myexercises_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('myexercises_cancel')}
        </button>
      </div>
    </form>
  );
}

interface NumberInputProps {
  id: string;
  label: string;
  value: string;
  range: { min: number; max: number };
  invalid: 'true' | undefined;
  error: ComponentChildren;
  onInput: (value: string) => void;
}

/** A whole number typed as text (kept as typed), with its range said under it. */
function NumberInput({ id, label, value, range, invalid, error, onInput }: NumberInputProps) {
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        class="mx-number"
        value={value}
        aria-invalid={invalid}
        aria-describedby={[invalid ? `${id}-error` : '', `${id}-range`].filter(Boolean).join(' ')}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error}
      <p class="field-help" id={`${id}-range`}>
        {t('myexercises_dose_range', range.min, range.max)}
      </p>
    </div>
  );
}
