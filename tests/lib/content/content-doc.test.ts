/** CONTENT.md is the reviewers' map of the health content: it must list every rule the code has. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RED_FLAG_QUESTIONS, REVIEWED } from '@/lib/content/red-flags';
import { ROUTE_IDS, ROUTES } from '@/lib/content/regions';

const doc = readFileSync(join(import.meta.dirname, '../../../CONTENT.md'), 'utf8');

describe('CONTENT.md', () => {
  it.each(RED_FLAG_QUESTIONS.map((q) => [q.id, q] as const))(
    'lists question %s with its level',
    (id, q) => {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${id}\``));
      expect(row, id).toBeDefined();
      expect(row).toContain(`| ${q.urgency}`);
    },
  );

  it.each(ROUTE_IDS.filter((id) => id !== 'unknown'))(
    'names the emergency number of route %s',
    (id) => {
      expect(doc).toContain(`| ${ROUTES[id].emergency}`);
    },
  );

  it('records the review that REVIEWED names', () => {
    const month = new Date(REVIEWED.year, REVIEWED.month - 1).toLocaleString('en', {
      month: 'long',
    });
    expect(doc).toMatch(new RegExp(`\\| ${month} ${REVIEWED.year}\\s+\\|`));
  });
});
