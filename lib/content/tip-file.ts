import type { Tip } from './tips';

/**
 * The tip list ships as a data file beside the code (written at build time from ./tips.ts), so
 * the background worker, which starts once a minute, does not carry what it needs only when a
 * reminder is shown. The file holds what a reminder needs, each tip's id and source: the words
 * are in the message catalog, in the user's language. This is where it lives in the extension.
 */
export const TIP_FILE = '/content/tips.json';

/** The file's text: each tip of ./tips.ts as a reminder needs it. */
export function serialiseTips(tips: readonly Tip[]): string {
  return JSON.stringify(tips.map(({ id, source }) => ({ id, source })));
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseTip(value: unknown): Tip | null {
  if (!isRecord(value)) return null;
  const { id, source } = value;
  if (!isText(id) || !isRecord(source) || !isText(source.name) || !isText(source.url)) return null;
  return { id, source: { name: source.name, url: source.url } };
}

/** The tips in a parsed file; anything malformed is left out rather than shown half-formed. */
export function parseTips(value: unknown): Tip[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const tip = parseTip(item);
    return tip ? [tip] : [];
  });
}
