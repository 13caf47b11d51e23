import { expect, test, type Page } from './fixtures';
import { surfacePanel } from './locators';

const contourPlot = (page: Page) => surfacePanel(page).getByRole('img', { name: /^Contours of J/ });
const contourShapes = (page: Page) => contourPlot(page).locator('path.slice-contour');

async function contourOutlines(page: Page): Promise<string> {
  return (await contourShapes(page).evaluateAll((paths) => paths.map((path) => path.getAttribute('d')))).join('|');
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
});

test('the default slice draws contours of the flat valley and follows θ after a step', async ({ page }) => {
  // A lazy panel drawn by a worker: allow for a busy machine.
  await expect(contourPlot(page)).toBeVisible({ timeout: 30_000 });
  // The redundant axis reads the shift c of every bias (one c is √3 free units along it with K = 3).
  await expect(contourPlot(page)).toHaveAccessibleName(/redundant: every bias \+ c \(horizontal, from −1\.73 to 1\.73\) and eigenvector 1 \(h = [\d.]+\) \(vertical, from −3\.00 to 3\.00\)/);
  await expect(surfacePanel(page)).toContainText('The contours run parallel to the redundant axis');
  await expect.poll(() => contourShapes(page).count()).toBeGreaterThan(3);
  const before = await contourOutlines(page);

  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(surfacePanel(page)).toContainText('θ at step 1');
  await expect.poll(() => contourOutlines(page)).not.toBe(before);
  await expect.poll(() => contourShapes(page).count()).toBeGreaterThan(3);
});

test('L2 on the bias turns the valley into a bowl', async ({ page }) => {
  const field = page.getByRole('spinbutton', { name: 'L2 strength' });
  await field.fill('0.1');
  await field.press('Enter');
  await expect(surfacePanel(page)).toContainText('the flat valley becomes a bowl');
  await expect.poll(() => contourShapes(page).count()).toBeGreaterThan(3);
});

test('the reference parametrisation slices along the two most curved eigenvectors', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Parametrization' }).selectOption('reference');
  await expect(surfacePanel(page)).toContainText('no direction is redundant');
  await expect(contourPlot(page)).toHaveAccessibleName(/eigenvector 1 .*\(horizontal, from −3\.00 to 3\.00\) and eigenvector 2/);
  await expect.poll(() => contourShapes(page).count()).toBeGreaterThan(3);
});

test('a slice through two parameters is computed without freezing the page', async ({ page }) => {
  await expect(contourPlot(page)).toBeVisible();
  await surfacePanel(page).getByRole('combobox', { name: 'Slice axes' }).selectOption({ label: 'Two parameters…' });
  const first = surfacePanel(page).getByRole('combobox', { name: 'First parameter' });
  const second = surfacePanel(page).getByRole('combobox', { name: 'Second parameter' });
  await expect(first).toBeVisible();
  await second.selectOption({ label: 'w₁₂ — class 1 (orange), weight on x₂' });

  // The page must keep handling input while the slice is computed.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(surfacePanel(page)).toContainText('θ at step 1');
  await expect(contourPlot(page)).toHaveAccessibleName(/b₀ — class 0 \(blue\), bias \(horizontal, from −[\d.]+ to [\d.]+\) and w₁₂ — class 1 \(orange\), weight on x₂ \(vertical, from /);
  await expect.poll(() => contourShapes(page).count()).toBeGreaterThan(3);
  await expect(surfacePanel(page).getByRole('status')).toHaveText('');

  // Picking the same parameter twice swaps the two instead.
  await first.selectOption({ label: 'w₁₂ — class 1 (orange), weight on x₂' });
  await expect(second).toHaveValue('0');
});

test('two Hessian eigenvectors can be chosen by rank', async ({ page }) => {
  await surfacePanel(page).getByRole('combobox', { name: 'Slice axes' }).selectOption({ label: 'Two Hessian eigenvectors…' });
  await surfacePanel(page).getByRole('combobox', { name: 'Second eigenvector' }).selectOption({ index: 2 });
  await expect(contourPlot(page)).toHaveAccessibleName(/eigenvector 1 .*\(horizontal, from −[\d.]+ to [\d.]+\) and eigenvector 3 /);
  await expect.poll(() => contourShapes(page).count()).toBeGreaterThan(3);
});
