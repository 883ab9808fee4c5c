import './Brand.css';

interface BrandProps {
  /** The page's main heading, shown beside the Limber mark. */
  title: string;
}

/**
 * The Limber mark, drawn in the page itself rather than loaded from `/icon.svg`, so no page
 * waits for one more file before it can show. The same drawing as public/icon.svg (the toolbar
 * and store icons are rendered from that file); tests/components/Brand.test.tsx keeps the two
 * alike in shape; its colours are the theme's (Brand.css), so it suits light and dark pages.
 * Decorative: the heading beside it says the same.
 */
function Mark() {
  return (
    <svg
      class="brand-mark"
      viewBox="0 0 128 128"
      width={32}
      height={32}
      aria-hidden="true"
      focusable="false"
    >
      <rect class="brand-tile" x="4" y="4" width="120" height="120" rx="28" />
      <circle class="brand-figure-head" cx="64" cy="30" r="12" />
      <g
        class="brand-figure"
        fill="none"
        stroke-width="11"
        stroke-linecap="round"
        stroke-linejoin="round"
      >
        <path d="M36 22 L50 50 L64 54 L78 50 L92 22" />
        <path d="M64 54 Q60 74 64 86" />
        <path d="M64 86 L50 112" />
        <path d="M64 86 L78 112" />
      </g>
    </svg>
  );
}

/** The Limber mark and a page's single top-level heading. */
export function Brand({ title }: BrandProps) {
  return (
    <header class="brand">
      <Mark />
      <h1>{title}</h1>
    </header>
  );
}
