import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { DeskToggle } from '@/components/DeskToggle';
import { Disclosure } from '@/components/Disclosure';
import { FlareCard } from '@/components/FlareCard';
import { SessionControls } from '@/components/SessionControls';
import { StatusPanel } from '@/components/StatusPanel';
import { TodayStats } from '@/components/TodayStats';
import { scheduleSettings } from '@/lib/flare/schedule';
import { summariseToday } from '@/lib/history/today';
import { t } from '@/lib/i18n/t';
import type { IntentError } from '@/lib/messages';
import { turnFlareOff, turnFlareOn, useFlare } from '@/lib/pages/flare';
import type { PageData } from '@/lib/pages/page-data';
import { useEngineSnapshot } from '@/lib/pages/useEngineSnapshot';
import { useNow } from '@/lib/pages/useNow';
import { type DeskStatus, describeDesk } from '@/lib/session/desk';
import { describeStatus, type Status } from '@/lib/session/status';
import { diaryAllowed, NO_POLICY } from '@/lib/settings/policy';
import { type StatusView, statusView } from '@/lib/status-view';
import { PopupDiary } from './PopupDiary';
import { useContent } from './useContent';
import { useGuidance } from './useGuidance';

/** Why the background brought no new state, in words for the user. */
function errorText(error: IntentError): string {
  switch (error.reason) {
    case 'refused':
      return t('popup_error_refused', error.detail);
    case 'unreachable':
      return t('popup_error_no_answer_because', error.detail);
    default:
      return t('popup_error_no_answer');
  }
}

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

/** At a sit-stand desk the running count's headline says the posture: standing, not sitting. */
function withPosture(view: StatusView, status: Status, desk: DeskStatus | null): StatusView {
  const standing = desk?.posture === 'standing' && status.kind === 'sitting' && status.present;
  return standing ? { ...view, headline: t('stand_popup_headline') } : view;
}

interface AppProps {
  /** The popup's stored data, read before its first render (see main.tsx). */
  data: PageData;
}

export function App({ data }: AppProps) {
  const engine = useEngineSnapshot({ data });
  const [target, setTarget] = useState<number | null>(null);
  const now = useNow(target);
  const guidance = useGuidance(data);
  const [redFlagsOpen, setRedFlagsOpen] = useState(false);
  const content = useContent(redFlagsOpen || guidance.open);
  const loading = <p class="muted">{t('popup_loading')}</p>;

  const flare = useFlare(data, now);
  // In flare mode the engine runs on the flare schedule (lib/flare/schedule.ts): so does the ring.
  const settings = engine.settings && scheduleSettings(engine.settings, flare, now);
  const { state } = engine;
  const status = state && settings ? describeStatus(state, now, settings) : null;
  // With a sit-stand desk (the `sitStand` setting): the posture, its time and the switch.
  const desk = state && settings ? describeDesk(state, now, settings) : null;
  const nextTarget = countdownTarget(status);
  useEffect(() => setTarget(nextTarget), [nextTarget]);

  return (
    <>
      <div class="popup-top">
        <Brand title={t('common_page_popup')} />
        <button
          type="button"
          class="popup-settings"
          onClick={() => browser.runtime.openOptionsPage()}
        >
          {t('popup_settings')}
        </button>
      </div>
      <main>
        {engine.error ? (
          <div class="popup-error" role="alert">
            <p>{errorText(engine.error)}</p>
            <button type="button" onClick={() => engine.send({ type: 'getStatus' })}>
              {t('popup_try_again')}
            </button>
          </div>
        ) : null}

        {status && settings ? (
          <>
            <StatusPanel view={withPosture(statusView(status, now, settings), status, desk)}>
              <SessionControls
                status={status}
                snoozeMinutes={settings.snoozeMinutes}
                onIntent={(intent) => void engine.send(intent)}
              />
              {/* The sit-stand switch inside the status card: one card less to fit in 600 px. */}
              {desk ? (
                <DeskToggle
                  desk={desk}
                  onPosture={(posture) => void engine.send({ type: 'setPosture', posture })}
                />
              ) : null}
            </StatusPanel>
            <TodayStats
              today={summariseToday(engine.records, state, now)}
              historyHref={browser.runtime.getURL('/history.html')}
              headingLevel={2}
            />
          </>
        ) : (
          <p class="popup-loading">{t('popup_checking')}</p>
        )}

        {/* "Your back": flare mode, the pain diary and the help, as compact rows of one card that
            open in place, so the popup fits Chrome's 600 px in every state. */}
        <div class="popup-help">
          {settings ? (
            <>
              <FlareCard
                flare={flare}
                days={settings.flareDays}
                now={now}
                onStart={() => turnFlareOn(settings.flareDays)}
                onEnd={() => turnFlareOff(flare)}
              />
              <PopupDiary
                on={settings.painDiary}
                allowed={diaryAllowed(data.settings()?.policy ?? NO_POLICY)}
              />
            </>
          ) : null}
          <Disclosure
            title={t('popup_red_flags_title')}
            headingLevel={2}
            open={redFlagsOpen}
            onToggle={() => setRedFlagsOpen((was) => !was)}
          >
            {/* Until the settings arrive, the browser's country stands in for the user's choice. */}
            {content ? <content.RedFlagPanel region={settings?.region ?? ''} /> : loading}
          </Disclosure>

          <Disclosure
            title={t('popup_guidance_title')}
            headingLevel={2}
            open={guidance.open}
            onToggle={guidance.toggle}
          >
            {content ? (
              <content.GuidancePanel
                openId={guidance.sectionId}
                onToggle={guidance.toggleSection}
              />
            ) : (
              loading
            )}
          </Disclosure>
        </div>

        <p class="muted popup-disclaimer">{t('popup_disclaimer')}</p>
      </main>
    </>
  );
}
