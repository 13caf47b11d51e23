import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBundle } from '../scripts/bench/bundleSize';
import { e2eBuildFolder } from './buildFolder';
import { expect, test } from './fixtures';

/**
 * Code that runs only after something the user does later, or only on a path the first screen does not take,
 * loads when needed: each entry is a sentence or name only that code holds. If one of these is in the start
 * bundle again, a static import has pulled its module back in.
 */
const LAZY_CODE: readonly { readonly what: string; readonly marker: string }[] = [
  { what: 'the sentences about the run (store/runMessages.ts)', marker: 'Training diverged at step' },
  { what: 'the importer of a dropped file (views/importExport/pointsImport.ts)', marker: 'the lab refused its points' },
  { what: 'why J has no minimiser, in words (model/existenceSentences.ts)', marker: 'classifies every point correctly with a positive margin' },
  { what: 'the notation of the step limits (views/glossary/stepLimitGlossary.ts)', marker: 'the sharpest curvature of J' },
];

/** The developers' brief: the start bundle stays within this, gzip -9 (issue 20 aims at 100 KB). */
const START_BUNDLE_BUDGET_BYTES = 150 * 1024;

const folder = join(process.cwd(), e2eBuildFolder);

test('the start bundle leaves out what the first screen does not run', () => {
  const start = startBundle(folder).map((file) => readFileSync(join(folder, file.file), 'utf8')).join('\n');
  expect(start.length).toBeGreaterThan(100_000);
  for (const { what, marker } of LAZY_CODE) expect(start.includes(marker), `${what} should not be in the start bundle`).toBe(false);
});

test('the start bundle is within the budget, gzip -9', () => {
  const gzipped = startBundle(folder).reduce((sum, file) => sum + file.gzipBytes, 0);
  expect(gzipped).toBeGreaterThan(50 * 1024);
  expect(gzipped).toBeLessThanOrEqual(START_BUNDLE_BUDGET_BYTES);
});
