import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { BreakTimer } from '@/components/BreakTimer';
import { ExerciseCard } from '@/components/ExerciseCard';
import type { ExerciseCategory } from '@/lib/content/categories';
import {
  type Exercise,
  exerciseById,
  exerciseName,
  GENERAL_CAUTION,
  generalCaution,
} from '@/lib/content/exercises';
import { t } from '@/lib/i18n/t';
import { useNow } from '@/lib/pages/useNow';
import { chooseRoutine } from '@/lib/routine/choose';
import {
  advance,
  goTo,
  isPaused,
  moveRemainingMs,
  type Progress,
  startProgress,
  togglePause,
} from '@/lib/routine/progress';
import type { RecentExercise } from '@/lib/routine/recent';
import type { Phase } from '@/lib/session/state';
import { readSettings } from '@/lib/storage/settings';
import { formatCountdown } from '@/lib/time/format';
import { restoreProgress, restoreRoutine, saveProgress, saveRoutine } from './progress-store';
import { markShown, readRecent } from './recent-store';
import { type Shortcut, useShortcuts } from './shortcuts';

export type OnBreak = Extract<Phase, { kind: 'onBreak' }>;
export type Finish = 'done' | 'skipped' | 'timeUp';

/** What a routine is chosen from, when the page read it before its first render. */
export interface RoutineStart {
  excluded: readonly ExerciseCategory[];
  recent: RecentExercise[];
}

interface GuideProps {
  phase: OnBreak;
  onFinish: (how: Finish) => void;
  /** The settings' exclusions and the moves shown lately, if read already: else read here. */
  start: RoutineStart | null;
}

function report(error: unknown): void {
  console.error('Limber break page:', error);
}

/** The routine this tab already showed for the break, so a reload shows the same moves. */
function restored(phase: OnBreak): Exercise[] | null {
  const saved = restoreRoutine(phase.startedAt)?.map(exerciseById);
  return saved?.length && saved.every((move): move is Exercise => move !== undefined)
    ? saved
    : null;
}

/** A routine for the break, chosen (and kept for the tab) from what the user excludes and saw lately. */
function choose(phase: OnBreak, { excluded, recent }: RoutineStart): Exercise[] {
  const chosen = chooseRoutine({
    breakMs: phase.endsAt - phase.startedAt,
    long: phase.long,
    excluded: [...excluded],
    recent,
    startedAt: phase.startedAt,
    seed: phase.startedAt,
  });
  saveRoutine(
    phase.startedAt,
    chosen.map((move) => move.id),
  );
  return chosen;
}

/**
 * The routine for this break, chosen once per break from the settings and recent history as
 * stored now (a settings change can reach this page after the break has started, so the page's
 * own copy may be behind), then kept for the tab so a reload shows the same moves. With `start`
 * (read just before the page's first render) it is chosen for that render.
 */
function useRoutine(phase: OnBreak, start: RoutineStart | null): Exercise[] | null {
  const [routine, setRoutine] = useState<Exercise[] | null>(
    () => restored(phase) ?? (start ? choose(phase, start) : null),
  );
  useEffect(() => {
    if (routine) return;
    let live = true;
    const recent = readRecent().catch((error: unknown) => {
      report(error);
      return [];
    });
    Promise.all([readSettings(), recent])
      .then(([settings, history]) => {
        if (live) {
          setRoutine(choose(phase, { excluded: settings.excludedCategories, recent: history }));
        }
      })
      .catch(report);
    return () => {
      live = false;
    };
  }, [routine, phase]);
  return routine;
}

/** The keyboard help, each key drawn as a key cap wherever the language's sentence puts it. */
function KeysHelp() {
  const keys = [t('break_key_space'), '←', '→', t('break_key_enter')];
  // Marks no message contains stand in for the keys, so the sentence splits around them.
  const marks = keys.map((_, i) => `\uE000${i}\uE001`);
  const parts = t('break_keys', ...marks).split(/\uE000(\d)\uE001/);
  return (
    <p class="break-keys">
      {parts.map((part, i) => (i % 2 === 1 ? <kbd key={part}>{keys[Number(part)]}</kbd> : part))}
    </p>
  );
}

/** Guides the user through the moves of the running break. */
export function Guide({ phase, onFinish, start }: GuideProps) {
  const routine = useRoutine(phase, start);
  const lengths = useMemo(() => routine?.map((m) => m.seconds) ?? [], [routine]);
  const [progress, setProgress] = useState<Progress | null>(null);
  // A quarter-second clock for the moves' timers, in step with the break's own countdown.
  const now = useNow(phase.endsAt, 250);
  const overallId = useId();
  const timeUpSent = useRef(false);

  useEffect(() => {
    if (routine)
      setProgress(restoreProgress(phase.startedAt, lengths) ?? startProgress(Date.now()));
  }, [routine, lengths, phase.startedAt]);

  // Moves on by itself when a move's time is up.
  useEffect(() => {
    setProgress((p) => (p ? advance(p, lengths, now) : p));
  }, [now, lengths]);

  useEffect(() => {
    if (progress) saveProgress(phase.startedAt, progress);
  }, [progress, phase.startedAt]);

  const index = progress?.index ?? 0;
  const move = routine?.[index];
  useEffect(() => {
    if (move) markShown(move.id, Date.now()).catch(report);
  }, [move]);

  const overallLeft = phase.endsAt - now;
  useEffect(() => {
    if (overallLeft <= 0 && !timeUpSent.current) {
      timeUpSent.current = true;
      onFinish('timeUp');
    }
  }, [overallLeft, onFinish]);

  useEffect(() => {
    document.title = t(
      'break_title_countdown',
      formatCountdown(overallLeft),
      t('common_page_break'),
    );
  }, [overallLeft]);
  useEffect(
    () => () => {
      document.title = t('common_page_break');
    },
    [],
  );

  const count = routine?.length ?? 0;
  const paused = progress ? isPaused(progress) : false;
  const step = (delta: number) =>
    setProgress((p) => (p ? goTo(p, p.index + delta, lengths, Date.now()) : p));
  const pauseOrResume = () => setProgress((p) => (p ? togglePause(p, Date.now()) : p));

  useShortcuts((shortcut: Shortcut) => {
    if (shortcut === 'done') onFinish('done');
    else if (shortcut === 'previous') step(-1);
    else if (shortcut === 'next') step(1);
    else if (move) pauseOrResume();
  });

  const previous = (
    <button type="button" onClick={() => step(-1)} disabled={index === 0}>
      {t('break_previous')}
    </button>
  );
  const controls = (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form inputs; this groups buttons
    <div class="break-controls" role="group" aria-label={t('break_moves_group')}>
      {previous}
      <button type="button" onClick={pauseOrResume}>
        {t(paused ? 'break_resume' : 'break_pause')}
      </button>
      <button type="button" onClick={() => step(1)}>
        {t('break_next')}
      </button>
    </div>
  );

  return (
    <>
      <header class="break-top">
        <Brand title={t(phase.long ? 'break_heading_long' : 'break_heading_short')} />
        <p class="break-overall">
          <span id={overallId}>{t('break_ends_in')}</span>{' '}
          <span role="timer" aria-labelledby={overallId} class="break-overall-time">
            {formatCountdown(overallLeft)}
          </span>
        </p>
        <div class="break-finish">
          <button type="button" class="primary" onClick={() => onFinish('done')}>
            {t('break_done')}
          </button>
          <button type="button" onClick={() => onFinish('skipped')}>
            {t('break_skip')}
          </button>
        </div>
      </header>

      {routine === null || progress === null ? (
        <p class="break-loading">{t('break_choosing')}</p>
      ) : move ? (
        <ExerciseCard
          key={move.id}
          exercise={move}
          label={t('break_move_of', index + 1, count)}
          aside={
            <BreakTimer
              label={t('break_this_move')}
              remainingMs={moveRemainingMs(progress, lengths, now)}
              totalMs={move.seconds * 1000}
              paused={paused}
            />
          }
          controls={controls}
        />
      ) : count === 0 ? (
        <section class="break-note" aria-labelledby={`${overallId}-free`}>
          <h2 id={`${overallId}-free`}>{t('break_free_heading')}</h2>
          <p>{t('break_free_text')}</p>
          <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
            {t('break_free_settings')}
          </button>
        </section>
      ) : (
        <section class="break-note" aria-labelledby={`${overallId}-all`}>
          <h2 id={`${overallId}-all`}>{t('break_all_done_heading')}</h2>
          <p>{t('break_all_done_text')}</p>
          <div class="break-controls">{previous}</div>
        </section>
      )}

      <p class="visually-hidden" aria-live="polite">
        {move ? t('break_move_of_named', index + 1, count, exerciseName(move)) : ''}
      </p>

      <footer class="break-footer">
        {count > 0 ? <KeysHelp /> : null}
        <p class="break-caution">
          {generalCaution()}{' '}
          <a href={GENERAL_CAUTION.source.url} target="_blank" rel="noreferrer">
            {t('exercises_source', GENERAL_CAUTION.source.name)}
          </a>
        </p>
      </footer>
    </>
  );
}
