import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { GuidanceSection, Treatment, Verdict } from '@/lib/content/guidance';
import type { Source } from '@/lib/content/sources';
import { t, tn } from '@/lib/i18n/t';
import './Guidance.css';
import { reviewedMonth } from '@/lib/content/review';

/** The id of the details section that holds the treatments list. */
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

const VERDICT_WORD: Record<Verdict, () => string> = {
  recommended: () => t('guidance_verdict_recommended'),
  option: () => t('guidance_verdict_option'),
  'not-recommended': () => t('guidance_verdict_not_recommended'),
};

/** A tick, a half circle and a cross: the verdict reads by shape as well as by colour and word. */
const VERDICT_GLYPH: Record<Verdict, string> = {
  recommended: 'M3.5 8.5 6.5 11.5 12.5 4.5',
  option: 'M3 8h10',
  'not-recommended': 'M4.5 4.5l7 7M11.5 4.5l-7 7',
};

function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`verdict verdict--${verdict}`}>
      <svg
        viewBox="0 0 16 16"
        width={12}
        height={12}
        aria-hidden="true"
        focusable="false"
        fill="none"
        stroke="currentColor"
        stroke-width="2.2"
        stroke-linecap="round"
        stroke-linejoin="round"
      >
        <path d={VERDICT_GLYPH[verdict]} />
      </svg>
      {VERDICT_WORD[verdict]()}
    </span>
  );
}

/**
 * The treatments as a list to scan: one row each, its name and what guidelines say in a word;
 * what it is for, the evidence in full and its sources open under the row. (As a table it ran
 * to some 2,600 px in the popup.)
 */
function TreatmentList({ treatments }: { treatments: readonly Treatment[] }) {
  const uid = useId();
  return (
    <>
      <p id={`${uid}-intro`} class="treatments-intro">
        {t('guidance_treatments_caption')}
      </p>
      <ul class="treatments" aria-labelledby={`${uid}-intro`}>
        {treatments.map((treatment) => (
          <li key={treatment.id}>
            <details class="treatment">
              <summary>
                <span class="treatment-name">{treatment.name}</span>
                <VerdictBadge verdict={treatment.verdict} />
              </summary>
              <dl class="treatment-detail">
                <div>
                  <dt>{t('guidance_treatments_column_for')}</dt>
                  <dd>{treatment.forWhat}</dd>
                </div>
                <div>
                  <dt>{t('guidance_treatments_column_evidence')}</dt>
                  <dd>
                    {treatment.evidence} <SourceLinks sources={treatment.sources} />
                  </dd>
                </div>
              </dl>
            </details>
          </li>
        ))}
      </ul>
    </>
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
        <TreatmentList treatments={treatments} />
      </Fold>
      <p class="guidance-reviewed">{t('guidance_reviewed', reviewedMonth())}</p>
    </div>
  );
}
