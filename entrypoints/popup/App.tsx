import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { Disclosure } from '@/components/Disclosure';
import { SessionControls } from '@/components/SessionControls';
import { StatusPanel } from '@/components/StatusPanel';
import { statusView } from '@/components/status-view';
import { TodayStats } from '@/components/TodayStats';
import { summariseToday } from '@/lib/history/today';
import { describeStatus, type Status } from '@/lib/session/status';
import { useContent } from './useContent';
import { useEngine } from './useEngine';
import { useGuidance } from './useGuidance';
import { useNow } from './useNow';

/** The moment the shown countdown runs to, so the clock ticks in step with it. */
function countdownTarget(status: Status | null): number | null {
  switch (status?.kind) {
    case 'sitting':
      return status.dueAt;
    case 'snoozed':
      return status.until;
    case 'onBreak':
      return status.endsAt;
    case 'paused':
      return status.until;
    default:
      return null;
  }
}

export function App() {
  const engine = useEngine();
  const [target, setTarget] = useState<number | null>(null);
  const now = useNow(target);
  const guidance = useGuidance();
  const [redFlagsOpen, setRedFlagsOpen] = useState(false);
  const content = useContent(redFlagsOpen || guidance.open);
  const loading = <p class="muted">Loading…</p>;

  const { state, settings } = engine;
  const status = state && settings ? describeStatus(state, now, settings) : null;
  const nextTarget = countdownTarget(status);
  useEffect(() => setTarget(nextTarget), [nextTarget]);

  return (
    <>
      <div class="popup-top">
        <Brand title="Limber" />
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </div>
      <main>
        {engine.error ? (
          <div class="popup-error" role="alert">
            <p>{engine.error}</p>
            <button type="button" onClick={() => engine.send({ type: 'getStatus' })}>
              Try again
            </button>
          </div>
        ) : null}

        {status && settings ? (
          <StatusPanel view={statusView(status, now, settings)}>
            <SessionControls
              status={status}
              snoozeMinutes={settings.snoozeMinutes}
              onIntent={(intent) => void engine.send(intent)}
            />
            <TodayStats
              today={summariseToday(engine.records, state, now)}
              historyHref={browser.runtime.getURL('/history.html')}
            />
          </StatusPanel>
        ) : (
          <p class="popup-loading">Checking where you stand…</p>
        )}

        <Disclosure
          title="Back pain? Check warning signs"
          headingLevel={2}
          open={redFlagsOpen}
          onToggle={() => setRedFlagsOpen((was) => !was)}
        >
          {content ? <content.RedFlagPanel /> : loading}
        </Disclosure>

        <Disclosure
          title="Look after your back"
          headingLevel={2}
          open={guidance.open}
          onToggle={guidance.toggle}
        >
          {content ? (
            <content.GuidancePanel openId={guidance.sectionId} onToggle={guidance.toggleSection} />
          ) : (
            loading
          )}
        </Disclosure>

        <p class="muted">
          Limber gives general wellness information, not a diagnosis. If you are worried about your
          back, contact a doctor.
        </p>
      </main>
    </>
  );
}
