import { TREATMENTS_SECTION_ID } from '@/components/Guidance';
import { GUIDANCE } from '@/lib/content/guidance';

const SECTION_IDS = new Set<string>([...GUIDANCE.map((s) => s.id), TREATMENTS_SECTION_ID]);

/** A stored id, if it still names a section; anything else (old, foreign) means none open. */
export function parseSection(value: unknown): string | null {
  return typeof value === 'string' && SECTION_IDS.has(value) ? value : null;
}
