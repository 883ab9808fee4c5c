import { formatDate, t } from '@/lib/i18n/t';

/** The way to the workstation check, and when it was last done (`doneAt`; null if never). */
export function WorkstationLink({ doneAt }: { doneAt: number | null }) {
  return (
    <p class="options-workstation">
      <a href="/workstation.html">{t('workstation_link')}</a>{' '}
      <span class="options-workstation-when">
        {doneAt === null
          ? t('workstation_link_never')
          : t('workstation_link_done', formatDate(doneAt, { dateStyle: 'long' }))}
      </span>
    </p>
  );
}
