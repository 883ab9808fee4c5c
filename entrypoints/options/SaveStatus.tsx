import { t } from '@/lib/i18n/t';
import type { SaveStatus as Status } from './useSettings';

function statusText(status: Status): string {
  switch (status.kind) {
    case 'idle':
      return t('options_status_idle');
    case 'saving':
      return t('options_status_saving');
    case 'saved': {
      const done = status.what ?? t('options_status_saved');
      return status.place.area === 'sync'
        ? t('options_status_done', done)
        : t('options_status_done_local', done);
    }
    case 'invalid':
      return t('options_status_invalid', status.label, status.message);
    case 'failed':
      return status.message;
  }
}

/**
 * One quiet live line under the title that says whether the last change was saved, and if not,
 * why; screen readers hear each change of it.
 */
export function SaveStatus({ status }: { status: Status }) {
  const problem = status.kind === 'invalid' || status.kind === 'failed';
  const mark = problem ? ' problem' : status.kind === 'saved' ? ' is-saved' : '';
  return (
    <p class={`save-status${mark}`} role="status" aria-live="polite">
      {statusText(status)}
    </p>
  );
}
