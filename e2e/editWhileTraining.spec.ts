import { expect, test, type Page } from './fixtures';
import { heatmap, panel, stepCounter, trainingPanel } from './locators';

const lossReadout = (page: Page) =>
  trainingPanel(page).locator('dl > div').filter({ has: page.getByText('Loss J', { exact: true }) }).getByRole('definition');

async function stepsShown(page: Page): Promise<number> {
  return Number((await stepCounter(page).textContent())?.replace('Step ', ''));
}

test('a point clicked while training plays joins the data and training goes on from the current θ', async ({ page }) => {
  await page.goto('./');
  await expect(stepCounter(page)).toHaveText('Step 0');
  await trainingPanel(page).getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => stepsShown(page)).toBeGreaterThan(30);

  const before = await stepsShown(page);
  await heatmap(page).click({ position: { x: 30, y: 30 } });
  await expect(panel(page, 'Data').getByText('201 points', { exact: true })).toBeVisible();
  // Still playing, and counting on from where it was: no reset to step 0.
  await expect(trainingPanel(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(await stepsShown(page)).toBeGreaterThanOrEqual(before);
  await expect.poll(() => stepsShown(page)).toBeGreaterThan(before + 20);

  // Paused, a click changes J at the same θ and step: the boundary now fits the new points.
  await trainingPanel(page).getByRole('button', { name: 'Pause' }).click();
  const paused = await stepsShown(page);
  const loss = await lossReadout(page).textContent();
  await heatmap(page).click({ position: { x: 36, y: 30 } });
  await expect(panel(page, 'Data').getByText('202 points', { exact: true })).toBeVisible();
  await expect(lossReadout(page)).not.toHaveText(loss ?? '');
  expect(await stepsShown(page)).toBe(paused);

  // Reset is still the way to start over.
  await trainingPanel(page).getByRole('button', { name: 'Reset' }).click();
  await expect(stepCounter(page)).toHaveText('Step 0');
});
