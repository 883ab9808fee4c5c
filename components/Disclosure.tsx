import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import './Disclosure.css';

interface DisclosureProps {
  /** The heading text, which is also the button that shows or hides the panel. */
  title: string;
  headingLevel: 2 | 3 | 4;
  open: boolean;
  onToggle: () => void;
  /** Rendered only while open, so whatever they hold starts afresh each time. */
  children: ComponentChildren;
}

/** A heading whose button shows or hides the content under it (the ARIA disclosure pattern). */
export function Disclosure({ title, headingLevel, open, onToggle, children }: DisclosureProps) {
  const uid = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <div class={open ? 'disclosure disclosure--open' : 'disclosure'}>
      <Heading class="disclosure-heading">
        <button
          type="button"
          class="disclosure-button"
          aria-expanded={open}
          aria-controls={`${uid}-panel`}
          onClick={onToggle}
        >
          {title}
        </button>
      </Heading>
      <div id={`${uid}-panel`} class="disclosure-panel" hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
