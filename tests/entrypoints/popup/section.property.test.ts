import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TREATMENTS_SECTION_ID } from '@/components/Guidance';
import { parseSection } from '@/entrypoints/popup/section';
import { GUIDANCE } from '@/lib/content/guidance';

/** The popup's last open section, as stored (issue 14): any value in, a real section or none. */

const IDS = [...GUIDANCE.map((s) => s.id), TREATMENTS_SECTION_ID];

describe('the remembered guidance section, read back', () => {
  it('is a section there is, or none, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string(),
          fc.constantFrom(...IDS).map((id) => ` ${id}`),
          fc.constantFrom(...IDS).map((id) => id.toUpperCase()),
          fc.constantFrom(...IDS).map((id) => ({ id })),
          fc.constantFrom(...IDS).map((id) => [id]),
        ),
        (value) => {
          const section = parseSection(value);
          if (section !== null) {
            expect(IDS).toContain(section);
            // Only the very id stored: never one made up from something like it.
            expect(section).toBe(value);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps every real section as stored', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), (id) => {
        expect(parseSection(id)).toBe(id);
      }),
    );
  });
});
