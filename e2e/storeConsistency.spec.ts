import { expect, test, type Page } from './fixtures';
import { modelPanel, panel, regionsPanel, trainingPanel } from './locators';

const perClass = (page: Page) => panel(page, 'Data').getByRole('list', { name: 'Points per class' });

test('Reference class, then Classes 2, then Step: no error, two classes everywhere, Step and Reset keep working', async ({ page }) => {
  await page.goto('./');
  await modelPanel(page).getByRole('combobox', { name: 'Parametrization' }).selectOption({ label: 'Reference class: one row fixed at 0' });
  await expect(modelPanel(page).getByRole('combobox', { name: 'Reference class' })).toHaveValue('2');
  const classes = modelPanel(page).getByRole('spinbutton', { name: 'Classes', exact: true });
  await classes.fill('2');
  await classes.press('Enter');

  await expect(modelPanel(page).getByRole('combobox', { name: 'Reference class' })).toHaveValue('1');
  await expect(regionsPanel(page).getByRole('radiogroup', { name: 'Class to add' }).getByRole('radio')).toHaveCount(2);
  await expect(perClass(page).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText(/could not be used/)).toHaveCount(0);

  const step = trainingPanel(page).getByRole('button', { name: 'Step', exact: true });
  await step.click();
  await step.click();
  await expect(trainingPanel(page).getByText(/^Step \d+$/)).toHaveText('Step 2');
  await trainingPanel(page).getByRole('button', { name: 'Reset' }).click();
  await expect(trainingPanel(page).getByText(/^Step \d+$/)).toHaveText('Step 0');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
