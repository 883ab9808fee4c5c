import type { ComponentChildren } from 'preact';
import type { GuidanceSection, Treatment } from '@/lib/content/guidance';
import type { Source } from '@/lib/content/sources';
import './Guidance.css';

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
      Source: {source.name}
    </a>
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
              <li key={point.text}>
                {point.text} <SourceLink source={point.source} />
              </li>
            ))}
          </ul>
        </Fold>
      ))}
      <Fold
        id={TREATMENTS_SECTION_ID}
        title="Treatments a clinician may offer"
        open={openId === TREATMENTS_SECTION_ID}
        onToggle={onToggle}
      >
        <table class="guidance-treatments">
          <caption>What a doctor or physiotherapist may offer, and what guidelines advise</caption>
          <thead>
            <tr>
              <th scope="col">Treatment</th>
              <th scope="col">For</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {treatments.map((t) => (
              <tr key={t.name}>
                <th scope="row">{t.name}</th>
                <td>{t.forWhat}</td>
                <td>
                  {t.evidence} <SourceLink source={t.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Fold>
    </div>
  );
}
