import type { ComponentChildren } from 'preact';
import { Why } from './Why';

interface SectionProps {
  /** The section's address on the page (options.html#schedule), also used by the navigation. */
  id: string;
  title: string;
  intro?: ComponentChildren;
  /** The reasons and sources behind the section's defaults, folded away under "Why". */
  why?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * A titled group of settings, named by its heading for screen readers' landmark lists. It takes
 * the focus (not by Tab) when the navigation or the address opens it, so the keyboard and screen
 * readers start there.
 */
export function Section({ id, title, intro, why, children }: SectionProps) {
  return (
    <section id={id} class="settings-section" aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <div class="section-intro">{intro}</div>}
      {why && <Why>{why}</Why>}
      <div class="section-fields">{children}</div>
    </section>
  );
}
