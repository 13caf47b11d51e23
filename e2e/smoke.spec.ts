import { expect, test } from './fixtures';

test('the app opens with its title and every panel, without console errors', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
  for (const name of ['Decision regions', 'Loss surface', 'Hessian spectrum', 'Training curves', 'Parameters']) {
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
});
