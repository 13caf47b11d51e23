import { expect, test, type Page } from './fixtures';
import { DEFAULT_SETTINGS } from '../src/store/settings';
import { writeAddress } from '../src/share/urlState';
import { SCREENSHOTS } from './screenshots';
import { dataPanel, takeSteps } from './locators';

/** 8 points split by x1 = 0 with (0, 0) in both classes: quasi-complete separation, so J (λ = 0) has no minimiser. */
const QUASI = [
  [0, 0, 0], [-1, 1, 0], [-1, -1, 0], [-2, 0, 0], [0, 0, 1], [1, 1, 1], [1, -1, 1], [2, 0, 1],
].map(([x1, x2, label]) => ({ x1, x2, label }));

const trainingPanel = (page: Page) => page.getByRole('region', { name: 'Training', exact: true });
const stableText = (page: Page) => trainingPanel(page).getByTestId('stable-step-text');
const runMessage = (page: Page) => page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: /gradient|converge/i });

test('quasi-complete data with Newton never shows "converged" and says why', async ({ page }) => {
  const lab = { ...DEFAULT_SETTINGS, classes: 2, points: QUASI, pointsEdited: true, optimizer: { ...DEFAULT_SETTINGS.optimizer, kind: 'newton' as const } };
  await page.goto(`./?${writeAddress(lab, null).toString()}`);
  await expect(page.getByText('Quasi-completely separated', { exact: true })).toBeVisible();
  await expect(page.getByText(/J has no minimiser: the data are quasi-completely separated and λ = 0/).first()).toBeVisible();
  await takeSteps(page, 20);
  // Newton's ‖∇J‖∞ passes the tolerance 1e−6 within 13 steps here: said to be no convergence, with the cause.
  await expect(runMessage(page).first()).toContainText('but this is not convergence: J has no minimiser, because the data are quasi-completely separated');
  await expect(page.getByText(/^Converged/)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /\bconverged\b/i })).toHaveCount(0);
  // The tied points keep J curved: GD's Learning rate field does not promise that every η becomes stable.
  await trainingPanel(page).getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'GD' });
  await expect(stableText(page)).toContainText('hₘₐₓ tends to a positive limit h∞, not 0, and GD with η above 2/h∞ keeps oscillating.');
  await expect(stableText(page)).not.toContainText('eventually locally stable');
  await page.screenshot({ path: `${SCREENSHOTS}/existence-quasi-1280.png` });
});

test('lesson 13 shows the limit at the minimiser (1.51…) beside the local one, each named, and its loss zig-zags', async ({ page }) => {
  await page.goto('./?lesson=13');
  const lesson = page.getByRole('complementary', { name: 'Lessons' }).getByRole('article', { name: /^Lesson 13/ });
  await lesson.getByRole('button', { name: 'Set it up' }).click();
  await expect(stableText(page)).toContainText('GD converges to the minimiser θ* only for η below 2/hₘₐₓ(H(θ*)) = 1.5137. η = 3 is above it', { timeout: 20_000 });
  await expect(stableText(page)).toContainText('At the current θ, 2/hₘₐₓ(H(θ)) = 1.3629: the limit of the quadratic model here, a local guide');
  await expect(trainingPanel(page).getByRole('img', { name: /^Step size limits: .*2\/hₘₐₓ at θ\* \(decides convergence\) ≈ 1\.51\d*;.*2\/hₘₐₓ at θ \(local\) ≈ 1\.36\d*/ })).toBeVisible();
  await takeSteps(page, 40);
  await expect(runMessage(page).filter({ hasText: 'the steps overshoot' })).toContainText('2/hₘₐₓ(H(θ*)) = 1.5137. η = 3 is above it');
  // The limit at the minimiser does not move with θ; the local one does.
  await expect(stableText(page)).toContainText('2/hₘₐₓ(H(θ*)) = 1.5137');
  await expect(stableText(page)).not.toContainText('2/hₘₐₓ(H(θ)) = 1.3629');
  await page.screenshot({ path: `${SCREENSHOTS}/lesson13-1280.png`, fullPage: true });
});

/** The review's line6: six points on x2 = 1, classes alternating. They overlap, yet lie on one line. */
const LINE6 = [0, 1, 2, 3, 4, 5].map((x1) => ({ x1, x2: 1, label: x1 % 2 }));

test('points on one line: the Data panel says J’s minimisers are not unique, in either parametrisation', async ({ page }) => {
  const lab = { ...DEFAULT_SETTINGS, classes: 2, points: LINE6, pointsEdited: true };
  await page.goto(`./?${writeAddress(lab, null).toString()}`);
  const status = dataPanel(page).getByRole('status');
  await expect(status).toContainText('Overlapping');
  await expect(status).toContainText('the points all lie on one line, so besides θ* + c (the same c added to every row), each row can move on its own');
  await expect(status).toContainText('J’s minimisers form a 4-dimensional set.');

  const reference = { ...lab, model: { ...lab.model, parametrization: 'reference' as const, referenceClass: 0 } };
  await page.goto(`./?${writeAddress(reference, null).toString()}`);
  await expect(status).toContainText('J’s minimisers form a 1-dimensional set.');
  await expect(status).not.toContainText('exactly one minimiser');
  // Under a reference class m is not free: the Training panel says it follows the other rows.
  await expect(trainingPanel(page).getByText(/^Watch ‖m‖, the mean of the K rows of θ: with row 0 fixed at 0, m is no longer free/)).toBeVisible();
  await dataPanel(page).screenshot({ path: `${SCREENSHOTS}/existence-line-reference-1280.png` });
});
