import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import type { SectionLink } from './sectionList';

interface SectionNavProps {
  links: readonly SectionLink[];
  /** The section being read, marked as the current place. */
  current: string;
  go: (id: string) => void;
}

/**
 * The settings' sections as links: a list beside the content on wide windows, a compact menu
 * button at the top on narrow ones (options.css switches between the two at 900 px).
 */
export function SectionNav({ links, current, go }: SectionNavProps) {
  const [open, setOpen] = useState(false);
  const currentTitle = links.find((link) => link.id === current)?.title ?? '';
  return (
    <nav
      class={`section-nav${open ? ' is-open' : ''}`}
      aria-label={t('options_nav_label')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        event.currentTarget.querySelector<HTMLButtonElement>('.section-nav-toggle')?.focus();
      }}
    >
      <button
        type="button"
        class="section-nav-toggle"
        aria-expanded={open}
        aria-controls="section-nav-list"
        onClick={() => setOpen(!open)}
      >
        <span class="section-nav-toggle-label">{t('options_nav_menu')}</span>
        <span class="visually-hidden">: </span>
        <span class="section-nav-current">{currentTitle}</span>
      </button>
      <ul id="section-nav-list" class="section-nav-list">
        {links.map((link) => (
          <li key={link.id}>
            <a
              href={`#${link.id}`}
              aria-current={link.id === current ? 'location' : undefined}
              onClick={(event) => {
                event.preventDefault();
                setOpen(false);
                go(link.id);
              }}
            >
              {link.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
