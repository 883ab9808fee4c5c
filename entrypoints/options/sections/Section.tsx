import type { ComponentChildren } from 'preact';

interface SectionProps {
  id: string;
  title: string;
  intro?: ComponentChildren;
  children: ComponentChildren;
}

/** A titled group of settings, named by its heading for screen readers' landmark lists. */
export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section class="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <div class="section-intro">{intro}</div>}
      <div class="section-fields">{children}</div>
    </section>
  );
}
