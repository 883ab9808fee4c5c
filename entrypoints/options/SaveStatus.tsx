import type { SaveStatus as Status } from './useSettings';

function statusText(status: Status): string {
  switch (status.kind) {
    case 'idle':
      return 'Changes are saved as you make them.';
    case 'saving':
      return 'Saving…';
    case 'saved': {
      const done = (status.what ?? 'Saved').replace(/\.$/, '');
      return status.place.area === 'sync' ? `${done}.` : `${done}, on this computer only.`;
    }
    case 'invalid':
      return `Not saved: ${status.label}. ${status.message}`;
    case 'failed':
      return status.message;
  }
}

/** One live line that says whether the last change was saved, and if not, why. */
export function SaveStatus({ status }: { status: Status }) {
  const problem = status.kind === 'invalid' || status.kind === 'failed';
  return (
    <p class={`save-status${problem ? ' problem' : ''}`} role="status" aria-live="polite">
      {statusText(status)}
    </p>
  );
}
