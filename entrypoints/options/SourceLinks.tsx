import type { Source } from '@/lib/content/sources';
import { tn } from '@/lib/i18n/t';

/** "Source: HSE" or "Sources: HSE; Thorp et al., 2014", each a link that opens in a new tab. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  return (
    <span class="source-links">
      {tn('guidance_sources_label', sources.length)}{' '}
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
