import { describe, expect, it } from 'vitest';
import { TREATMENTS_SECTION_ID } from '@/components/Guidance';
import { parseSection } from '@/entrypoints/popup/section';
import { GUIDANCE } from '@/lib/content/guidance';

describe('parseSection', () => {
  it('accepts every guidance section and the treatments table', () => {
    for (const id of [...GUIDANCE.map((s) => s.id), TREATMENTS_SECTION_ID]) {
      expect(parseSection(id)).toBe(id);
    }
  });

  it('treats anything else as no section open', () => {
    for (const value of [undefined, null, '', 'gone-section', 42, { id: 'lifting' }]) {
      expect(parseSection(value)).toBeNull();
    }
  });
});
