import { Brand } from '@/components/Brand';
import { browserLanguageTags, t } from '@/lib/i18n/t';
import type { PageData } from '@/lib/pages/page-data';
import { browserCountry } from '@/lib/settings/region';
import { SaveStatus } from './SaveStatus';
import { AwaySection } from './sections/AwaySection';
import { BackupSection, placeText } from './sections/BackupSection';
import { BreakSection } from './sections/BreakSection';
import { HealthSection } from './sections/HealthSection';
import { RemindersSection } from './sections/RemindersSection';
import { ScheduleSection } from './sections/ScheduleSection';
import { WorkingHoursSection } from './sections/WorkingHoursSection';
import { useSettings } from './useSettings';
import { Welcome } from './Welcome';

interface AppProps {
  /** First install: open with the welcome. */
  welcome: boolean;
  /** The settings, read before the first render (see main.tsx). */
  data: PageData;
}

export function App({ welcome, data }: AppProps) {
  const form = useSettings(data);
  const { settings } = form;
  // The welcome asks for the country when the browser does not give one the check lists; the
  // same setting then is not repeated further down the page.
  const askRegion = welcome && browserCountry(browserLanguageTags()).kind !== 'listed';
  // One notice when the settings are not where they usually are: newer ones synced from another
  // computer (which covers a change kept here because of them), or sync refusing the last save.
  const notice = form.newer
    ? t('options_newer_notice')
    : form.place.area === 'local'
      ? placeText(form.place)
      : null;
  return (
    <>
      <div class="status-bar">
        <SaveStatus status={form.status} />
      </div>
      <main>
        <Brand title={welcome ? t('common_page_welcome') : t('common_page_options')} />
        <p class="options-history">
          <a href="/history.html">{t('options_history_link')}</a>
        </p>
        {notice && <p class="notice">{notice}</p>}
        {settings === null ? (
          <p>{t('options_loading')}</p>
        ) : (
          <>
            {welcome && <Welcome form={form} settings={settings} askRegion={askRegion} />}
            {/* No submit: each field saves on its own, and Enter must not reload the page. */}
            <form class="settings-form" onSubmit={(event) => event.preventDefault()} noValidate>
              <ScheduleSection form={form} settings={settings} showPresets={!welcome} />
              <RemindersSection form={form} settings={settings} />
              <AwaySection form={form} settings={settings} />
              <WorkingHoursSection form={form} settings={settings} />
              <BreakSection form={form} settings={settings} />
              {!askRegion && <HealthSection form={form} settings={settings} />}
            </form>
            <BackupSection form={form} settings={settings} />
          </>
        )}
      </main>
    </>
  );
}
