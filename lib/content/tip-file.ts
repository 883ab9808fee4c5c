import { TIP_CATEGORIES, type Tip, type TipCategory } from './tips';

/**
 * The tip library ships as a data file beside the code (written at build time from ./tips.ts),
 * so the background worker, which starts once a minute, does not carry 10 kB of text it needs
 * only when a reminder is shown. This is where the file lives inside the extension.
 */
export const TIP_FILE = '/content/tips.json';

/** The file's text: the library exactly as ./tips.ts defines it. */
export function serialiseTips(tips: readonly Tip[]): string {
  return JSON.stringify(tips);
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseTip(value: unknown): Tip | null {
  if (!isRecord(value)) return null;
  const { id, title, text, category, source } = value;
  if (!isText(id) || !isText(title) || !isText(text)) return null;
  if (!TIP_CATEGORIES.includes(category as TipCategory)) return null;
  if (!isRecord(source) || !isText(source.name) || !isText(source.url)) return null;
  return {
    id,
    title,
    text,
    category: category as TipCategory,
    source: { name: source.name, url: source.url },
  };
}

/** The tips in a parsed file; anything malformed is left out rather than shown half-formed. */
export function parseTips(value: unknown): Tip[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const tip = parseTip(item);
    return tip ? [tip] : [];
  });
}
