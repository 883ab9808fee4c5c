import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { t } from '@/lib/i18n/t';
import type { BreakRecord, EngineState } from '@/lib/session/state';
import { describeStatus, minutesLeft } from '@/lib/session/status';
import type { Settings } from '@/lib/settings/schema';
import { describeCountdown } from '@/lib/time/format';
import type { Finish, OnBreak } from './Guide';

export interface EndedBreak {
  phase: OnBreak;
  /** How this page saw it end; 'elsewhere' when something else ended it (the popup, a pause). */
  how: Finish | 'elsewhere';
}

type Outcome = Extract<BreakRecord, { type: 'completed' | 'skipped' }>;

/** The engine's own record of how the break that started at `startedAt` ended, once saved. */
function outcomeOf(records: readonly BreakRecord[], startedAt: number): Outcome | null {
  return (
    records.findLast(
      (r): r is Outcome => (r.type === 'completed' || r.type === 'skipped') && r.at >= startedAt,
    ) ?? null
  );
}

async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

interface EndedProps {
  ended: EndedBreak;
  state: EngineState;
  settings: Settings;
  /** The stored break records, which the engine's record of this break joins once saved. */
  records: readonly BreakRecord[];
  now: number;
}

/** After the break: what was counted, and when the next one is due. */
export function Ended({ ended, state, settings, records, now }: EndedProps) {
  const outcome = outcomeOf(records, ended.phase.startedAt);
  const skipped = outcome ? outcome.type === 'skipped' : ended.how === 'skipped';
  // The page's clock ticks once a second; a fresher reading keeps "30 min" from showing as 31.
  const status = describeStatus(state, Math.max(now, Date.now()), settings);

  let summary = t('break_saving');
  if (outcome?.type === 'completed') {
    summary = t('break_counted', describeCountdown(outcome.durationMs));
  } else if (outcome?.type === 'skipped') {
    summary = t('break_skipped_text');
  }
  // Two whole sentences side by side, so no language has to fit one into the other.
  const said = ended.how === 'timeUp' && !skipped ? `${t('break_time_up')} ${summary}` : summary;

  return (
    <>
      <header class="break-top">
        <Brand title={t(skipped ? 'break_ended_skipped' : 'break_ended_done')} />
      </header>
      <section class={skipped ? 'break-ended' : 'break-ended is-done'}>
        {skipped ? null : (
          <svg class="break-ended-mark" viewBox="0 0 48 48" aria-hidden="true">
            <circle cx="24" cy="24" r="21" />
            <path d="M14 25l7 7 13-15" />
          </svg>
        )}
        <div>
          <p role="status" class="break-ended-summary">
            {said}
          </p>
          {status.kind === 'sitting' ? (
            <p>
              {t('break_next_due', t('common_duration_minutes', minutesLeft(status.remainingMs)))}
            </p>
          ) : null}
          <button type="button" class="primary" onClick={() => void closeThisTab()}>
            {t('break_close_tab')}
          </button>
        </div>
      </section>
    </>
  );
}
