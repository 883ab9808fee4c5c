import { browser } from 'wxt/browser';
import { Brand } from '@/components/Brand';
import { browserLanguageTags, t, uiLocale } from '@/lib/i18n/t';
import { browserCountry, countryName } from '@/lib/settings/region';
import { SaveStatus } from '../SaveStatus';
import { NumberSetting, type SectionProps } from '../sections/fields';
import { Presets } from '../sections/Presets';
import { RegionSetting } from '../sections/RegionSetting';
import { ScheduleWhy } from '../sections/ScheduleSection';
import { Why } from '../sections/Why';
import { PinPicture } from './PinPicture';
import { StepIcon } from './StepIcon';
import './welcome.css';

interface WelcomeProps extends SectionProps {
  /** The browser does not tell a country the red-flag check has numbers for: ask for it here. */
  askRegion: boolean;
}

/** The welcome's last step: back to what the user was doing, Limber counting in the toolbar. */
async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.location.assign('/options.html');
}

/** The country the check names when the browser gives a listed one; changed in the settings. */
function KnownCountry() {
  const country = browserCountry(browserLanguageTags());
  if (country.kind !== 'listed') return null;
  return (
    <section class="welcome-step" aria-labelledby="welcome-numbers">
      <h2 id="welcome-numbers">{t('options_welcome_numbers_title')}</h2>
      <p>
        {t('options_welcome_numbers_known', countryName(country.code, uiLocale()))}{' '}
        <a href="/options.html#health">{t('options_welcome_numbers_change')}</a>
      </p>
    </section>
  );
}

/**
 * The first-install welcome, short and separate from the settings: what Limber does in three
 * steps, the schedule, the country for emergency numbers, where the toolbar button is, and Done.
 */
export function Welcome({ askRegion, ...props }: WelcomeProps) {
  return (
    <main class="welcome-page">
      <Brand title={t('common_page_welcome')} />
      <p class="welcome-lead">{t('options_welcome_lead')}</p>
      <section class="welcome-step" aria-labelledby="welcome-what">
        <h2 id="welcome-what">{t('options_welcome_what_title')}</h2>
        <ol class="welcome-points">
          <li>
            <StepIcon kind="count" />
            <span>{t('options_welcome_what_count')}</span>
          </li>
          <li>
            <StepIcon kind="remind" />
            <span>{t('options_welcome_what_remind')}</span>
          </li>
          <li>
            <StepIcon kind="back" />
            <span>{t('options_welcome_what_back')}</span>
          </li>
        </ol>
      </section>
      <section class="welcome-step" aria-labelledby="welcome-schedule">
        <h2 id="welcome-schedule">{t('options_welcome_schedule_title')}</h2>
        <p>{t('options_welcome_schedule_intro')}</p>
        <Presets {...props} />
        <div class="welcome-own">
          <h3>{t('options_welcome_schedule_own')}</h3>
          <NumberSetting {...props} field="sitMinutes" />
          <NumberSetting {...props} field="breakMinutes" />
        </div>
        <SaveStatus status={props.form.status} />
        <Why>
          <ScheduleWhy />
        </Why>
      </section>
      {askRegion ? (
        <section class="welcome-step" aria-labelledby="welcome-region">
          <h2 id="welcome-region">{t('options_welcome_region_title')}</h2>
          <p>{t('options_welcome_region_intro')}</p>
          <RegionSetting {...props} />
        </section>
      ) : (
        <KnownCountry />
      )}
      <section class="welcome-step" aria-labelledby="welcome-where">
        <h2 id="welcome-where">{t('options_welcome_where_title')}</h2>
        <PinPicture />
        <p>{t('options_welcome_where_button')}</p>
        <p>
          <a href="/workstation.html">{t('workstation_welcome_link')}</a>
        </p>
      </section>
      <div class="welcome-done">
        <button
          type="button"
          class="primary"
          onClick={() => {
            closeThisTab().catch(() => window.location.assign('/options.html'));
          }}
        >
          {t('options_welcome_done')}
        </button>
        <p>
          {t('options_welcome_done_note')}{' '}
          <a href="/options.html">{t('options_welcome_all_settings')}</a>
        </p>
      </div>
    </main>
  );
}
