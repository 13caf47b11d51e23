import { expect, test } from './fixtures';
import { panel, regionsPanel, stepCounter } from './locators';

// React logs what a failing panel threw (with its component stack): these tests make panels fail on purpose.
test.use({ allowConsoleErrors: true });


test('a panel that throws says so, names itself and the error, and the rest of the lab keeps working; Reset mounts it again', async ({ page }) => {
  // The decision-regions panel paints its canvas in an effect: make that throw until the test lifts it.
  await page.addInitScript(() => {
    const original = CanvasRenderingContext2D.prototype.createImageData;
    (window as unknown as { failCanvas: boolean }).failCanvas = true;
    CanvasRenderingContext2D.prototype.createImageData = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      if ((window as unknown as { failCanvas: boolean }).failCanvas) throw new Error('canvas unavailable (test)');
      return (original as (...a: unknown[]) => ImageData).apply(this, args);
    } as typeof original;
  });
  await page.goto('./');

  await expect(regionsPanel(page).getByRole('alert')).toHaveText(
    'The Decision regions panel failed: canvas unavailable (test). The rest of the lab still works; Reset this panel to try again.',
  );
  await expect(page.getByTestId('decision-regions-canvas')).toHaveCount(0);

  // The page is not blank: the other panels are there and training still steps.
  for (const name of ['Data', 'Training curves', 'Parameters', 'Loss surface', 'Hessian spectrum']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(stepCounter(page)).toHaveText('Step 1');
  await expect(page.getByTestId('curves-readout')).toContainText('Step 1:');

  await page.evaluate(() => ((window as unknown as { failCanvas: boolean }).failCanvas = false));
  await regionsPanel(page).getByRole('button', { name: 'Reset this panel' }).click();
  await expect(page.getByTestId('decision-regions-canvas')).toBeVisible();
  await expect(regionsPanel(page).getByRole('alert')).toHaveCount(0);
  await expect(stepCounter(page)).toHaveText('Step 1');
});

test('many points clicked between two renders keep the plot’s scale, and the page never goes blank', async ({ page }) => {
  await page.goto('./');
  const canvas = page.getByTestId('decision-regions-canvas');
  const ticks = () => regionsPanel(page).locator('.plot-axes text').allTextContents();
  const before = await ticks();
  const box = (await canvas.boundingBox())!;
  // Forty batches of two clicks at opposite corners, each batch dispatched before React renders again.
  for (let batch = 0; batch < 40; batch++) {
    await canvas.evaluate((element, { width, height }) => {
      for (const [x, y] of [[2, height - 2], [width - 2, 2]]) {
        const rect = element.getBoundingClientRect();
        element.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: rect.left + x, clientY: rect.top + y }));
      }
    }, { width: box.width, height: box.height });
  }
  await expect(panel(page, 'Data').getByText('280 points', { exact: true })).toBeVisible();
  expect(await ticks()).toEqual(before);
  await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
});
