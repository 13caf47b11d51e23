import { expect, test, type Page } from './fixtures';
import { dataPanel, dataSetField, modelPanel, panel, pointTotal } from './locators';

const separableBadge = (page: Page) => dataPanel(page).getByRole('status').getByText('Completely separable', { exact: true });
const normOfTheta = (page: Page) => dataPanel(page).getByText(/^‖θ‖ = /);


/** Types a value into a labelled number field (K lives in the Model panel) and commits it with Enter. */
async function enter(page: Page, name: string, value: string) {
  const panel = name === 'Classes' ? modelPanel(page) : dataPanel(page);
  const field = panel.getByRole('spinbutton', { name, exact: true });
  await field.fill(value);
  await field.press('Enter');
}

test('the Data set select offers every preset; the separable one shows the badge and the overlapping one does not', async ({ page }) => {
  await page.goto('./');
  await expect(dataSetField(page).getByRole('option')).toHaveText([
    'Gaussian blobs',
    'Overlapping blobs',
    'Linearly separable',
    'XOR',
    'Two classes',
    'Iris petals',
  ]);

  await dataSetField(page).selectOption({ label: 'Linearly separable' });
  await expect(separableBadge(page)).toBeVisible();
  await expect(dataPanel(page).getByRole('status')).toContainText('J has no minimiser');

  await dataSetField(page).selectOption({ label: 'Overlapping blobs' });
  await expect(dataPanel(page).getByRole('status').getByText('Overlapping', { exact: true })).toBeVisible();
  await expect(separableBadge(page)).toHaveCount(0);
});

test('Points, Classes and Regenerate draw the points again', async ({ page }) => {
  await page.goto('./');
  await enter(page, 'Points', '50');
  await expect(pointTotal(page, 50)).toBeVisible();
  await expect(page.getByTestId('decision-regions-canvas')).toHaveAccessibleName(/50 points/);

  await enter(page, 'Classes', '5');
  await expect(dataPanel(page).getByRole('list', { name: 'Points per class' }).getByRole('listitem')).toHaveCount(5);
  await expect(page.getByRole('radiogroup', { name: 'Class to add' }).getByRole('radio')).toHaveCount(5);
  await expect(pointTotal(page, 50)).toBeVisible();

  const plot = panel(page, 'Decision regions').getByRole('group', { name: 'Point editor' });
  const before = await plot.screenshot();
  await dataPanel(page).getByRole('button', { name: 'Regenerate' }).click();
  await expect(dataPanel(page).getByRole('spinbutton', { name: 'Seed' })).toHaveValue('2');
  await expect(pointTotal(page, 50)).toBeVisible();
  expect((await plot.screenshot()).equals(before)).toBe(false);

  // The same settings draw the same points: back to seed 1 is back to the first picture.
  await enter(page, 'Seed', '1');
  await expect.poll(async () => (await plot.screenshot()).equals(before)).toBe(true);
});

test('a value out of range is refused with a message, and presets with fixed classes say so', async ({ page }) => {
  await page.goto('./');
  await enter(page, 'Classes', '9');
  await expect(modelPanel(page).getByText('At most 8')).toBeVisible();
  await expect(dataPanel(page).getByRole('list', { name: 'Points per class' }).getByRole('listitem')).toHaveCount(3);

  await dataSetField(page).selectOption({ label: 'XOR' });
  await expect(modelPanel(page).getByText(/classes beyond them get parameter rows with no points/)).toBeVisible();
  await expect(modelPanel(page).getByRole('spinbutton', { name: 'Classes', exact: true })).toHaveValue('2');

  await dataSetField(page).selectOption({ label: 'Iris petals' });
  await expect(dataPanel(page).getByRole('spinbutton', { name: 'Points' })).toBeDisabled();
  await expect(dataPanel(page).getByRole('button', { name: 'Regenerate' })).toBeDisabled();
  await expect(dataPanel(page).getByText('Iris petals does not use the point count, noise and seed.')).toBeVisible();
});

test('‖θ‖ is shown live and grows while training on separable data without L2', async ({ page }) => {
  await page.goto('./');
  await dataSetField(page).selectOption({ label: 'Linearly separable' });
  await expect(separableBadge(page)).toBeVisible();
  await expect(normOfTheta(page)).toHaveText('‖θ‖ = 0');

  const norm = async () => Number((await normOfTheta(page).innerText()).replace('‖θ‖ = ', ''));
  const step = panel(page, 'Training').getByRole('button', { name: 'Step', exact: true });
  const seen: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 5; i++) await step.click();
    seen.push(await norm());
  }
  expect(seen[0]).toBeGreaterThan(0);
  expect(seen[1]).toBeGreaterThan(seen[0]);
  expect(seen[2]).toBeGreaterThan(seen[1]);
});
