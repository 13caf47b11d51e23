import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { settingsTable } from './settingsTable';

it('the README lists exactly the parameters the app reads (regenerate with `npm run --silent settings-table`)', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const listed = /<!-- settings-table -->\n([\s\S]*?)\n<!-- \/settings-table -->/.exec(readme);
  expect(listed?.[1]).toBe(settingsTable());
});
