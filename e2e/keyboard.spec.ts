import { expect, test, type Page } from './fixtures';
import { stepCounter, trainingPanel } from './locators';


async function stepsShown(page: Page): Promise<number> {
  return Number((await stepCounter(page).textContent())?.replace('Step ', ''));
}

async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(stepCounter(page)).toHaveText('Step 0');
  // Focus on the page itself, not on a control.
  await page.getByRole('heading', { level: 1, name: 'Softmax Lab' }).click();
});

test('Space plays and pauses', async ({ page }) => {
  await page.keyboard.press('Space');
  await expect(trainingPanel(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => stepsShown(page)).toBeGreaterThan(2);
  await page.keyboard.press('Space');
  await expect(trainingPanel(page).getByRole('button', { name: 'Play' })).toBeVisible();
  const stoppedAt = await stepsShown(page);
  await nextFrames(page);
  expect(await stepsShown(page)).toBe(stoppedAt);
});

test('→ and S take one step each, R resets', async ({ page }) => {
  await page.keyboard.press('ArrowRight');
  await expect(stepCounter(page)).toHaveText('Step 1');
  await page.keyboard.press('s');
  await expect(stepCounter(page)).toHaveText('Step 2');
  await page.keyboard.press('r');
  await expect(stepCounter(page)).toHaveText('Step 0');
});

test('the keys do nothing while typing in a number field, or with a modifier held', async ({ page }) => {
  await page.keyboard.press('ArrowRight');
  await expect(stepCounter(page)).toHaveText('Step 1');
  const learningRate = trainingPanel(page).getByRole('spinbutton', { name: 'Learning rate' });
  await learningRate.focus();
  for (const key of ['Space', 'ArrowRight', 's', 'r']) await learningRate.press(key);
  await nextFrames(page);
  await expect(stepCounter(page)).toHaveText('Step 1');
  await expect(learningRate).toHaveValue('0.5');
  await expect(trainingPanel(page).getByRole('button', { name: 'Play' })).toBeVisible();
  // Leaving the field gives the keys back to the lab, but not with a modifier held.
  await page.getByRole('heading', { level: 1, name: 'Softmax Lab' }).click();
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('Shift+S');
  await expect(stepCounter(page)).toHaveText('Step 1');
  await page.keyboard.press('ArrowRight');
  await expect(stepCounter(page)).toHaveText('Step 2');
});

test('the Keyboard shortcuts dialog lists the keys and closes with Escape', async ({ page }) => {
  const opener = trainingPanel(page).getByRole('button', { name: 'Keyboard shortcuts' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Play / pause');
  await expect(dialog).toContainText('One step');
  // Keys inside the dialog belong to it: → does not step the run behind it.
  await page.keyboard.press('ArrowRight');
  await expect(stepCounter(page)).toHaveText('Step 0');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
