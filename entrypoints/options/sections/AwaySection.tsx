import { t } from '@/lib/i18n/t';
import { BooleanSetting, NumberSetting, type SectionProps } from './fields';
import { Section } from './Section';

/** When Limber treats you as away, and when it holds reminders back. */
export function AwaySection(props: SectionProps) {
  return (
    <Section id="away" title={t('options_away_title')} intro={<p>{t('options_away_intro')}</p>}>
      <NumberSetting {...props} field="idleSeconds" />
      <BooleanSetting {...props} field="holdDuringFullscreen" />
    </Section>
  );
}
