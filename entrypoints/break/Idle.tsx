import { useState } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { t } from '@/lib/i18n/t';
import type { Intent } from '@/lib/messages';
import type { SendOutcome } from '@/lib/pages/useEngineSnapshot';
import type { EngineState } from '@/lib/session/state';

interface IdleProps {
  state: EngineState;
  send: (intent: Intent) => Promise<SendOutcome>;
}

/** The page opened with no break running: say so, and offer one. */
export function Idle({ state, send }: IdleProps) {
  const [refused, setRefused] = useState(false);
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
      <section class="break-note">
        {offHours ? (
          <p>{t('break_off_hours')}</p>
        ) : (
          <>
            <p>{t('break_offer')}</p>
            <button type="button" class="primary" onClick={() => void start()}>
              {t('break_start_now')}
            </button>
          </>
        )}
        {refused ? <p role="status">{t('break_start_refused')}</p> : null}
      </section>
    </>
  );
}
