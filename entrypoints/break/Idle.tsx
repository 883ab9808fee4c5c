import { useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { ExerciseIllustration } from '@/components/ExerciseIllustration';
import {
  type Exercise,
  exerciseName,
  formatDose,
  GENERAL_CAUTION,
  generalCaution,
  illustrationTitle,
} from '@/lib/content/exercises';
import { t, tn } from '@/lib/i18n/t';
import type { Intent } from '@/lib/messages';
import type { SendOutcome } from '@/lib/pages/useEngineSnapshot';
import { chooseRoutine } from '@/lib/routine/choose';
import type { RecentExercise } from '@/lib/routine/recent';
import type { EngineState } from '@/lib/session/state';
import { breakLengthMs, nextBreakIsLong } from '@/lib/session/timing';
import type { Settings } from '@/lib/settings/schema';
import { MINUTE } from '@/lib/time/units';
import { Library } from './Library';
import './idle.css';

interface IdleProps {
  state: EngineState;
  settings: Settings;
  /** The moves shown lately, which a break's routine leaves for later. */
  recent: readonly RecentExercise[];
  send: (intent: Intent) => Promise<SendOutcome>;
  /** Flare mode is on: the preview holds gentle moves only, as a break would. */
  flare?: boolean;
}

interface Preview {
  long: boolean;
  minutes: number;
  moves: Exercise[];
}

/**
 * The routine a break started now would bring: chosen the way the break page chooses one, from
 * the settings and the moves shown lately. The break's own choice is seeded by its start, so
 * among equally good moves it may pick others: the page says "moves like these".
 */
function preview(
  state: EngineState,
  settings: Settings,
  recent: readonly RecentExercise[],
  flare: boolean,
) {
  const now = Date.now();
  const long = nextBreakIsLong(state, settings);
  const breakMs = breakLengthMs(long, settings);
  const moves = chooseRoutine({
    breakMs,
    long,
    excluded: settings.excludedCategories,
    recent,
    startedAt: now,
    seed: now,
    flare,
  });
  return { long, minutes: Math.round(breakMs / MINUTE), moves };
}

function PreviewSection({ long, minutes, moves }: Preview) {
  const length = tn('common_minutes', minutes);
  return (
    <section class="break-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('break_preview_heading')}</h2>
      {moves.length === 0 ? (
        <p class="break-lede">{t('break_preview_none')}</p>
      ) : (
        <>
          <p class="break-lede">
            {t(long ? 'break_preview_text_long' : 'break_preview_text', length)}
          </p>
          <ol class="break-preview-list">
            {moves.map((move) => (
              <li key={move.id} class="break-preview-item">
                <div class="break-preview-figure">
                  <ExerciseIllustration
                    illustration={move.illustration}
                    title={illustrationTitle(move)}
                  />
                </div>
                <div>
                  <p class="break-preview-name">{exerciseName(move)}</p>
                  <p class="break-preview-dose">{formatDose(move.dose)}</p>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/**
 * The page opened with no break running: an offer of a break now, the moves it would bring, and
 * the whole exercise library to browse.
 */
export function Idle({ state, settings, recent, send, flare = false }: IdleProps) {
  const [refused, setRefused] = useState(false);
  // Chosen once, when the page opens: a preview that changed under the reader would confuse.
  const [today] = useState(() => preview(state, settings, recent, flare));
  const offHours = state.phase.kind === 'offHours';
  const start = async () => {
    const outcome = await send({ type: 'startBreak' });
    // Answered, yet no break: the engine would not start one now.
    setRefused(outcome.kind === 'answered' && outcome.state.phase.kind !== 'onBreak');
  };
  return (
    <>
      <header class="break-top">
        <Brand title={t('break_none_heading')} />
      </header>
      <section class="break-hero" aria-label={t('break_none_heading')}>
        {offHours ? (
          <p>{t('break_off_hours')}</p>
        ) : (
          <>
            <p>{t('break_offer')}</p>
            <button type="button" class="primary break-start" onClick={() => void start()}>
              {t('break_start_now')}
            </button>
          </>
        )}
        {refused ? <p role="status">{t('break_start_refused')}</p> : null}
      </section>
      <PreviewSection {...today} />
      <Library excluded={settings.excludedCategories} />
      <footer class="break-footer">
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
