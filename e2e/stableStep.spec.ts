import { expect, test, type Page } from './fixtures';
import { SCREENSHOTS } from './screenshots';
import { takeSteps } from './locators';

const trainingPanel = (page: Page) => page.getByRole('region', { name: 'Training', exact: true });
const modelPanel = (page: Page) => page.getByRole('region', { name: 'Model', exact: true });
const stableText = (page: Page) => trainingPanel(page).getByTestId('stable-step-text');
const track = (page: Page) => trainingPanel(page).getByRole('img', { name: /^Step size limits:/ });

async function enter(panel: ReturnType<typeof trainingPanel>, name: string, value: string) {
  const field = panel.getByRole('spinbutton', { name, exact: true });
  await field.fill(value);
  await field.press('Enter');
}

/** The local 2/hₘₐₓ(H(θ)) the Learning rate field states, as a number. */
async function localRate(page: Page): Promise<number> {
  const text = (await stableText(page).textContent()) ?? '';
  const match = /2\/hₘₐₓ\(H\(θ\)\) = ([\d.]*\d)/.exec(text);
  expect(match, text).not.toBeNull();
  return Number(match![1]);
}

test('the learning rate shows the limit at the minimiser and the local one; above the first GD overshoots and the message names it', async ({ page }) => {
  await page.goto('./');
  // L2 gives J a minimiser, so a run that does not settle is the step size's doing.
  await enter(modelPanel(page), 'L2 strength', '0.1');
  await expect(stableText(page)).toContainText('GD converges to the minimiser θ* only for η below 2/hₘₐₓ(H(θ*)) = ', { timeout: 20_000 });
  await expect(stableText(page)).toContainText('η = 0.5 is below it: from close enough, GD converges.');
  await expect(track(page)).toHaveAccessibleName(/η = 0\.5, below the limit at θ\*\.$/);
  await page.screenshot({ path: `${SCREENSHOTS}/stable-step-1280.png` });

  // The local limit follows θ: a few steps move it.
  const atStart = await localRate(page);
  await takeSteps(page, 10);
  await expect.poll(() => localRate(page)).not.toBe(atStart);

  const text = (await stableText(page).textContent()) ?? '';
  const limit = Number(/2\/hₘₐₓ\(H\(θ\*\)\) = ([\d.]*\d)/.exec(text)![1]);
  await enter(trainingPanel(page), 'Learning rate', (1.5 * limit).toPrecision(3));
  await expect(stableText(page)).toContainText('is above it: θ* pushes the iterates away');
  await expect(track(page)).toHaveAccessibleName(/above the limit at θ\*\.$/);
  await trainingPanel(page).getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'the steps overshoot. GD converges to the minimiser θ* only for η below 2/hₘₐₓ(H(θ*)) =' })).toBeVisible({ timeout: 15_000 });
});

test('for Adam the limits are said to be plain gradient descent’s, not Adam’s', async ({ page }) => {
  await page.goto('./');
  await trainingPanel(page).getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'Adam' });
  await expect(stableText(page)).toContainText('Adam rescales each coordinate by its running size, so these limits do not bound its steps.');
  await trainingPanel(page).getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'Newton' });
  await expect(track(page)).toHaveCount(0);
});
