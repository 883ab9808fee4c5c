import { useEffect, useState } from 'preact/hooks';

export type PopupContent = typeof import('./content');

let loading: Promise<PopupContent> | null = null;

/** The popup's text-heavy content, fetched from the extension's own files once per popup (with
 * the rest of what it loads later: ./later.ts). */
export function loadContent(): Promise<PopupContent> {
  loading ??= import('./later').catch((error: unknown) => {
    // A failed load is tried again the next time the content is wanted.
    loading = null;
    throw error;
  });
  return loading;
}

/** The content once `wanted` (a section is open) and it has loaded; null until then. */
export function useContent(wanted: boolean): PopupContent | null {
  const [content, setContent] = useState<PopupContent | null>(null);
  useEffect(() => {
    if (!wanted || content) return;
    let live = true;
    loadContent()
      .then((loaded) => {
        if (live) setContent(loaded);
      })
      .catch((error: unknown) => {
        console.error('Limber: could not load the popup content', error);
      });
    return () => {
      live = false;
    };
  }, [wanted, content]);
  return content;
}
