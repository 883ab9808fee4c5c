import { useEffect, useRef, useState } from 'preact/hooks';
import {
  customDoseText,
  customPositionText,
  listProblemText,
} from '@/lib/content/custom-exercise-text';
import {
  addCustom,
  CUSTOM_LIMITS,
  type CustomExercise,
  type CustomProblem,
  deleteCustom,
  editCustom,
  moveCustom,
} from '@/lib/content/custom-exercises';
import { t } from '@/lib/i18n/t';
import { ExerciseForm } from './ExerciseForm';
import { useCustomExercises } from './useCustomExercises';
import './my-exercises.css';

/** What the form is open for: a new exercise, or the one with this id. */
type Editing = { kind: 'add' } | { kind: 'edit'; id: string } | null;

/** Where the focus goes after a change, once the list has drawn it. */
type FocusTarget = { id: string; control: 'up' | 'down' | 'edit' | 'cancel' } | 'add' | null;

/**
 * The user's own exercises: the list in order, each with Edit, Delete (asked first), Move up
 * and Move down, and a form to add or edit one. Every change is one checked save of the whole
 * list; a change that fails leaves the list and the form as they were.
 */
export function ExerciseList() {
  const root = useRef<HTMLDivElement>(null);
  const { list, save, status, error } = useCustomExercises(root);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const focus = useRef<FocusTarget>(null);

  useEffect(() => {
    const target = focus.current;
    if (!target) return;
    focus.current = null;
    const selector =
      target === 'add' ? '[data-mx="add"]' : `[data-mx="${target.control}-${target.id}"]`;
    let element = root.current?.querySelector<HTMLButtonElement>(selector);
    // A move to the end leaves its own button disabled: the other direction takes the focus.
    if (element?.disabled && target !== 'add' && target.control !== 'edit') {
      const other = target.control === 'up' ? 'down' : 'up';
      element = root.current?.querySelector<HTMLButtonElement>(`[data-mx="${other}-${target.id}"]`);
    }
    element?.focus();
  });

  if (list === null) {
    return (
      <div class="mx" ref={root}>
        {error ? <p role="alert">{error}</p> : null}
      </div>
    );
  }

  const onSave =
    (open: Exclude<Editing, null>) =>
    async (value: Record<string, unknown>): Promise<CustomProblem[] | null> => {
      const change =
        open.kind === 'add' ? addCustom(list, value) : editCustom(list, open.id, value);
      if (!change.ok) {
        if (Array.isArray(change.problems)) return change.problems;
        setListError(listProblemText(change.problems));
        return [];
      }
      const saved =
        open.kind === 'add'
          ? change.list[change.list.length - 1]
          : change.list.find((e) => e.id === open.id);
      if (await save(change.list, t('myexercises_saved', saved?.name ?? ''))) {
        setListError(null);
        setEditing(null);
        focus.current = saved ? { id: saved.id, control: 'edit' } : 'add';
      }
      return null;
    };

  const move = async (exercise: CustomExercise, to: number, control: 'up' | 'down') => {
    const next = moveCustom(list, exercise.id, to);
    const place = next.findIndex((e) => e.id === exercise.id) + 1;
    focus.current = { id: exercise.id, control };
    await save(next, t('myexercises_moved', exercise.name, place, next.length));
  };

  const remove = async (exercise: CustomExercise) => {
    if (await save(deleteCustom(list, exercise.id), t('myexercises_deleted', exercise.name))) {
      setDeleting(null);
      focus.current = 'add';
    }
  };

  const full = list.length >= CUSTOM_LIMITS.count;
  return (
    <div class="mx" ref={root}>
      {list.length === 0 ? (
        <p class="field-help">{t('myexercises_empty')}</p>
      ) : (
        <ol class="mx-list" aria-label={t('myexercises_list_label')}>
          {list.map((exercise, i) =>
            editing?.kind === 'edit' && editing.id === exercise.id ? (
              <li key={exercise.id} class="mx-item mx-item-editing">
                <ExerciseForm
                  exercise={exercise}
                  onSave={onSave(editing)}
                  onCancel={() => {
                    setEditing(null);
                    focus.current = { id: exercise.id, control: 'edit' };
                  }}
                />
              </li>
            ) : (
              <li key={exercise.id} class="mx-item">
                <div class="mx-item-text">
                  <p class="mx-item-name">{exercise.name}</p>
                  <p class="field-help">
                    {customDoseText(exercise.dose)} · {customPositionText(exercise.position)}
                  </p>
                </div>
                {deleting === exercise.id ? (
                  // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form inputs; this groups buttons
                  <div
                    class="mx-confirm"
                    role="group"
                    aria-label={t('myexercises_delete_named', exercise.name)}
                  >
                    <p>{t('myexercises_delete_confirm', exercise.name)}</p>
                    <button type="button" class="danger" onClick={() => void remove(exercise)}>
                      {t('myexercises_delete')}
                    </button>
                    <button
                      type="button"
                      data-mx={`cancel-${exercise.id}`}
                      onClick={() => {
                        setDeleting(null);
                        focus.current = { id: exercise.id, control: 'edit' };
                      }}
                    >
                      {t('myexercises_cancel')}
                    </button>
                  </div>
                ) : (
                  <div class="mx-item-actions">
                    <button
                      type="button"
                      data-mx={`up-${exercise.id}`}
                      aria-label={t('myexercises_move_up_named', exercise.name)}
                      disabled={i === 0}
                      onClick={() => void move(exercise, i - 1, 'up')}
                    >
                      {t('myexercises_move_up')}
                    </button>
                    <button
                      type="button"
                      data-mx={`down-${exercise.id}`}
                      aria-label={t('myexercises_move_down_named', exercise.name)}
                      disabled={i === list.length - 1}
                      onClick={() => void move(exercise, i + 1, 'down')}
                    >
                      {t('myexercises_move_down')}
                    </button>
                    <button
                      type="button"
                      data-mx={`edit-${exercise.id}`}
                      aria-label={t('myexercises_edit_named', exercise.name)}
                      onClick={() => setEditing({ kind: 'edit', id: exercise.id })}
                    >
                      {t('myexercises_edit')}
                    </button>
                    <button
                      type="button"
                      aria-label={t('myexercises_delete_named', exercise.name)}
                      onClick={() => {
                        setDeleting(exercise.id);
                        focus.current = { id: exercise.id, control: 'cancel' };
                      }}
                    >
                      {t('myexercises_delete')}
                    </button>
                  </div>
                )}
              </li>
            ),
          )}
        </ol>
      )}
      {listError || error ? (
        <p class="field-error" role="alert">
          {listError ?? error}
        </p>
      ) : null}
      {editing?.kind === 'add' ? (
        <ExerciseForm
          onSave={onSave(editing)}
          onCancel={() => {
            setEditing(null);
            focus.current = 'add';
          }}
        />
      ) : (
        <button
          type="button"
          data-mx="add"
          onClick={() =>
            full ? setListError(listProblemText('too-many')) : setEditing({ kind: 'add' })
          }
        >
          {t('myexercises_add')}
        </button>
      )}
      <p class="visually-hidden" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
