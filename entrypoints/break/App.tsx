import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { t } from '@/lib/i18n/t';
import { chimeAllowed, playChime, prepareChime } from './chime';
import { Ended, type EndedBreak } from './Ended';
import { type Finish, Guide, type OnBreak } from './Guide';
import { Idle } from './Idle';
import { useEngine } from './useEngine';
import { useNow } from './useNow';

/** The guided break page: the running break's routine, what happened after it, or an offer. */
export function App() {
  const { snapshot, error, send } = useEngine();
  const [ended, setEnded] = useState<EndedBreak | null>(null);
  // The break this page last showed, so it can tell when that break ends.
  const shown = useRef<OnBreak | null>(null);
  const now = useNow(1000);
  const phase = snapshot?.state.phase;
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

  const settings = snapshot?.settings;
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
      const next = await send({ type: how === 'skipped' ? 'skipBreak' : 'endBreak' });
      // Not ended after all: back to the routine, with the error shown above it.
      if (next === null) setEnded(null);
    },
    [send],
  );

  const alert = error ? (
    <p class="break-error" role="alert">
      {error}
    </p>
  ) : null;

  let content = null;
  if (!snapshot || !phase) {
    content = (
      <header class="break-top">
        <Brand title={t('common_page_break')} />
        {error ? null : <p class="break-loading">{t('break_loading')}</p>}
      </header>
    );
  } else if (phase.kind === 'onBreak' && ended?.phase.startedAt !== phase.startedAt) {
    content = <Guide key={phase.startedAt} phase={phase} onFinish={finish} />;
  } else if (ended) {
    content = <Ended ended={ended} snapshot={snapshot} now={now} />;
  } else {
    content = <Idle state={snapshot.state} send={send} />;
  }

  return (
    <main class="break-page">
      {alert}
      {content}
    </main>
  );
}
