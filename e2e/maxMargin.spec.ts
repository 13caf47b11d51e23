import { expect, test, type Page } from './fixtures';
import { panel, takeSteps } from './locators';

const meter = (page: Page) => panel(page, 'Max margin');
const readout = (page: Page) => meter(page).getByTestId('max-margin-readout');
const lesson = (page: Page) =>
  page.getByRole('complementary', { name: 'Lessons' }).getByRole('article', { name: 'Lesson 12: The max-margin direction' });

/** The step and the angle (in degrees) the meter's read-out shows. */
async function reading(page: Page): Promise<{ step: number; degrees: number }> {
  const text = (await readout(page).textContent()) ?? '';
  const match = /^Step ([\d,]+): angle ([\d.]+)°/.exec(text);
  return match === null ? { step: Number.NaN, degrees: Number.NaN } : { step: Number(match[1].replace(/,/g, '')), degrees: Number(match[2]) };
}

test('lesson 12 by its link: playing GD on separable data turns θ − m towards the SVM, whose boundaries can be drawn', async ({ page }) => {
  await page.goto('./?lesson=12');
  await expect(lesson(page)).toBeVisible();
  await lesson(page).getByRole('button', { name: 'Set it up' }).click();
  await expect(readout(page)).toHaveText(/^Step 0: θ − m is 0 and has no direction yet/);

  // Measured on these points with η = 1: 13.5° after one step, 5.4° at step 300 and below 6° from there to 30,000.
  await takeSteps(page, 3);
  await expect(readout(page)).toHaveText(/^Step 3: angle/);
  const early = await reading(page);
  expect(early.degrees).toBeGreaterThan(10);

  await lesson(page).getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => (await reading(page)).step, { timeout: 30_000 }).toBeGreaterThanOrEqual(300);
  await panel(page, 'Training').getByRole('button', { name: 'Pause' }).click();
  const later = await reading(page);
  expect(later.degrees).toBeLessThan(early.degrees - 3);
  await expect(meter(page).getByRole('img', { name: 'Angle between θ − m and the SVM direction against step' })).toBeVisible();
  await expect(meter(page).getByRole('img', { name: '‖θ − m‖ against the natural log of the step' })).toBeVisible();

  const plot = panel(page, 'Decision regions');
  await expect(plot.getByTestId('svm-boundaries')).toHaveCount(0);
  await meter(page).getByRole('checkbox', { name: 'Show the SVM boundaries' }).check();
  await expect(plot.getByTestId('svm-boundaries').locator('path').first()).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
});

test('on points that are not separable the meter says there is no SVM', async ({ page }) => {
  await page.goto('./?data=overlapping');
  await expect(meter(page).getByRole('status')).toHaveText(/No linear classifier gets every point strictly right: no hard-margin SVM exists/);
  await expect(readout(page)).toHaveCount(0);
  // The negative control: separable points on the same page get an angle.
  await page.goto('./?data=separable');
  await takeSteps(page, 1);
  await expect(readout(page)).toHaveText(/^Step 1: angle [\d.]+°/);
});

test('the race shows each lane’s angle to the SVM direction', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Race' }).click();
  const race = panel(page, 'Race');
  await race.getByLabel('Race preset').selectOption({ label: 'Max margin: GD vs Adam on separable data' });
  await expect(race.getByLabel('Race data')).toHaveValue('separable');
  const angles = page.getByTestId('lane-margin-angle');
  await expect(angles).toHaveCount(2);
  await expect(angles.first()).toHaveText(/θ − m = 0/);
  const step = race.getByRole('button', { name: 'Step race' });
  for (let i = 0; i < 5; i++) await step.click();
  for (const lane of await angles.all()) await expect(lane).toHaveText(/^Angle to the max-margin SVM direction: [\d.]+°$/);
});
