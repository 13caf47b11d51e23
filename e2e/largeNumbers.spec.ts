import { expect, test, type Locator, type Page } from './fixtures';
import { dataPanel, modelPanel, trainingPanel } from './locators';


async function enter(panel: Locator, name: string, value: string) {
  const field = panel.getByRole('spinbutton', { name, exact: true });
  await field.fill(value);
  await field.press('Enter');
}

/** The read-out's value for a term ("Loss J"), found through its term as a screen reader pairs them. */
const readout = (page: Page, term: string) =>
  trainingPanel(page).getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::*[1]');

test('an offset of 1e20 on every row’s w₁ leaves J = ln 3 at the zero start, and steps still train', async ({ page }) => {
  await page.goto('./');
  await expect(readout(page, 'Loss J')).toHaveText('1.0986');
  await enter(modelPanel(page), 'Offset c_w1', '1e20');
  // Before θ was held as θ − m and m, this read 0 (the logits' digits cancelled).
  await expect(readout(page, 'Loss J')).toHaveText('1.0986');
  await trainingPanel(page).getByRole('button', { name: 'Step', exact: true }).click();
  await expect(readout(page, 'Loss J')).not.toHaveText('1.0986');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('Newton on linearly separable data never says “Converged”: J has no minimiser without L2', async ({ page }) => {
  await page.goto('./');
  await dataPanel(page).getByLabel('Data set').selectOption({ label: 'Linearly separable' });
  await trainingPanel(page).getByLabel('Optimizer', { exact: true }).selectOption('newton');
  await enter(trainingPanel(page), 'Steps per frame', '50');
  await trainingPanel(page).getByRole('button', { name: 'Play' }).click();
  await expect(page.getByText(/this is not convergence/i)).toBeVisible();
  await expect(page.getByText(/^Converged/)).toHaveCount(0);
});
