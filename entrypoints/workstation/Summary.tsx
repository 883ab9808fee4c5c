import type { Ref } from 'preact';
import { formatDate, t, tData, tn } from '@/lib/i18n/t';
import { type Todo, todos, type WorkstationRecord } from '@/lib/workstation/answers';
import type { WorkstationItem, WorkstationItemId } from '@/lib/workstation/checklist';
import { Sources } from './Sources';

interface SummaryProps {
  items: readonly WorkstationItem[];
  record: WorkstationRecord;
  headingRef: Ref<HTMLHeadingElement>;
  onTick: (id: WorkstationItemId, done: boolean) => void;
  onEdit: (id: WorkstationItemId) => void;
  onRestart: () => void;
  onResume: () => void;
}

function TodoRow({ todo, onTick }: { todo: Todo; onTick: SummaryProps['onTick'] }) {
  const { item, done } = todo;
  const id = `ws-todo-${item.id}`;
  return (
    <li class={done ? 'ws-todo ws-todo--done' : 'ws-todo'}>
      <input
        type="checkbox"
        id={id}
        checked={done}
        onChange={(event) => onTick(item.id, event.currentTarget.checked)}
      />
      <div>
        <label for={id}>{tData(`workstation_${item.id}_fix`)}</label>{' '}
        <Sources sources={item.sources} />
      </div>
    </li>
  );
}

/** The to-do list made from the answers, the answers themselves (each can be changed), and when. */
export function Summary(props: SummaryProps) {
  const { items, record, headingRef, onTick, onEdit, onRestart, onResume } = props;
  const list = todos(items, record);
  const open = items.filter((item) => record.answers[item.id] === undefined).length;
  const done = list.filter((todo) => todo.done).length;
  return (
    <>
      <section class="ws-card" aria-labelledby="ws-todo-heading">
        <h2 id="ws-todo-heading" ref={headingRef} tabIndex={-1}>
          {t('workstation_todo_heading')}
        </h2>
        {open > 0 ? (
          <div class="ws-open">
            <p>{tn('workstation_unanswered', open)}</p>
            <button type="button" class="primary" onClick={onResume}>
              {t('workstation_continue')}
            </button>
          </div>
        ) : null}
        {list.length === 0 ? (
          <p>{t('workstation_todo_empty')}</p>
        ) : (
          <>
            <p>{t('workstation_todo_intro')}</p>
            <p class="ws-count">{t('workstation_todo_count', done, list.length)}</p>
            <ul class="ws-todos">
              {list.map((todo) => (
                <TodoRow key={todo.item.id} todo={todo} onTick={onTick} />
              ))}
            </ul>
          </>
        )}
        {record.completedAt !== null ? (
          <p class="ws-muted">
            {t('workstation_last_done', formatDate(record.completedAt, { dateStyle: 'long' }))}
          </p>
        ) : null}
      </section>

      <section class="ws-card" aria-labelledby="ws-answers-heading">
        <h2 id="ws-answers-heading">{t('workstation_answers_heading')}</h2>
        <ul class="ws-answers-list">
          {items.map((item) => {
            const title = tData(`workstation_${item.id}_title`);
            const given = record.answers[item.id];
            return (
              <li key={item.id}>
                <span class="ws-answer-title">{title}</span>
                <span class="ws-answer-value">
                  {given === 'right'
                    ? t('workstation_right')
                    : given === 'fix'
                      ? t('workstation_fix')
                      : t('workstation_not_answered')}
                </span>
                <button
                  type="button"
                  class="ws-link-button"
                  aria-label={t('workstation_change_label', title)}
                  onClick={() => onEdit(item.id)}
                >
                  {t('workstation_change')}
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" onClick={onRestart}>
          {t('workstation_start_over')}
        </button>
      </section>
    </>
  );
}
