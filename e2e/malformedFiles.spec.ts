import { expect, test } from './fixtures';
import { panel } from './locators';
import { malformedCsvTexts } from '../src/model/testing/malformedCsv';

test('20 malformed CSV files (all 200 are read in Node): each refused with a notice naming the file, the points kept, no uncaught error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./');
  const files = panel(page, 'Import and export');
  const points = panel(page, 'Data').getByText('200 points', { exact: true });
  for (const [index, text] of malformedCsvTexts(200).slice(0, 20).entries()) {
    const name = `fuzz-${index}.csv`;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), files.getByRole('button', { name: 'Import CSV…' }).click()]);
    await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await expect(files.getByRole('alert'), JSON.stringify(text)).toContainText(`Not imported: ${name}`);
    await expect(points).toBeVisible();
  }
  expect(errors).toEqual([]);
});
