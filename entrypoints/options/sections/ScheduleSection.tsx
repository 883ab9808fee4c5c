import { t } from '@/lib/i18n/t';
import { SourceLinks } from '../SourceLinks';
import { isZero, NumberSetting, type SectionProps } from './fields';
import { Presets, SCHEDULE_SOURCES } from './Presets';
import { Section } from './Section';
import { SitStandFields } from './SitStandFields';

/** Why the default schedule is what it is, with every source behind it and the presets. */
export function ScheduleWhy() {
  return (
    <p>
      {t('options_schedule_intro')} <SourceLinks sources={SCHEDULE_SOURCES} />
    </p>
  );
}

/** Sitting interval, break lengths and the long-break cadence, with the reasons for the defaults. */
export function ScheduleSection(props: SectionProps) {
  const longOff = isZero(props.form, props.settings, 'longBreakEvery');
  return (
    <Section id="schedule" title={t('options_schedule_title')} why={<ScheduleWhy />}>
      <Presets {...props} />
      <NumberSetting {...props} field="sitMinutes" />
      <NumberSetting {...props} field="breakMinutes" />
      <NumberSetting {...props} field="longBreakEvery" />
      <NumberSetting
        {...props}
        field="longBreakMinutes"
        disabled={longOff}
        disabledReason={t('options_long_break_off')}
      />
      <SitStandFields {...props} />
    </Section>
  );
}
