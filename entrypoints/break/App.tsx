import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import type { CustomExercise } from '@/lib/content/custom-exercises';
import { scheduleSettings } from '@/lib/flare/schedule';
import { flareActive } from '@/lib/flare/state';
import { t } from '@/lib/i18n/t';
import type { IntentError } from '@/lib/messages';
import { useFlare } from '@/lib/pages/flare';
import type { PageData, StorageKey } from '@/lib/pages/page-data';
import { useEngineSnapshot } from '@/lib/pages/useEngineSnapshot';
import { useNow } from '@/lib/pages/useNow';
import { parseRecent } from '@/lib/routine/recent';
import type { EngineState } from '@/lib/session/state';
import { RECENT_EXERCISES_KEY } from '@/lib/storage/items';
import { chimeAllowed, playChime, prepareChime } from './chime';
import { Ended, type EndedBreak } from './Ended';
import { type Finish, Guide, type OnBreak } from './Guide';
import { Idle } from './Idle';

/** Why the background brought no new state, in words for the user. */
function errorText(error: IntentError): string {
  switch (error.reason) {
    case 'unreachable':
      return t('break_error_unreachable', error.detail);
    case 'no-answer':
      return t('break_error_no_answer');
    case 'malformed':
      return t('break_error_bad_state');
    case 'refused':
      // The background's own words, when it gave any.
      return error.detail || t('break_error_refused');
  }
}

/** Where the moves the break page showed lately are kept (./recent-store.ts). */
export const RECENT_KEY: StorageKey = RECENT_EXERCISES_KEY;

/** Whether the stored state holds a break still running at `now`. */
function runningBreak(state: EngineState | null, now: number): boolean {
  return state?.phase.kind === 'onBreak' && state.phase.endsAt > now;
}

interface AppProps {
  /**
   * The page's stored data, read before its first render (see main.tsx), with the moves shown
   * lately under RECENT_KEY; without it the page reads the same once mounted.
   */
  data?: PageData;
  /** The user's own exercises, read with the page's data (none when not given). */
  custom?: readonly CustomExercise[];
}

/** The guided break page: the running break's routine, what happened after it, or an offer. */
export function App({ data, custom = [] }: AppProps) {
  const engine = useEngineSnapshot({ data });
  const { error, send } = engine;
  const now = useNow();
  // The stored state can be behind the clock (a break that ran out while the browser was
  // closed), and this page acts when a break ends: until the background has answered, only a
  // break still running by the stored state shows (the background saves it before it opens this
  // page, so the page shows it on its first render).
  const trusted = engine.answered || runningBreak(engine.state, now);
  const state = trusted ? engine.state : null;
  // In flare mode the engine runs on the flare schedule (lib/flare/schedule.ts): so does the page.
  const flare = useFlare(data, now);
  const settings =
    trusted && engine.settings ? scheduleSettings(engine.settings, flare, now) : null;
  // What the routine is chosen from, as read before the first render.
  // Only for the break running then: a later break in this tab reads the settings and recent
  // moves afresh (they may have changed since this page was opened).
  const [start] = useState(() =>
    data?.loaded()
      ? {
          recent: parseRecent(data.value(RECENT_KEY)),
          forBreak: engine.state?.phase.kind === 'onBreak' ? engine.state.phase.startedAt : null,
        }
      : null,
  );
  const [ended, setEnded] = useState<EndedBreak | null>(null);
  // The break this page last showed, so it can tell when that break ends.
  const shown = useRef<OnBreak | null>(null);
  const phase = state?.phase;
  // Kept during render, not in an effect: a click right after the first paint must find it.
  if (phase?.kind === 'onBreak') shown.current = phase;

  useEffect(() => {
    if (!phase || phase.kind === 'onBreak') return;
    const last = shown.current;
    if (last) {
      setEnded((prev) =>
        prev?.phase.startedAt === last.startedAt
          ? prev
          : { phase: last, how: Date.now() >= last.endsAt - 1000 ? 'timeUp' : 'elsewhere' },
      );
    }
  }, [phase]);

  // Read through a ref: the chime belongs to the moment a break ends, not to settings changes.
  const settingsNow = useRef(settings);
  settingsNow.current = settings;
  useEffect(() => {
    const current = settingsNow.current;
    if (ended?.how === 'timeUp' && current && chimeAllowed(current)) playChime();
  }, [ended]);

  useEffect(() => {
    if (!settings || !chimeAllowed(settings)) return;
    // Browsers let a page make sound only after the user touched it.
    document.addEventListener('pointerdown', prepareChime, { once: true });
    document.addEventListener('keydown', prepareChime, { once: true });
    return () => {
      document.removeEventListener('pointerdown', prepareChime);
      document.removeEventListener('keydown', prepareChime);
    };
  }, [settings]);

  const finish = useCallback(
    async (how: Finish) => {
      const last = shown.current;
      if (!last) return;
      setEnded({ phase: last, how });
      const outcome = await send({ type: how === 'skipped' ? 'skipBreak' : 'endBreak' });
      // Not ended after all: back to the routine, with the error shown above it.
      if (outcome.kind === 'failed') setEnded(null);
    },
    [send],
  );

  const alert = error ? (
    <p class="break-error" role="alert">
      {errorText(error)}
    </p>
  ) : null;

  let content = null;
  const loading = !state || !settings || !phase;
  if (loading) {
    content = (
      <header class="break-top">
        <Brand title={t('common_page_break')} />
        {error ? null : <p class="break-loading">{t('break_loading')}</p>}
      </header>
    );
  } else if (phase.kind === 'onBreak' && ended?.phase.startedAt !== phase.startedAt) {
    content = (
      <Guide
        key={phase.startedAt}
        phase={phase}
        onFinish={finish}
        start={
          start && start.forBreak === phase.startedAt
            ? {
                excluded: settings.excludedCategories,
                recent: start.recent,
                custom,
                mode: settings.customExerciseMode,
              }
            : null
        }
        flare={{ on: flareActive(flare, phase.startedAt), heatCold: settings.flareHeatCold }}
      />
    );
  } else if (ended) {
    content = (
      <Ended ended={ended} state={state} settings={settings} records={engine.records} now={now} />
    );
  } else {
    content = (
      <Idle
        state={state}
        settings={settings}
        recent={start?.recent ?? []}
        send={send}
        flare={flareActive(flare, now)}
      />
    );
  }

  return (
    <main class="break-page" aria-busy={loading && !error}>
      {alert}
      {content}
    </main>
  );
}
