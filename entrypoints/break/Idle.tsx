import { useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import type { Intent } from '@/lib/messages';
import type { EngineState } from '@/lib/session/state';

interface IdleProps {
  state: EngineState;
  send: (intent: Intent) => Promise<EngineState | null>;
}

/** The page opened with no break running: say so, and offer one. */
export function Idle({ state, send }: IdleProps) {
  const [refused, setRefused] = useState(false);
  const offHours = state.phase.kind === 'offHours';
  const start = async () => {
    const next = await send({ type: 'startBreak' });
    setRefused(next !== null && next.phase.kind !== 'onBreak');
  };
  return (
    <>
      <header class="break-top">
        <Brand title="No break running" />
      </header>
      <section class="break-note">
        {offHours ? (
          <p>
            You are outside your working hours, so Limber is not timing breaks now. Moving is still
            a good idea: stand up and stretch whenever you like.
          </p>
        ) : (
          <>
            <p>
              Limber opens this page when it is time to move. You do not have to wait: take a short
              guided break now.
            </p>
            <button type="button" class="primary" onClick={() => void start()}>
              Start a break now
            </button>
          </>
        )}
        {refused ? (
          <p role="status">Limber could not start a break just now. Please try again.</p>
        ) : null}
      </section>
    </>
  );
}
