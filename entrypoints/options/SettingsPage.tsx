import { useMemo } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { PolicyNotice } from '@/components/PolicyNotice';
import { t } from '@/lib/i18n/t';
import type { Settings } from '@/lib/settings/schema';
import { SaveStatus } from './SaveStatus';
import { SectionNav } from './SectionNav';
import { sectionLinks } from './sectionList';
import { AwaySection } from './sections/AwaySection';
import { BackupSection } from './sections/BackupSection';
import { BreakSection } from './sections/BreakSection';
import { DiarySection } from './sections/DiarySection';
import { FlareSection } from './sections/FlareSection';
import { HealthSection } from './sections/HealthSection';
import { MyExercisesSection } from './sections/MyExercisesSection';
import { RemindersSection } from './sections/RemindersSection';
import { ScheduleSection } from './sections/ScheduleSection';
import { WorkingHoursSection } from './sections/WorkingHoursSection';
import { useSectionFocus } from './useSectionFocus';
import type { SettingsForm } from './useSettings';
import { WorkstationLink } from './WorkstationLink';

interface SettingsPageProps {
  form: SettingsForm;
  settings: Settings;
  /** Settings kept somewhere unusual, said once above the sections. */
  notice: string | null;
  /** When the workstation check was last done; null if never. */
  workstationDone: number | null;
}

/**
 * Every setting, in sections: the title, the save status and the section navigation in a
 * column beside them on wide windows (sticky, so both stay in view), above them on narrow ones.
 */
export function SettingsPage({ form, settings, notice, workstationDone }: SettingsPageProps) {
  const links = useMemo(sectionLinks, []);
  const { current, go } = useSectionFocus(links);
  const props = { form, settings };
  return (
    <main class="settings-page">
      <div class="settings-side">
        <div class="settings-head">
          <Brand title={t('common_page_options')} />
          <SaveStatus status={form.status} />
          <p class="options-history">
            <a href="/history.html">{t('options_history_link')}</a>
          </p>
          <WorkstationLink doneAt={workstationDone} />
        </div>
        <SectionNav links={links} current={current} go={go} />
      </div>
      <div class="settings-content">
        {notice && <p class="notice">{notice}</p>}
        <PolicyNotice policy={form.policy} />
        {/* No submit: each field saves on its own, and Enter must not reload the page. */}
        <form class="settings-form" onSubmit={(event) => event.preventDefault()} noValidate>
          <ScheduleSection {...props} />
          <RemindersSection {...props} />
          <AwaySection {...props} />
          <WorkingHoursSection {...props} />
          <BreakSection {...props} />
          <HealthSection {...props} />
          <DiarySection {...props} />
          <FlareSection {...props} />
        </form>
        <MyExercisesSection {...props} />
        <BackupSection {...props} />
      </div>
    </main>
  );
}
