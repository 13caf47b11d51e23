import { expect, test, type Page } from './fixtures';
import { SCREENSHOTS } from './screenshots';

const training = (page: Page) => page.getByRole('region', { name: 'Training', exact: true });
const redundantNorm = (page: Page) => training(page).getByTestId('readout-redundant-norm');

/** The box is entirely inside the first screen (no scrolling). */
async function onFirstScreen(page: Page, name: string, box: { x: number; y: number; width: number; height: number } | null) {
  const viewport = page.viewportSize()!;
  expect(box, name).not.toBeNull();
  expect(box!.y + box!.height, `${name}: bottom on the first screen`).toBeLessThanOrEqual(viewport.height);
  expect(box!.x + box!.width, `${name}: right on the first screen`).toBeLessThanOrEqual(viewport.width);
}

test.use({ viewport: { width: 1280, height: 800 } });

test('the first screen shows ‖m‖ live and says what to watch: it stays 0 under GD and moves under Adam', async ({ page }) => {
  await page.goto('./');
  await expect(redundantNorm(page)).toHaveText('0');
  await onFirstScreen(page, '‖m‖ read-out', await redundantNorm(page).boundingBox());
  const watch = training(page).getByText(/^Watch ‖m‖, the mean of the K rows of θ/);
  await onFirstScreen(page, 'what to watch', await watch.boundingBox());
  await page.screenshot({ path: `${SCREENSHOTS}/first-screen-1280.png` });

  // Gradient descent: the rows' gradients sum to zero, so m stays where it started.
  for (let i = 0; i < 10; i += 1) await page.keyboard.press('s');
  await expect(training(page).getByText('Step 10', { exact: true })).toBeVisible();
  await expect(redundantNorm(page)).toHaveText('0');

  // Adam rescales each coordinate: m moves, and the read-out follows while it trains.
  await training(page).getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'Adam' });
  await page.keyboard.press('s');
  await expect(redundantNorm(page)).not.toHaveText('0', { timeout: 15_000 });
  const first = await redundantNorm(page).textContent();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('s');
  await expect(redundantNorm(page)).not.toHaveText(first ?? '');
});

test('the first screen’s notation explains itself on hover and on keyboard focus', async ({ page }) => {
  await page.goto('./');
  const m = training(page).locator('dt').getByText('‖m‖', { exact: true });
  await expect(m).toHaveAccessibleDescription(/mean of the K rows of θ/);
  await m.hover();
  await expect(page.getByRole('tooltip').filter({ hasText: 'mean of the K rows of θ' })).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip').filter({ hasText: 'mean of the K rows of θ' })).toBeHidden();

  // The stable step and the top eigenvector, in the Learning rate field's sentence (a lazy chunk).
  const stable = page.getByTestId('stable-step-text').getByText('2/hₘₐₓ(H(θ*))', { exact: true });
  await expect(stable).toBeVisible({ timeout: 15_000 });
  await onFirstScreen(page, 'the stable step', await stable.boundingBox());
  await stable.focus();
  await expect(page.getByRole('tooltip').filter({ hasText: 'largest eigenvalue of the Hessian' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip').filter({ hasText: 'largest eigenvalue of the Hessian' })).toBeHidden();
  await expect(page.getByTestId('stable-step-text').getByText('2/hₘₐₓ(H(θ))', { exact: true })).toHaveAccessibleDescription(/local guide/);
  await expect(training(page).getByText('‖∇J‖∞', { exact: true })).toHaveAccessibleDescription(/largest entry of the gradient/);
  // Tab reaches the terms: the explanation is there for keyboard users too.
  await training(page).getByRole('button', { name: 'Reset', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('‖∇J‖');
  await expect(page.getByRole('tooltip').filter({ hasText: 'The length of the gradient' })).toBeVisible();
});

test('the intro hides during a lesson and stays away once a lesson was open; presentation hides it without putting it away', async ({ page }) => {
  await page.goto('./?present=1');
  await expect(page.getByRole('button', { name: 'Start lesson 1' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'Getting started' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Presentation' }).click();
  await expect(page.getByRole('region', { name: 'Getting started' })).toBeVisible();

  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Scores to probabilities/ }).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'Getting started' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Scores to probabilities/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Getting started' })).toHaveCount(0);
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Training', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Getting started' })).toHaveCount(0);
});
