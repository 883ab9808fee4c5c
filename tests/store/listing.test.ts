import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../.store');
const LISTINGS = {
  en: 'listing.md',
  es: 'listing.es.md',
  de: 'listing.de.md',
  fr: 'listing.fr.md',
} as const;

const read = (file: string) => readFileSync(join(DIR, file), 'utf8');
const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('## '));

/** The summary is the first paragraph under its heading, followed by its length in a note. */
function summary(text: string): { text: string; noted: number } {
  const after = text.split(/^## Summary.*$/m)[1] ?? '';
  const [paragraph = '', note = ''] = after.trim().split(/\n\s*\n/);
  return { text: paragraph, noted: Number(/^\((\d+) characters\.\)/.exec(note)?.[1]) };
}

describe('the store listings', () => {
  const english = read(LISTINGS.en);

  it.each(Object.entries(LISTINGS))('%s fits Chrome’s 132-character summary', (_locale, file) => {
    const { text, noted } = summary(read(file));
    expect(text.length).toBeGreaterThan(60);
    expect(text).not.toContain('\n');
    expect(text.length).toBeLessThanOrEqual(132);
    expect(noted, 'the note gives the summary’s real length').toBe(text.length);
  });

  it.each(Object.entries(LISTINGS))('%s has the English listing’s sections', (_locale, file) => {
    expect(headings(read(file))).toEqual(headings(english));
  });

  it.each(Object.entries(LISTINGS))('%s says that Limber does not diagnose', (_locale, file) => {
    const text = read(file);
    // Each language says, in its own words, that Limber does not diagnose.
    expect(text).toMatch(/does not diagnose|No diagnostica|keine Diagnose|pas de diagnostic/);
  });
});
