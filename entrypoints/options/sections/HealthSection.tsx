import { t } from '@/lib/i18n/t';
import type { SectionProps } from './fields';
import { RegionSetting } from './RegionSetting';
import { Section } from './Section';

/** What the popup's red-flag check needs to know: the country whose numbers it names. */
export function HealthSection(props: SectionProps) {
  return (
    <Section id="health" title={t('options_health_title')}>
      <RegionSetting {...props} />
    </Section>
  );
}
