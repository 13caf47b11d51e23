import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Serious and critical axe violations on the page as it is now, as "rule: target, target" lines for the report.
 * `within` limits the scan to the elements a CSS selector matches (with what they contain), for a part of a page
 * whose rest another test scans. Only violations are gathered in full (axe's resultTypes): the passes and
 * incomplete results of a page full of typeset formulas cost most of a scan's time, and nothing reads them.
 */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const { violations } = await (within === undefined ? builder : builder.include(within)).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
