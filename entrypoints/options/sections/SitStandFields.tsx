import { SOURCES } from '@/lib/content/sources';
import { t } from '@/lib/i18n/t';
import { SourceLinks } from '../SourceLinks';
import { BooleanSetting, NumberSetting, type SectionProps } from './fields';

/**
 * The sit-stand desk (issue 20): the setting that turns the mode on, the standing time (off
 * until the mode is on, with the reason read), and why: Thorp 2014 alternated 30 minutes of
 * sitting and standing, and standing still is not a break.
 */
export function SitStandFields(props: SectionProps) {
  const { form, settings } = props;
  return (
    // Grouped as the page groups fields that depend on another (options.css).
    <fieldset class="dependent-fields" aria-describedby="sit-stand-why">
      <legend class="field-label">{t('stand_options_heading')}</legend>
      <BooleanSetting {...props} field="sitStand" />
      <NumberSetting
        {...props}
        field="standMinutes"
        disabled={!settings.sitStand && !form.locked('sitStand')}
        disabledReason={t('stand_options_off')}
      />
      <p id="sit-stand-why" class="field-help">
        {t('stand_options_why')} <SourceLinks sources={[SOURCES.thorp2014]} />
      </p>
    </fieldset>
  );
}
