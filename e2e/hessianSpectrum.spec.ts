import { expect, test, type Page } from './fixtures';
import { panel, spectrumPanel } from './locators';

const eigenvalues = (page: Page) => spectrumPanel(page).getByRole('list', { name: /^Eigenvalues/ }).getByRole('listitem');
/** List items read "h₃ = 0" for eigenvalues that count as zero. */
const zeroEntries = (page: Page) => eigenvalues(page).filter({ hasText: /= 0$/ });

async function setL2(page: Page, value: string) {
  const field = page.getByRole('spinbutton', { name: 'L2 strength' });
  await field.fill(value);
  await field.press('Enter');
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
});

test('the full unregularised model has 3 zero eigenvalues and an infinite condition number', async ({ page }) => {
  await expect(spectrumPanel(page)).toContainText('3 zero eigenvalues');
  await expect(spectrumPanel(page)).toContainText('= ∞');
  await expect(eigenvalues(page)).toHaveCount(9);
  await expect(zeroEntries(page)).toHaveCount(3);
  await expect(spectrumPanel(page).getByRole('img')).toBeVisible();
});

test('the reference-class parametrisation removes the zero eigenvalues', async ({ page }) => {
  await expect(spectrumPanel(page)).toContainText('3 zero eigenvalues');
  await page.getByRole('combobox', { name: 'Parametrization' }).selectOption('reference');
  await expect(spectrumPanel(page)).toContainText('No zero eigenvalues');
  await expect(eigenvalues(page)).toHaveCount(6);
  await expect(zeroEntries(page)).toHaveCount(0);
  await expect(spectrumPanel(page)).not.toContainText('= ∞');
});

test('L2 with a penalised bias makes every eigenvalue positive; sparing the bias leaves 1 zero eigenvalue', async ({ page }) => {
  const penalizeBias = page.getByRole('checkbox', { name: 'Penalize bias' });
  await expect(penalizeBias).toBeChecked();
  await setL2(page, '0.1');
  await expect(spectrumPanel(page)).toContainText('No zero eigenvalues');
  await expect(eigenvalues(page)).toHaveCount(9);
  await expect(zeroEntries(page)).toHaveCount(0);
  await penalizeBias.uncheck();
  await expect(spectrumPanel(page)).toContainText('1 zero eigenvalue:');
  await expect(zeroEntries(page)).toHaveCount(1);
});

test('at a huge learning rate, rounding noise (h = ±1e−130) is shown as 0, and every dot sits at a finite height', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Optimizer' }).selectOption('gd');
  const rate = page.getByRole('spinbutton', { name: 'Learning rate' });
  await rate.fill('10000');
  await rate.press('Enter');
  await panel(page, 'Training').getByRole('button', { name: 'Step', exact: true }).click();
  await expect(spectrumPanel(page)).toContainText('9 zero eigenvalues');
  await expect(zeroEntries(page)).toHaveCount(9);
  const heights = await spectrumPanel(page).locator('circle').evaluateAll((dots) => dots.map((dot) => dot.getAttribute('cy')));
  for (const cy of heights) expect(Number.isFinite(Number(cy))).toBe(true);
});
