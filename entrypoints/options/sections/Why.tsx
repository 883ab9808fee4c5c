import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n/t';

/**
 * The evidence behind a section's defaults, with its sources, folded into a native disclosure:
 * the settings read first, and the reasons are one click (or Enter) away.
 */
export function Why({ children }: { children: ComponentChildren }) {
  return (
    <details class="why">
      <summary>{t('options_why')}</summary>
      <div class="why-body">{children}</div>
    </details>
  );
}
