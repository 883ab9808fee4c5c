import type { ComponentChildren } from 'preact';
import type { GuidanceSection, Treatment } from '@/lib/content/guidance';
import type { Source } from '@/lib/content/sources';
import { t, tn } from '@/lib/i18n/t';
import './Guidance.css';
import { reviewedMonth } from '@/lib/content/review';

/** The id of the details section that holds the treatments table. */
export const TREATMENTS_SECTION_ID = 'treatments';

interface GuidanceProps {
  sections: readonly GuidanceSection[];
  treatments: readonly Treatment[];
  /** The open section, if any; the page owns it so it can remember the last one opened. */
  openId: string | null;
  /** Asks the page to open the section with this id, or to close it if it is open. */
  onToggle: (id: string) => void;
}

function SourceLink({ source }: { source: Source }) {
  return (
    <a class="guidance-source" href={source.url} target="_blank" rel="noreferrer">
      {t('guidance_source', source.name)}
    </a>
  );
}

/** "Source: NHS" as one link, or "Sources: NICE; O'Sullivan et al., 2020" with a link each. */
function SourceLinks({ sources }: { sources: readonly Source[] }) {
  const [only] = sources;
  if (sources.length === 1 && only) return <SourceLink source={only} />;
  return (
    <span class="guidance-source guidance-sources">
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

interface FoldProps {
  id: string;
  title: string;
  open: boolean;
  onToggle: (id: string) => void;
  children: ComponentChildren;
}

function Fold({ id, title, open, onToggle, children }: FoldProps) {
  return (
    <details
      class="guidance-section"
      open={open}
      // The browser can open a section on its own (find in page); tell the page so its state
      // stays the truth.
      onToggle={(event) => {
        if (event.currentTarget.open !== open) onToggle(id);
      }}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a summary is natively interactive (focusable, Enter and Space click it); the handler only stops the browser toggling before the page decides */}
      <summary
        onClick={(event) => {
          event.preventDefault();
          onToggle(id);
        }}
      >
        {title}
      </summary>
      <div class="guidance-body">{children}</div>
    </details>
  );
}

/** Prevention and self-care guidance as collapsible sections, each point with its source. */
export function Guidance({ sections, treatments, openId, onToggle }: GuidanceProps) {
  return (
    <div class="guidance">
      {sections.map((section) => (
        <Fold
          key={section.id}
          id={section.id}
          title={section.title}
          open={openId === section.id}
          onToggle={onToggle}
        >
          <ul>
            {section.points.map((point) => (
              <li key={point.id}>
                {point.text} <SourceLinks sources={point.sources} />
              </li>
            ))}
          </ul>
        </Fold>
      ))}
      <Fold
        id={TREATMENTS_SECTION_ID}
        title={t('guidance_treatments_title')}
        open={openId === TREATMENTS_SECTION_ID}
        onToggle={onToggle}
      >
        <table class="guidance-treatments">
          <caption>{t('guidance_treatments_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('guidance_treatments_column_treatment')}</th>
              <th scope="col">{t('guidance_treatments_column_for')}</th>
              <th scope="col">{t('guidance_treatments_column_evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {treatments.map((treatment) => (
              <tr key={treatment.id}>
                <th scope="row">{treatment.name}</th>
                <td>{treatment.forWhat}</td>
                <td>
                  {treatment.evidence} <SourceLinks sources={treatment.sources} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Fold>
      <p class="guidance-reviewed">{t('guidance_reviewed', reviewedMonth())}</p>
    </div>
  );
}
