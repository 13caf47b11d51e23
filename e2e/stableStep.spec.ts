import { expect, test, type Page } from './fixtures';
import { modelPanel, takeSteps, trainingPanel } from './locators';
import { SCREENSHOTS } from './screenshots';

const stableText = (page: Page) => trainingPanel(page).getByTestId('stable-step-text');
const track = (page: Page) => trainingPanel(page).getByRole('img', { name: /^Stable step size:/ });

async function enter(panel: ReturnType<typeof trainingPanel>, name: string, value: string) {
  const field = panel.getByRole('spinbutton', { name, exact: true });
  await field.fill(value);
  await field.press('Enter');
}

/** The 2/λmax the Learning rate field states, as a number. */
async function markedRate(page: Page): Promise<number> {
  const text = (await stableText(page).textContent()) ?? '';
  const match = /2\/λmax\(H\) ≈ ([\d.]+)/.exec(text);
  expect(match, text).not.toBeNull();
  return Number(match![1]);
}

test('the learning rate shows 2/λmax live; above it GD overshoots and the message names 2/λmax', async ({ page }) => {
  await page.goto('./');
  // L2 gives J a minimiser, so a run that does not settle is the step size's doing.
  await enter(modelPanel(page), 'L2 strength', '0.1');
  await expect(stableText(page)).toContainText('Near θ, gradient descent is stable for η < 2/λmax(H) ≈ ');
  await expect(stableText(page)).toContainText('above it the iterates oscillate along the top eigenvector of H and grow. η = 0.500 is below it.');
  await expect(track(page)).toHaveAccessibleName(/η = 0\.500 on the stable side\.$/);
  await page.screenshot({ path: `${SCREENSHOTS}/stable-step-1280.png` });

  // The mark follows θ: a few steps move it.
  const atStart = await markedRate(page);
  await takeSteps(page, 10);
  await expect.poll(() => markedRate(page)).not.toBe(atStart);

  const above = (4 * (await markedRate(page))).toPrecision(2);
  await enter(trainingPanel(page), 'Learning rate', above);
  await expect(stableText(page)).toContainText('is not below it.');
  await expect(track(page)).toHaveAccessibleName(/on the unstable side\.$/);
  await trainingPanel(page).getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: '2/λmax(H) =' })).toBeVisible();
});

test('for Adam the mark is said to be plain gradient descent’s, not a limit of Adam’s', async ({ page }) => {
  await page.goto('./');
  await trainingPanel(page).getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'Adam' });
  await expect(stableText(page)).toContainText('The mark is plain gradient descent\'s: Adam rescales each coordinate by its running size, so the mark does not bound its steps.');
  await trainingPanel(page).getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'Newton' });
  await expect(track(page)).toHaveCount(0);
});
