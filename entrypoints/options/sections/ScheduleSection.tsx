import { SOURCES } from '@/lib/content/sources';
import { t } from '@/lib/i18n/t';
import { SourceLinks } from '../SourceLinks';
import { NumberSetting, type SectionProps } from './fields';
import { Presets } from './Presets';
import { Section } from './Section';

/** Sitting interval, break lengths and the long-break cadence, with the reasons for the defaults. */
export function ScheduleSection(props: SectionProps & { showPresets: boolean }) {
  return (
    <Section
      id="schedule"
      title={t('options_schedule_title')}
      intro={
        <p>
          {t('options_schedule_intro')}{' '}
          <SourceLinks sources={[SOURCES.hseBreaks, SOURCES.thorp2014, SOURCES.henson2016]} />
        </p>
      }
    >
      {props.showPresets && <Presets {...props} />}
      <NumberSetting {...props} field="sitMinutes" />
      <NumberSetting {...props} field="breakMinutes" />
      <NumberSetting {...props} field="longBreakEvery" />
      <NumberSetting {...props} field="longBreakMinutes" />
    </Section>
  );
}
