import { formatDate, t } from '@/lib/i18n/t';
import { useWorkstationDone } from '@/lib/pages/useWorkstationDone';

/** The way to the workstation check, and when it was last done. */
export function WorkstationLink() {
  const doneAt = useWorkstationDone();
  return (
    <p class="options-workstation">
      <a href="/workstation.html">{t('workstation_link')}</a>
      {doneAt === undefined ? null : (
        <>
          {' '}
          <span class="options-workstation-when">
            {doneAt === null
              ? t('workstation_link_never')
              : t('workstation_link_done', formatDate(doneAt, { dateStyle: 'long' }))}
          </span>
        </>
      )}
    </p>
  );
}
