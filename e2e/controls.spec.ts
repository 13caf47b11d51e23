import { expect, test, type Page } from './fixtures';
import { modelPanel, stepCounter, trainingPanel } from './locators';

/** The value (<dd>) next to a term (<dt>) of the Training panel's read-out. */
const reading = (page: Page, term: string) =>
  trainingPanel(page).locator('dl > div').filter({ has: page.getByText(term, { exact: true }) }).getByRole('definition');
const lossReadout = (page: Page) => reading(page, 'Loss J');

async function stepsShown(page: Page): Promise<number> {
  const text = await stepCounter(page).textContent();
  return Number(text?.replace('Step ', ''));
}

/** Waits for two animation frames, so a running training loop would have advanced (no wall-clock timing). */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(stepCounter(page)).toHaveText('Step 0');
});

test('Step changes the loss read-out and the step counter', async ({ page }) => {
  const initialLoss = await lossReadout(page).textContent();
  expect(Number(initialLoss)).toBeGreaterThan(0);
  await trainingPanel(page).getByRole('button', { name: 'Step', exact: true }).click();
  await expect(stepCounter(page)).toHaveText('Step 1');
  await expect(lossReadout(page)).not.toHaveText(initialLoss!);
  expect(Number(await lossReadout(page).textContent())).toBeLessThan(Number(initialLoss));
  await expect(reading(page, 'Status')).toContainText('paused');
});

test('Play runs the counter up, Pause stops it', async ({ page }) => {
  await trainingPanel(page).getByRole('button', { name: 'Play' }).click();
  const pause = trainingPanel(page).getByRole('button', { name: 'Pause' });
  await expect(pause).toBeVisible();
  await expect.poll(() => stepsShown(page)).toBeGreaterThan(3);
  await pause.click();
  await expect(trainingPanel(page).getByRole('button', { name: 'Play' })).toBeVisible();
  const stoppedAt = await stepsShown(page);
  await nextFrames(page);
  await nextFrames(page);
  expect(await stepsShown(page)).toBe(stoppedAt);
});

test('Reset returns to step 0 and the same loss as at the start', async ({ page }) => {
  const initialLoss = await lossReadout(page).textContent();
  const step = trainingPanel(page).getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < 3; i++) await step.click();
  await expect(stepCounter(page)).toHaveText('Step 3');
  await expect(lossReadout(page)).not.toHaveText(initialLoss!);
  await trainingPanel(page).getByRole('button', { name: 'Reset' }).click();
  await expect(stepCounter(page)).toHaveText('Step 0');
  await expect(lossReadout(page)).toHaveText(initialLoss!);
});

test('Adam shows its β fields and GD hides them; changing the optimiser mid-run keeps the step count', async ({ page }) => {
  const panel = trainingPanel(page);
  await panel.getByRole('button', { name: 'Step', exact: true }).click();
  await panel.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(panel.getByRole('spinbutton', { name: 'Adam β1' })).toHaveCount(0);
  await panel.getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'Adam' });
  await expect(panel.getByRole('spinbutton', { name: 'Adam β1' })).toHaveValue('0.9');
  await expect(panel.getByRole('spinbutton', { name: 'Adam β2' })).toHaveValue('0.999');
  await expect(panel.getByRole('spinbutton', { name: 'Batch size' })).toBeVisible();
  await expect(panel.getByText(/^Adam: per-parameter steps/)).toBeVisible();
  await expect(stepCounter(page)).toHaveText('Step 2');
  await panel.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(stepCounter(page)).toHaveText('Step 3');
  await panel.getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'GD' });
  await expect(panel.getByRole('spinbutton', { name: 'Adam β1' })).toHaveCount(0);
  await expect(panel.getByRole('spinbutton', { name: 'Adam β2' })).toHaveCount(0);
  await expect(panel.getByRole('spinbutton', { name: 'Batch size' })).toHaveCount(0);
  await expect(panel.getByRole('spinbutton', { name: 'Learning rate' })).toBeVisible();
});

test('Newton reports how it treated the singular Hessian of the full model', async ({ page }) => {
  const panel = trainingPanel(page);
  await panel.getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'Newton' });
  await expect(panel.getByRole('spinbutton', { name: 'Learning rate' })).toHaveCount(0);
  await expect(panel.getByRole('spinbutton', { name: 'Damping μ' })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(panel.getByText(/^Last step: Hessian singular \(3 zero eigenvalues\), used the pseudo-inverse/)).toBeVisible();
  await panel.getByRole('combobox', { name: 'Singular Hessian' }).selectOption('damping');
  await expect(panel.getByRole('spinbutton', { name: 'Damping μ' })).toBeVisible();
  await panel.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(panel.getByText(/^Last step: Hessian singular \(3 zero eigenvalues\), added damping μ/)).toBeVisible();
});

test('a regularised run with Newton stops and reports that it converged', async ({ page }) => {
  const l2 = modelPanel(page).getByRole('spinbutton', { name: 'L2 strength' });
  await l2.fill('0.1');
  await l2.press('Enter');
  await trainingPanel(page).getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'Newton' });
  await trainingPanel(page).getByRole('button', { name: 'Play' }).click();
  await expect(reading(page, 'Status')).toHaveText(/^converged \(‖∇J‖∞ ≤ 1e−6\)$/);
  await expect(trainingPanel(page).getByRole('button', { name: 'Play' })).toBeVisible();
});

test('an exact learning rate typed and entered is kept; an invalid one shows an error and changes nothing', async ({ page }) => {
  const panel = trainingPanel(page);
  const learningRate = panel.getByRole('spinbutton', { name: 'Learning rate' });
  await learningRate.fill('0.037');
  await learningRate.press('Enter');
  await expect(learningRate).toHaveAttribute('aria-invalid', 'false');
  // Switching optimiser away and back re-creates the field from the store: the setting itself holds 0.037.
  const optimizer = panel.getByRole('combobox', { name: 'Optimizer' });
  await optimizer.selectOption({ label: 'Newton' });
  await optimizer.selectOption({ label: 'GD' });
  await expect(learningRate).toHaveValue('0.037');

  await learningRate.fill('-1');
  await learningRate.press('Enter');
  await expect(learningRate).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByText('Must be a positive number')).toBeVisible();
  await optimizer.selectOption({ label: 'Newton' });
  await optimizer.selectOption({ label: 'GD' });
  await expect(learningRate).toHaveValue('0.037');
});

test('switching Parametrization to Reference class changes the parameter count and enables the reference select', async ({ page }) => {
  const panel = modelPanel(page);
  const reference = panel.getByRole('combobox', { name: 'Reference class' });
  await expect(panel.getByText(/^Full: 9 parameters, 3 of them redundant/)).toBeVisible();
  await expect(reference).toBeDisabled();
  await panel.getByRole('combobox', { name: 'Parametrization' }).selectOption({ label: 'Reference class: one row fixed at 0' });
  await expect(panel.getByText(/^Reference class 2: 6 parameters, none redundant/)).toBeVisible();
  await expect(reference).toBeEnabled();
  await reference.selectOption({ label: 'Class 0 (blue)' });
  await expect(panel.getByText(/^Reference class 0: 6 parameters/)).toBeVisible();
  await panel.getByRole('spinbutton', { name: 'Classes' }).fill('4');
  await panel.getByRole('spinbutton', { name: 'Classes' }).press('Enter');
  await expect(panel.getByText(/^Reference class 0: 9 parameters/)).toBeVisible();
  await expect(reference.getByRole('option')).toHaveCount(4);
});

test('L2 and the bias penalty change what is redundant, without resetting the run', async ({ page }) => {
  const panel = modelPanel(page);
  await trainingPanel(page).getByRole('button', { name: 'Step', exact: true }).click();
  await panel.getByRole('spinbutton', { name: 'L2 strength' }).fill('0.01');
  await panel.getByRole('spinbutton', { name: 'L2 strength' }).press('Enter');
  await expect(panel.getByText(/^Full with L2: 9 parameters, none redundant/)).toBeVisible();
  await panel.getByRole('checkbox', { name: 'Penalize bias' }).uncheck();
  await expect(panel.getByText(/9 parameters, 1 redundant/)).toBeVisible();
  await expect(stepCounter(page)).toHaveText('Step 1');
});

test('changing the initial offset restarts the run', async ({ page }) => {
  const initialLoss = await lossReadout(page).textContent();
  await trainingPanel(page).getByRole('button', { name: 'Step', exact: true }).click();
  await expect(stepCounter(page)).toHaveText('Step 1');
  const offset = modelPanel(page).getByRole('spinbutton', { name: 'Offset c_b' });
  await offset.fill('2');
  await offset.press('Enter');
  await expect(stepCounter(page)).toHaveText('Step 0');
  // The same offset on every row changes no probability, so the starting loss is the same.
  await expect(lossReadout(page)).toHaveText(initialLoss!);
});
