import { useEffect, useState } from 'preact/hooks';
import { type PageData, saveValue } from '@/lib/pages/page-data';
import { POPUP_SECTION_KEY } from './section-item';
import { loadContent } from './useContent';

export interface GuidanceState {
  /** Whether the guidance part of the popup is shown. */
  open: boolean;
  /** The one section shown inside it, if any. */
  sectionId: string | null;
  toggle: () => void;
  toggleSection: (id: string) => void;
}

function remember(id: string | null): void {
  saveValue(POPUP_SECTION_KEY, id).catch((error: unknown) => {
    console.warn('Limber: could not remember the open section', error);
  });
}

/**
 * Which guidance is open. The popup reopens where the user left it: a remembered section (read
 * with the popup's `data`) opens the guidance with it. Closing the guidance forgets the section,
 * so a popup the user tidied away stays tidy next time.
 */
export function useGuidance(data: PageData): GuidanceState {
  const [open, setOpen] = useState(false);
  const [sectionId, setSectionId] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    data.ready
      .then(async () => {
        const value = data.value(POPUP_SECTION_KEY);
        if (typeof value !== 'string') return;
        // Which ids exist is part of the guidance content, loaded only now it is wanted.
        const id = (await loadContent()).parseSection(value);
        if (id === null || !live) return;
        setSectionId(id);
        setOpen(true);
      })
      .catch(() => {
        // A layout preference only: without it the guidance starts closed.
      });
    return () => {
      live = false;
    };
  }, [data]);

  return {
    open,
    sectionId,
    toggle: () => {
      if (open && sectionId !== null) {
        setSectionId(null);
        remember(null);
      }
      setOpen(!open);
    },
    toggleSection: (id: string) => {
      const next = sectionId === id ? null : id;
      setSectionId(next);
      remember(next);
    },
  };
}
