import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS, parsePolicy } from '@/lib/settings/policy';

/**
 * DEPLOYING.md's examples are what administrators copy: each must be valid JSON, and each policy
 * for Limber in it must pass Limber's own checks with nothing ignored (lib/settings/policy.ts).
 */
const doc = readFileSync(resolve(import.meta.dirname, '../DEPLOYING.md'), 'utf8');

function blocks(language: string): string[] {
  const fence = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g');
  return [...doc.matchAll(fence)].map((match) => match[1] as string);
}

type Json = Record<string, unknown>;

/** The policies for Limber in an example: Chrome's `extensions` or Firefox's `Extensions`. */
function limberPolicies(example: Json): unknown[] {
  const root = (example.policies as Json | undefined) ?? example;
  const thirdParty = root['3rdparty'] as Json | undefined;
  if (!thirdParty) return [];
  const byId = (thirdParty.extensions ?? thirdParty.Extensions) as Json;
  return Object.values(byId);
}

describe('DEPLOYING.md', () => {
  it('has JSON examples, each valid, and policies for Chrome and Firefox among them', () => {
    const examples = blocks('json').map((text) => JSON.parse(text) as Json);
    expect(examples.length).toBeGreaterThanOrEqual(4);
    const policies = examples.flatMap(limberPolicies);
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      const parsed = parsePolicy(policy);
      expect(parsed.problems).toEqual([]);
      expect(parsed.locked.length).toBeGreaterThan(0);
    }
  });

  it('names only Limber’s policy keys in the registry and macOS examples', () => {
    const known = new Set<string>(POLICY_KEYS);
    for (const reg of blocks('reg')) {
      for (const match of reg.matchAll(/^\[.*\\policy\\(\w+)/gm)) {
        expect(known, `subkey ${match[1]}`).toContain(match[1]);
      }
      for (const section of reg.split(/^\[/m).filter((part) => /\\policy\]/.test(part))) {
        for (const match of section.matchAll(/^"(\w+)"=/gm)) {
          expect(known, `value ${match[1]}`).toContain(match[1]);
        }
      }
    }
    const xml = blocks('xml').join('\n');
    // The top level of the dict: keys indented by two spaces.
    for (const match of xml.matchAll(/^ {2}<key>(\w+)<\/key>/gm)) {
      expect(known, `key ${match[1]}`).toContain(match[1]);
    }
  });

  it('describes every key a policy may hold', () => {
    for (const key of POLICY_KEYS) expect(doc).toMatch(new RegExp(`^\\| \`${key}\` +\\|`, 'm'));
  });
});
