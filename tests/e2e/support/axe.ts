import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core ships one self-contained script; it is evaluated through DevTools, which the
// extension's strict CSP (no inline scripts) does not apply to.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** What a violation needs to be fixed: the rule, why it failed and where. */
export interface Violation {
  rule: string;
  impact: string | null | undefined;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Runs every axe-core rule that is on by default (WCAG 2.0-2.2 A and AA, colour contrast
 * included, plus axe's best practices) on the page as it is now.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    interface AxeNode {
      target: unknown[];
      failureSummary?: string;
    }
    interface AxeResult {
      id: string;
      impact?: string | null;
      help: string;
      nodes: AxeNode[];
    }
    // Colours are judged as they come to rest: a theme switched just before (emulateMedia) starts
    // colour transitions, and a background caught half-way fails contrast only on a slow machine.
    const settling = document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY);
    await Promise.all(settling.map((a) => a.finished.catch(() => undefined)));
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeResult[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        summary: n.failureSummary ?? '',
      })),
    }));
  });
}
