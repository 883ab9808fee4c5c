import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { BreakTimer } from '@/components/BreakTimer';
import { ExerciseCard } from '@/components/ExerciseCard';
import { type Exercise, GENERAL_CAUTION } from '@/lib/content/exercises';
import { chooseRoutine } from '@/lib/routine/choose';
import { formatCountdown } from '@/lib/routine/format';
import {
  advance,
  goTo,
  isPaused,
  moveRemainingMs,
  type Progress,
  startProgress,
  togglePause,
} from '@/lib/routine/progress';
import type { Phase } from '@/lib/session/state';
import { readSettings } from '@/lib/storage/items';
import { restoreProgress, saveProgress } from './progress-store';
import { markShown, readRecent } from './recent-store';
import { type Shortcut, useShortcuts } from './shortcuts';
import { useNow } from './useNow';

export type OnBreak = Extract<Phase, { kind: 'onBreak' }>;
export type Finish = 'done' | 'skipped' | 'timeUp';

interface GuideProps {
  phase: OnBreak;
  onFinish: (how: Finish) => void;
}

function report(error: unknown): void {
  console.error('Limber break page:', error);
}

/**
 * The routine for this break, chosen once per break from the settings and recent history as
 * stored now: a settings change can reach this page after the break has started, so the page's
 * own copy may be behind.
 */
function useRoutine(phase: OnBreak): Exercise[] | null {
  const [routine, setRoutine] = useState<Exercise[] | null>(null);
  useEffect(() => {
    let live = true;
    const recent = readRecent().catch((error: unknown) => {
      report(error);
      return [];
    });
    Promise.all([readSettings(), recent])
      .then(([settings, history]) => {
        if (!live) return;
        setRoutine(
          chooseRoutine({
            breakMs: phase.endsAt - phase.startedAt,
            long: phase.long,
            excluded: settings.excludedCategories,
            recent: history,
            startedAt: phase.startedAt,
            seed: phase.startedAt,
          }),
        );
      })
      .catch(report);
    return () => {
      live = false;
    };
  }, [phase.startedAt, phase.endsAt, phase.long]);
  return routine;
}

/** Guides the user through the moves of the running break. */
export function Guide({ phase, onFinish }: GuideProps) {
  const routine = useRoutine(phase);
  const lengths = useMemo(() => routine?.map((m) => m.seconds) ?? [], [routine]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const now = useNow(250);
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
    document.title = `${formatCountdown(overallLeft)} · Limber break`;
  }, [overallLeft]);
  useEffect(
    () => () => {
      document.title = 'Limber break';
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
      Previous
    </button>
  );
  const controls = (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form inputs; this groups buttons
    <div class="break-controls" role="group" aria-label="Moves">
      {previous}
      <button type="button" onClick={pauseOrResume}>
        {paused ? 'Resume' : 'Pause'}
      </button>
      <button type="button" onClick={() => step(1)}>
        Next
      </button>
    </div>
  );

  return (
    <>
      <header class="break-top">
        <Brand title={phase.long ? 'Longer break' : 'Break time'} />
        <p class="break-overall">
          <span id={overallId}>Break ends in</span>{' '}
          <span role="timer" aria-labelledby={overallId} class="break-overall-time">
            {formatCountdown(overallLeft)}
          </span>
        </p>
        <div class="break-finish">
          <button type="button" class="primary" onClick={() => onFinish('done')}>
            Done
          </button>
          <button type="button" onClick={() => onFinish('skipped')}>
            Skip break
          </button>
        </div>
      </header>

      {routine === null || progress === null ? (
        <p class="break-loading">Choosing your moves…</p>
      ) : move ? (
        <ExerciseCard
          key={move.id}
          exercise={move}
          label={`Move ${index + 1} of ${count}`}
          aside={
            <BreakTimer
              label="This move"
              remainingMs={moveRemainingMs(progress, lengths, now)}
              totalMs={move.seconds * 1000}
              paused={paused}
            />
          }
          controls={controls}
        />
      ) : count === 0 ? (
        <section class="break-note" aria-labelledby={`${overallId}-free`}>
          <h2 id={`${overallId}-free`}>Move as you like</h2>
          <p>
            None of the guided moves fit this break with your settings. Stand up, walk about or
            change position until the break ends.
          </p>
          <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
            Choose which moves to show
          </button>
        </section>
      ) : (
        <section class="break-note" aria-labelledby={`${overallId}-all`}>
          <h2 id={`${overallId}-all`}>All moves done</h2>
          <p>
            Keep moving until the break ends: walk about, fetch some water or look out of a window.
            Press Done when you are ready to sit down again.
          </p>
          <div class="break-controls">{previous}</div>
        </section>
      )}

      <p class="visually-hidden" aria-live="polite">
        {move ? `Move ${index + 1} of ${count}: ${move.name}` : ''}
      </p>

      <footer class="break-footer">
        {count > 0 ? (
          <p class="break-keys">
            Keys: <kbd>Space</kbd> pause or resume, <kbd>←</kbd> <kbd>→</kbd> previous or next,{' '}
            <kbd>Enter</kbd> done.
          </p>
        ) : null}
        <p class="break-caution">
          {GENERAL_CAUTION.text}{' '}
          <a href={GENERAL_CAUTION.source.url} target="_blank" rel="noreferrer">
            Source: {GENERAL_CAUTION.source.name}
          </a>
        </p>
      </footer>
    </>
  );
}
