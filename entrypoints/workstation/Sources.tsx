import type { Source } from '@/lib/content/sources';
import { t } from '@/lib/i18n/t';

/** "Source: HSE" as one link, or "Sources: HSE; OSHA" with a link each. */
export function Sources({ sources }: { sources: readonly Source[] }) {
  const [only] = sources;
  if (sources.length === 1 && only) {
    return (
      <a class="ws-source" href={only.url} target="_blank" rel="noreferrer">
        {t('workstation_source', only.name)}
      </a>
    );
  }
  return (
    <span class="ws-source">
      {t('workstation_sources')}{' '}
      {sources.map((source, i) => (
        <span key={source.url}>
          {i > 0 && '; '}
          <a href={source.url} target="_blank" rel="noreferrer">
            {source.name}
          </a>
        </span>
      ))}
    </span>
  );
}
