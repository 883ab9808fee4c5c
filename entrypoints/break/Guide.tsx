import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { BreakTimer } from '@/components/BreakTimer';
import { CustomExerciseCard } from '@/components/CustomExerciseCard';
import { ExerciseCard } from '@/components/ExerciseCard';
import type { ExerciseCategory } from '@/lib/content/categories';
import type { CustomExercise } from '@/lib/content/custom-exercises';
import {
  exerciseById,
  exerciseEaseOff,
  exerciseName,
  GENERAL_CAUTION,
  generalCaution,
} from '@/lib/content/exercises';
import { t } from '@/lib/i18n/t';
import { useNow } from '@/lib/pages/useNow';
import { chooseMoves } from '@/lib/routine/choose';
import { customMove, isCustomMove, type RoutineMove } from '@/lib/routine/moves';
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
import type { CustomExerciseMode } from '@/lib/settings/schema';
import { readCustomExercises } from '@/lib/storage/custom-exercises';
import { readSettings } from '@/lib/storage/settings';
import { formatCountdown } from '@/lib/time/format';
import { FlareNotes } from './FlareNotes';
import { restoreProgress, restoreRoutine, saveProgress, saveRoutine } from './progress-store';
import { markShown, readRecent } from './recent-store';
import { type Shortcut, useShortcuts } from './shortcuts';

export type OnBreak = Extract<Phase, { kind: 'onBreak' }>;
export type Finish = 'done' | 'skipped' | 'timeUp';

/** What a routine is chosen from, when the page read it before its first render. */
export interface RoutineStart {
  excluded: readonly ExerciseCategory[];
  recent: RecentExercise[];
  /** The user's own exercises, and how breaks use them (`customExerciseMode`). */
  custom: readonly CustomExercise[];
  mode: CustomExerciseMode;
}

/** Flare mode, as the page read it when the break began. */
export interface GuideFlare {
  /** In force: gentle moves only, each with its ease-off line, in kinder words. */
  on: boolean;
  /** The user asked for heat or cold reminders in flare mode. */
  heatCold: boolean;
}

interface GuideProps {
  phase: OnBreak;
  onFinish: (how: Finish) => void;
  /** The settings' exclusions, the moves shown lately and the user's own, if read already:
   * else read here. */
  start: RoutineStart | null;
  flare?: GuideFlare;
}

/** A move's name, whoever wrote it. */
function moveName(move: RoutineMove): string {
  return isCustomMove(move) ? move.custom.name : exerciseName(move);
}

function report(error: unknown): void {
  console.error('Limber break page:', error);
}

/**
 * The routine this tab already showed for the break, so a reload shows the same moves: Limber's
 * by id, the user's own from their list (one deleted since means choosing again).
 */
function restored(phase: OnBreak, custom: readonly CustomExercise[] | null): RoutineMove[] | null {
  const saved = restoreRoutine(phase.startedAt)?.map((id): RoutineMove | undefined => {
    const own = custom?.find((exercise) => exercise.id === id);
    return own ? customMove(own) : exerciseById(id);
  });
  return saved?.length && saved.every((move): move is RoutineMove => move !== undefined)
    ? saved
    : null;
}

/**
 * A routine for the break, chosen (and kept for the tab) from what the user excludes, saw
 * lately and added of their own; in flare mode, gentle moves only.
 */
function choose(
  phase: OnBreak,
  { excluded, recent, custom, mode }: RoutineStart,
  flare: boolean,
): RoutineMove[] {
  const chosen = chooseMoves({
    breakMs: phase.endsAt - phase.startedAt,
    long: phase.long,
    excluded: [...excluded],
    recent,
    startedAt: phase.startedAt,
    seed: phase.startedAt,
    flare,
    custom,
    mode,
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
function useRoutine(
  phase: OnBreak,
  start: RoutineStart | null,
  flare: boolean,
): RoutineMove[] | null {
  const [routine, setRoutine] = useState<RoutineMove[] | null>(
    () => restored(phase, start?.custom ?? null) ?? (start ? choose(phase, start, flare) : null),
  );
  useEffect(() => {
    if (routine) return;
    let live = true;
    const recent = readRecent().catch((error: unknown) => {
      report(error);
      return [];
    });
    const custom = readCustomExercises().catch((error: unknown) => {
      report(error);
      return [];
    });
    Promise.all([readSettings(), recent, custom])
      .then(([settings, history, own]) => {
        if (!live) return;
        setRoutine(
          restored(phase, own) ??
            choose(
              phase,
              {
                excluded: settings.excludedCategories,
                recent: history,
                custom: own,
                mode: settings.customExerciseMode,
              },
              flare,
            ),
        );
      })
      .catch(report);
    return () => {
      live = false;
    };
  }, [routine, phase, flare]);
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

const NO_FLARE: GuideFlare = { on: false, heatCold: false };

/** How to ease off this move, in flare mode: Limber's own line, or a general one for the user's. */
function EaseOff({ move }: { move: RoutineMove }) {
  const text = isCustomMove(move) ? t('flare_custom_ease_off') : exerciseEaseOff(move);
  return text ? <p class="ease-off">{text}</p> : null;
}

/** Guides the user through the moves of the running break. */
export function Guide({ phase, onFinish, start, flare = NO_FLARE }: GuideProps) {
  const routine = useRoutine(phase, start, flare.on);
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
        <Brand
          title={
            flare.on
              ? t('flare_break_heading')
              : t(phase.long ? 'break_heading_long' : 'break_heading_short')
          }
        />
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
        <p class="break-loading" aria-busy="true">
          {t('break_choosing')}
        </p>
      ) : move ? (
        (() => {
          const card = {
            label: t('break_move_of', index + 1, count),
            aside: (
              <BreakTimer
                label={t('break_this_move')}
                remainingMs={moveRemainingMs(progress, lengths, now)}
                totalMs={move.seconds * 1000}
                paused={paused}
              />
            ),
            controls,
            extra: flare.on ? <EaseOff move={move} /> : null,
          };
          return isCustomMove(move) ? (
            <CustomExerciseCard key={move.id} exercise={move.custom} {...card} />
          ) : (
            <ExerciseCard key={move.id} exercise={move} {...card} />
          );
        })()
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
        {move ? t('break_move_of_named', index + 1, count, moveName(move)) : ''}
      </p>

      {flare.on ? <FlareNotes heatCold={flare.heatCold} /> : null}

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
