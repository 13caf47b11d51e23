import { expect, test, type Page } from './fixtures';

// κ = hₘₐₓ/hₘᵢₙ on the identifiable directions, in lesson 11, in every race lane and in the Hessian panel. The
// numbers are those src/lessons/lesson11OverParameterisation.test.ts pins on the same set-up.

const raceSummary = (page: Page) => page.getByRole('region', { name: 'Race summary', exact: true });
const parse = (text: string) => Number(text.replace(/−/g, '-'));

async function row(page: Page, header: string): Promise<string[]> {
  return raceSummary(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) }).getByRole('cell').allTextContents();
}

test('lesson 11 states κ per parametrisation, and its race shows κ in every lane, ending at the lesson’s numbers', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./?lesson=11');
  const lesson = page.getByRole('article', { name: 'Lesson 11: Does over-parameterisation slow training?' });
  await expect(lesson).toContainText('is 19.8 for the full model and 24.0 for the reference class');
  await expect(lesson).toContainText('2,817 steps to the target loss for the full model and 6,819 for the reference class');
  await lesson.getByRole('button', { name: 'Set it up' }).click();
  // The race is the lesson's scene, beside the card in the lab.
  await expect(raceSummary(page).getByRole('button', { name: 'Play race' })).toBeVisible();

  // At θ = 0: the full lane's H is singular (3 zero eigenvalues), but its κ on θ − m is finite, and smaller.
  await expect.poll(async () => (await row(page, 'κ on the identifiable directions')).length).toBe(3);
  const start = (await row(page, 'κ on the identifiable directions')).map(parse);
  expect(start[0]).toBeCloseTo(2.662, 2);
  expect(start[1]).toBeCloseTo(7.987, 2);
  expect(start[2]).toBeCloseTo(2.613, 2);

  await raceSummary(page).getByRole('button', { name: 'Play race' }).click();
  await expect.poll(async () => (await row(page, 'Steps to reach the target')).slice(0, 2), { timeout: 150_000 }).toEqual(['2817', '6819']);
  // The third lane (with L2) runs on, so the race is still playing here.
  await raceSummary(page).getByRole('button', { name: 'Pause race' }).click();
  await expect(raceSummary(page).getByRole('button', { name: 'Play race' })).toBeVisible();

  const [full, reference] = (await row(page, 'κ on the identifiable directions')).map(parse);
  // Near the minimiser, where the lesson's 19.8 and 24.0 are measured.
  expect(full).toBeGreaterThan(19.5);
  expect(full).toBeLessThan(20.1);
  expect(reference).toBeGreaterThan(23);
  expect(reference).toBeLessThan(24.1);
  await expect(raceSummary(page).getByText(/κ = hₘₐₓ\/hₘᵢₙ on the directions that change the classifier is/)).toBeVisible();
});

test('the Hessian panel shows κ on the identifiable directions beside the singular full Hessian', async ({ page }) => {
  await page.goto('./');
  const spectrum = page.getByRole('region', { name: 'Hessian spectrum' });
  // A lazy panel: allow for a busy machine.
  await expect(spectrum).toContainText('Condition number of H: κ = hmax / hmin = ∞ (the Hessian is singular)', { timeout: 30_000 });
  // The default lab at θ = 0 (the unit test's 2.6623).
  await expect(spectrum).toContainText(/On the directions that change the classifier \(the directions of θ − m, leaving out the 3 that add the same c to every row\): κ = 2\.662/);
  await page.getByRole('combobox', { name: 'Parametrization' }).selectOption('reference');
  await expect(spectrum).toContainText(/On the directions that change the classifier \(the free rows, which are all identifiable\): κ = 7\.987/);
});
