import { SOURCES } from '@/lib/content/sources';
import { t } from '@/lib/i18n/t';
import { SourceLinks } from '../SourceLinks';
import { BooleanSetting, NumberSetting, type SectionProps } from './fields';
import { Section } from './Section';

/**
 * Flare mode (issue 19): what it does, how long it lasts and whether breaks mention heat or
 * cold. It is turned on from the popup, where the user is when their back hurts.
 */
export function FlareSection(props: SectionProps) {
  return (
    <Section
      id="flare"
      title={t('flare_options_heading')}
      intro={
        <>
          <p>{t('flare_options_intro')}</p>
          <p class="field-help">
            {t('flare_options_why')}{' '}
            <SourceLinks sources={[SOURCES.niceNg59, SOURCES.nhsBackPain, SOURCES.acp2017]} />
          </p>
        </>
      }
    >
      <NumberSetting {...props} field="flareDays" />
      <BooleanSetting {...props} field="flareHeatCold" />
    </Section>
  );
}
