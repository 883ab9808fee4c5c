interface BrandProps {
  /** The page's main heading, shown beside the Limber mark. */
  title: string;
}

/** The Limber mark and a page's single top-level heading. */
export function Brand({ title }: BrandProps) {
  return (
    <header class="brand">
      <img src="/icon.svg" alt="" width={32} height={32} />
      <h1>{title}</h1>
    </header>
  );
}
