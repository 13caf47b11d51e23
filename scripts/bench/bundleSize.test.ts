import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { startBundle } from './bundleSize';

it('the start bundle is the entry script and its modulepreload chunks, not the lazy chunks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<script type="module" crossorigin src="./assets/index-1.js"></script><link rel="modulepreload" crossorigin href="./assets/shared-2.js">',
  );
  for (const name of ['index-1.js', 'shared-2.js', 'lazy-3.js']) writeFileSync(join(dir, 'assets', name), 'x'.repeat(100));
  expect(startBundle(dir).map((file) => file.file).sort()).toEqual(['assets/index-1.js', 'assets/shared-2.js']);
});
