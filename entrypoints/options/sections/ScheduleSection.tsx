import { SOURCES } from '@/lib/content/sources';
import { SourceLinks } from '../SourceLinks';
import { NumberSetting, type SectionProps } from './fields';
import { Presets } from './Presets';
import { Section } from './Section';

/** Sitting interval, break lengths and the long-break cadence, with the reasons for the defaults. */
export function ScheduleSection(props: SectionProps & { showPresets: boolean }) {
  return (
    <Section
      id="schedule"
      title="Break schedule"
      intro={
        <p>
          Why the defaults: short, frequent breaks do more good than long, rare ones, and a break
          should come before you feel tired. In studies, getting up every half hour eased low-back
          discomfort and helped blood sugar. So Limber starts with a 2-minute break every 30 minutes
          and a 5-minute one every hour.{' '}
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
