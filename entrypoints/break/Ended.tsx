import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { t } from '@/lib/i18n/t';
import { describeCountdown } from '@/lib/routine/format';
import type { BreakRecord } from '@/lib/session/state';
import { describeStatus, minutesLeft } from '@/lib/session/status';
import { recordsItem } from '@/lib/storage/items';
import type { Finish, OnBreak } from './Guide';
import type { EngineSnapshot } from './useEngine';

export interface EndedBreak {
  phase: OnBreak;
  /** How this page saw it end; 'elsewhere' when something else ended it (the popup, a pause). */
  how: Finish | 'elsewhere';
}

type Outcome = Extract<BreakRecord, { type: 'completed' | 'skipped' }>;

/** The engine's own record of how this break ended, once it is saved. */
function useOutcome(startedAt: number): Outcome | null {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    const find = (records: BreakRecord[] | null) => {
      const found = (records ?? []).findLast(
        (r): r is Outcome => (r.type === 'completed' || r.type === 'skipped') && r.at >= startedAt,
      );
      if (found) setOutcome(found);
    };
    recordsItem.getValue().then(find, () => undefined);
    return recordsItem.watch(find);
  }, [startedAt]);
  return outcome;
}

async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

interface EndedProps {
  ended: EndedBreak;
  snapshot: EngineSnapshot;
  now: number;
}

/** After the break: what was counted, and when the next one is due. */
export function Ended({ ended, snapshot, now }: EndedProps) {
  const outcome = useOutcome(ended.phase.startedAt);
  const skipped = outcome ? outcome.type === 'skipped' : ended.how === 'skipped';
  // The page's clock ticks once a second; a fresher reading keeps "30 min" from showing as 31.
  const status = describeStatus(snapshot.state, Math.max(now, Date.now()), snapshot.settings);

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
