import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SectionLink } from './sectionList';

/** Smooth scrolling, unless the user asked for less motion. */
function scrollBehavior(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/**
 * Brings a section into view and moves the focus to it, so Tab and screen readers go on from
 * there (the browser's own jump to an anchor scrolls but leaves the focus behind).
 */
function openSection(id: string): boolean {
  const section = document.getElementById(id);
  if (!section) return false;
  section.focus({ preventScroll: true });
  section.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
  return true;
}

/** The id an address names, if it is one of the sections. */
function sectionOf(hash: string, links: readonly SectionLink[]): string | null {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return links.some((link) => link.id === id) ? id : null;
}

/** How far below the window's top a section's heading counts as the one being read. */
const READING_LINE = 120;

/**
 * The page's sections as places to go: `go(id)` opens one and records it in the address (so it
 * can be linked and Back returns); the address opens its section when the page loads and when it
 * changes; `current` is the section being read, for the navigation to mark.
 */
export function useSectionFocus(links: readonly SectionLink[]) {
  const [current, setCurrent] = useState(() => links[0]?.id ?? '');
  // The section just opened stays the current one until its scroll ends, even one near the end
  // of the page that cannot scroll to the top.
  const opened = useRef<string | null>(null);

  const go = useCallback((id: string) => {
    if (window.location.hash !== `#${id}`) window.history.pushState(null, '', `#${id}`);
    opened.current = id;
    openSection(id);
    setCurrent(id);
  }, []);

  useEffect(() => {
    // The page renders after its settings are read, so the browser's own jump found no section.
    const first = sectionOf(window.location.hash, links);
    if (first) {
      openSection(first);
      setCurrent(first);
    }
    const onHash = () => {
      const id = sectionOf(window.location.hash, links);
      if (id && openSection(id)) setCurrent(id);
    };
    const onScrollEnd = () => {
      opened.current = null;
    };
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (opened.current) return;
        // The last section whose top has passed the reading line; the last one at the very end.
        const atEnd =
          window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
        let reading = links[0]?.id ?? '';
        for (const link of links) {
          const top = document.getElementById(link.id)?.getBoundingClientRect().top;
          if (top !== undefined && top <= READING_LINE) reading = link.id;
        }
        setCurrent(atEnd ? (links.at(-1)?.id ?? reading) : reading);
      });
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('scrollend', onScrollEnd);
    return () => {
      window.removeEventListener('scrollend', onScrollEnd);
      cancelAnimationFrame(frame);
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('scroll', onScroll);
    };
  }, [links]);

  return { current, go };
}
