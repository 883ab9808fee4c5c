import { t } from '@/lib/i18n/t';
import type { SectionProps } from './sections/fields';
import { Presets } from './sections/Presets';
import { RegionSetting } from './sections/RegionSetting';

interface WelcomeProps extends SectionProps {
  /** The browser does not tell a country the red-flag check has numbers for: ask for it here. */
  askRegion: boolean;
}

/**
 * The first-install welcome: what Limber does, the schedule, the country when the browser does
 * not tell it, and where to find Limber.
 */
export function Welcome({ askRegion, ...props }: WelcomeProps) {
  return (
    <div class="welcome">
      <section class="settings-section" aria-labelledby="welcome-what">
        <h2 id="welcome-what">{t('options_welcome_what_title')}</h2>
        <ul class="welcome-points">
          <li>{t('options_welcome_what_count')}</li>
          <li>{t('options_welcome_what_remind')}</li>
          <li>{t('options_welcome_what_back')}</li>
        </ul>
      </section>
      <section class="settings-section" aria-labelledby="welcome-schedule">
        <h2 id="welcome-schedule">{t('options_welcome_schedule_title')}</h2>
        <p>{t('options_welcome_schedule_intro')}</p>
        <Presets {...props} />
      </section>
      {askRegion && (
        <section class="settings-section" aria-labelledby="welcome-region">
          <h2 id="welcome-region">{t('options_welcome_region_title')}</h2>
          <p>{t('options_welcome_region_intro')}</p>
          <RegionSetting {...props} />
        </section>
      )}
      <section class="settings-section" aria-labelledby="welcome-where">
        <h2 id="welcome-where">{t('options_welcome_where_title')}</h2>
        <p>{t('options_welcome_where_button')}</p>
        <p>{t('options_welcome_where_rest')}</p>
      </section>
    </div>
  );
}
