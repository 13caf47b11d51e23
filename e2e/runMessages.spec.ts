import { expect, test } from './fixtures';
import { dataPanel, heatmap, modelPanel, trainingPanel } from './locators';


async function enter(panel: ReturnType<typeof modelPanel>, name: string, value: string) {
  const field = panel.getByRole('spinbutton', { name, exact: true });
  await field.fill(value);
  await field.press('Enter');
}

test('a change of Classes that replaces hand-drawn points offers Undo, which brings them and K back', async ({ page }) => {
  await page.goto('./');
  await expect(dataPanel(page).getByText('200 points', { exact: true })).toBeVisible();
  await heatmap(page).click({ position: { x: 40, y: 40 } });
  await expect(dataPanel(page).getByText('201 points', { exact: true })).toBeVisible();

  await enter(modelPanel(page), 'Classes', '4');
  await expect(page.getByText('The 201 points you edited by hand were replaced by newly drawn ones.')).toBeVisible();
  await expect(dataPanel(page).getByText('200 points', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Undo: bring back the edited points' }).click();
  await expect(dataPanel(page).getByText('201 points', { exact: true })).toBeVisible();
  await expect(modelPanel(page).getByRole('spinbutton', { name: 'Classes', exact: true })).toHaveValue('3');
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
});

test('L2 strength 1e5 diverges with a message naming ηλ, not the learning rate alone', async ({ page }) => {
  await page.goto('./');
  await enter(modelPanel(page), 'L2 strength', '100000');
  await trainingPanel(page).getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('alert')).toContainText('η·λ = 5.00e4 > 2, and with L2 GD needs η < 2/λ = 2.00e−5');
});

test('with 0 points there is nothing to fit: no "Converged", no loss', async ({ page }) => {
  await page.goto('./');
  await enter(dataPanel(page), 'Points', '0');
  await expect(page.getByText(/^There are no points, so there is nothing to fit/)).toBeVisible();
  await trainingPanel(page).getByRole('button', { name: 'Step', exact: true }).click();
  // Loss J, accuracy and ‖∇J‖, in that order: none is claimed.
  await expect(trainingPanel(page).getByRole('definition').first()).toHaveText('—');
  await expect(trainingPanel(page).getByRole('term').first()).toHaveText('Loss J');
  await expect(page.getByText(/Converged/)).toHaveCount(0);
});

test('while the sentences of the run load, the status line is busy and shows no text; then the sentence', async ({ page }) => {
  // The run's sentences are a chunk of their own (not in the start bundle): held here until the test lets it go.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/runMessages-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await enter(modelPanel(page), 'L2 strength', '100000');
  await trainingPanel(page).getByRole('button', { name: 'Play' }).click();
  const line = page.getByRole('alert');
  await expect(line).toHaveAttribute('aria-busy', 'true');
  await expect(line).toHaveText('');
  await expect(page.getByRole('button', { name: 'Dismiss message' })).toHaveCount(0);
  release();
  await expect(line).toContainText('η·λ = 5.00e4 > 2, and with L2 GD needs η < 2/λ = 2.00e−5');
  await expect(line).toHaveAttribute('aria-busy', 'false');
});

test.describe('a chunk that cannot load', () => {
  // The refused request is logged as a console error: that is the point of this test.
  test.use({ allowConsoleErrors: true });

  test('if the sentences of the run cannot load, the status line says so instead of staying empty', async ({ page }) => {
    await page.route(/\/assets\/runMessages-[^/]+\.js$/, (route) => route.abort());
    await page.goto('./');
    await enter(modelPanel(page), 'L2 strength', '100000');
    await trainingPanel(page).getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('alert')).toContainText('The run has a message, but its wording could not be loaded');
    await expect(page.getByRole('alert')).toHaveAttribute('aria-busy', 'false');
  });
});
