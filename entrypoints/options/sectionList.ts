import { t } from '@/lib/i18n/t';
import { fieldLabel } from '@/lib/settings/fields';

export interface SectionLink {
  /** The section element's id: options.html#<id> opens it. */
  id: string;
  title: string;
}

/** The settings page's sections, in page order, for its navigation (titles as their headings). */
export function sectionLinks(): SectionLink[] {
  return [
    { id: 'schedule', title: t('options_schedule_title') },
    { id: 'reminders', title: t('options_reminders_title') },
    { id: 'away', title: t('options_away_title') },
    { id: 'working-hours', title: fieldLabel('workingHours') },
    { id: 'guided-break', title: t('options_break_title') },
    { id: 'health', title: t('options_health_title') },
    { id: 'diary', title: t('diary_heading') },
    { id: 'flare', title: t('flare_options_heading') },
    { id: 'my-exercises', title: t('myexercises_heading') },
    { id: 'backup', title: t('options_backup_title') },
  ];
}
