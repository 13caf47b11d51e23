import { expect, test } from './fixtures';
import { linkNotices } from './locators';
import { malformedQueries } from '../src/share/testing/malformedAddresses';

/**
 * How many of the generated addresses to open in Chromium. All 1,000 are started in Node against the same parser
 * and startup (src/share/malformedAddresses.test.ts), where each costs a millisecond; here each costs a page load,
 * so a few dozen check what only a browser shows: the page, the notice, no uncaught error.
 */
const COUNT = Number(process.env.MALFORMED_ADDRESSES ?? 24);

test.use({ allowConsoleErrors: true });

test(`${COUNT} malformed addresses: no uncaught error, never a blank page, and a notice for what was refused`, async ({ page }) => {
  // Refused settings may log a console warning; only uncaught exceptions count here.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const query of malformedQueries(COUNT)) {
    await page.goto(`./?${query}`, { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { name: 'Softmax Lab', level: 1 }), query).toBeVisible();
    await expect(linkNotices(page).first(), query).toBeVisible();
    expect(errors, query).toEqual([]);
  }
});
