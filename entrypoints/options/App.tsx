import { browserLanguageTags, t } from '@/lib/i18n/t';
import type { PageData } from '@/lib/pages/page-data';
import { browserCountry } from '@/lib/settings/region';
import { WORKSTATION_KEY } from '@/lib/storage/items';
import { parseWorkstation } from '@/lib/workstation/answers';
import { SettingsPage } from './SettingsPage';
import { placeText } from './sections/BackupSection';
import { useSettings } from './useSettings';
import { Welcome } from './welcome/Welcome';

interface AppProps {
  /** First install: the short welcome instead of the settings. */
  welcome: boolean;
  /** The settings, read before the first render (see main.tsx). */
  data: PageData;
}

export function App({ welcome, data }: AppProps) {
  const form = useSettings(data);
  const { settings } = form;
  if (settings === null) {
    return (
      <main class="settings-page">
        <p>{t('options_loading')}</p>
      </main>
    );
  }
  if (welcome) {
    // The welcome asks for the country when the browser does not give one the check lists.
    const askRegion = browserCountry(browserLanguageTags()).kind !== 'listed';
    return <Welcome form={form} settings={settings} askRegion={askRegion} />;
  }
  // One notice when the settings are not where they usually are: newer ones synced from another
  // computer (which covers a change kept here because of them), or sync refusing the last save.
  const notice = form.newer
    ? t('options_newer_notice')
    : form.place.area === 'local'
      ? placeText(form.place)
      : null;
  const { completedAt } = parseWorkstation(data.value(WORKSTATION_KEY));
  return (
    <SettingsPage form={form} settings={settings} notice={notice} workstationDone={completedAt} />
  );
}
