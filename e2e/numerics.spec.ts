import { expect, test, type Locator, type Page } from './fixtures';
import { takeSteps } from './locators';

const numerics = (page: Page) => page.getByRole('region', { name: 'Numerics' });

/** The exact numbers (data-value) of a row of the softmax table named by its row header; the last is the Σ column. */
async function row(panel: Locator, header: string): Promise<number[]> {
  const line = panel.getByRole('row').filter({ has: panel.page().getByRole('rowheader', { name: header, exact: true }) });
  return line.getByRole('cell').evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
}

test('the naive softmax agrees with the stable one below z ≈ 709.78 and gives NaN past it, where the stable one sums to 1', async ({ page }) => {
  await page.goto('./');
  const panel = numerics(page);
  await expect(panel.getByText(/^At the first data point x = \(/)).toBeVisible();
  // At θ = 0 every logit is 0: scaling could show nothing yet.
  await expect(panel.getByText(/^Every logit is equal here/)).toBeVisible();
  await expect(panel.getByRole('rowheader', { name: 'naive', exact: true })).toHaveCount(0);

  await panel.getByRole('checkbox', { name: 'Show the naive softmax' }).check();
  await expect(page).toHaveURL(/[?&]naive=1(&|$)/);
  await takeSteps(page, 5);
  await expect(panel.getByText(/^Every logit is equal here/)).toHaveCount(0);

  // Below the overflow: the two formulas give the same probabilities.
  const logits = (await row(panel, 'z − m·x̃')).slice(0, 3);
  expect(Math.max(...logits)).toBeLessThan(709);
  const stable = await row(panel, 'stable');
  const naive = await row(panel, 'naive');
  stable.forEach((p, k) => expect(Math.abs(p - naive[k])).toBeLessThan(1e-12));
  expect(stable[3]).toBeCloseTo(1, 12);
  await expect(panel.getByRole('status')).toHaveCount(0);

  // Past it: scale the logits by 1000 (this table only).
  const normOfTheta = page.getByRole('region', { name: 'Data' }).getByText(/^‖θ‖ = /);
  const modelBefore = await normOfTheta.innerText();
  const field = panel.getByRole('spinbutton', { name: 'Scale the logits by s' });
  await field.fill('1000');
  await field.press('Enter');
  const large = (await row(panel, 's·(z − m·x̃)')).slice(0, 3);
  expect(Math.max(...large)).toBeGreaterThan(710);
  large.forEach((z, k) => expect(z).toBeCloseTo(1000 * logits[k], 6));
  expect((await row(panel, 'exp(s·(z − m·x̃))')).some((e) => e === Infinity)).toBe(true);
  const broken = await row(panel, 'naive');
  expect(broken.some(Number.isNaN)).toBe(true);
  await expect(panel.getByRole('row').filter({ hasText: /^naive/ }).getByText('NaN').first()).toBeVisible();
  const finite = await row(panel, 'stable');
  expect(finite.every(Number.isFinite)).toBe(true);
  expect(finite[3]).toBeCloseTo(1, 12);
  expect(Math.max(...(await row(panel, 's·(z − max z)')).slice(0, 3))).toBe(0);
  await expect(panel.getByRole('status')).toHaveText('overflow: exp(z) is ∞ in float64 above z ≈ 709.78. The class whose exp overflows gets ∞/∞ = NaN; the others get finite/∞ = 0.');

  // The multiplier is the table's alone: the model (‖θ‖ in the Data panel) did not change.
  await expect(normOfTheta).toHaveText(modelBefore);

  await panel.getByRole('checkbox', { name: 'Show the naive softmax' }).uncheck();
  await expect(panel.getByRole('rowheader', { name: 'naive', exact: true })).toHaveCount(0);
  await expect(panel.getByRole('status')).toHaveCount(0);
});

test('a link with naive=1 opens the panel with the naive rows', async ({ page }) => {
  await page.goto('./?naive=1');
  await expect(numerics(page).getByRole('checkbox', { name: 'Show the naive softmax' })).toBeChecked();
  await expect(numerics(page).getByRole('rowheader', { name: 'naive', exact: true })).toBeVisible();
});
