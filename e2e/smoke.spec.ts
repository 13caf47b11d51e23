import { expect, test } from './fixtures';
import { heatmap, readyPanel, type PanelName } from './locators';

test('the app opens with its title and every panel, rendered, without console errors', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
  // Most of these load lazily: each says so with data-ready once its chunk has rendered.
  const panels: PanelName[] = ['Decision regions', 'Loss surface', 'Hessian spectrum', 'Training curves', 'Parameters', 'Data', 'Training', 'Model'];
  for (const name of panels) await expect(readyPanel(page, name)).toBeVisible();
  // The regions' first exact picture is in.
  await expect(heatmap(page)).toHaveAttribute('data-raster', 'full');
});
