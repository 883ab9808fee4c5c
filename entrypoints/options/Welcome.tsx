import { t } from '@/lib/i18n/t';
import type { SectionProps } from './sections/fields';
import { Presets } from './sections/Presets';

/** The first-install welcome: what Limber does, the schedule, and where to find it. */
export function Welcome(props: SectionProps) {
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
      <section class="settings-section" aria-labelledby="welcome-where">
        <h2 id="welcome-where">{t('options_welcome_where_title')}</h2>
        <p>{t('options_welcome_where_button')}</p>
        <p>{t('options_welcome_where_rest')}</p>
      </section>
    </div>
  );
}
