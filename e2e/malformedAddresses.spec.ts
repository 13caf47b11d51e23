import { expect, test } from '@playwright/test';
import { malformedQueries } from '../src/share/testing/malformedAddresses';

/** How many of the generated addresses to open (the first 300 are also started in Node, with a race: src/share/malformedAddresses.test.ts). */
const COUNT = Number(process.env.MALFORMED_ADDRESSES ?? 1000);

test(`${COUNT} malformed addresses: no uncaught error, never a blank page, and a notice for what was refused`, async ({ page }) => {
  test.setTimeout(20 * 60_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const notices = page.getByRole('region', { name: 'Settings from the link that were not used' }).or(page.getByRole('status').filter({ hasText: /could not be used/ }));
  for (const query of malformedQueries(COUNT)) {
    await page.goto(`./?${query}`, { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { name: 'Softmax Lab', level: 1 }), query).toBeVisible();
    await expect(notices.first(), query).toBeVisible();
    expect(errors, query).toEqual([]);
  }
});
