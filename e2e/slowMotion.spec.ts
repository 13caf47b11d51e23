import { expect, test, type Locator, type Page } from './fixtures';
import { panel, trainingPanel } from './locators';
import { SCREENSHOTS } from './screenshots';

const slowMotion = (page: Page) => panel(page, 'One step in slow motion');
const progress = (page: Page) => slowMotion(page).getByText(/^Part \d of 7:/);
/** A θ table's class rows as text, cell by cell. */
const rowsOf = (table: Locator) => table.locator('tbody tr').allInnerTexts();

test('slow motion steps through the parts, and Apply takes exactly the step shown', async ({ page }) => {
  await page.goto('./');
  await expect(progress(page)).toHaveText('Part 1 of 7: The logits');
  // KaTeX has typeset the part (its MathML is what a screen reader reads).
  await expect(slowMotion(page).locator('math').first()).toBeAttached();

  await slowMotion(page).getByRole('button', { name: 'Next part' }).click();
  await expect(progress(page)).toHaveText('Part 2 of 7: Softmax, with the max subtracted');
  await slowMotion(page).getByRole('button', { name: 'Previous part' }).click();
  await expect(progress(page)).toHaveText('Part 1 of 7: The logits');
  for (let i = 0; i < 3; i++) await slowMotion(page).getByRole('button', { name: 'Next part' }).click();
  await expect(progress(page)).toHaveText('Part 4 of 7: The gradient rows');
  // Without L2 the gradient rows sum to zero across the classes.
  await expect(slowMotion(page).getByText('so the rows sum to zero across the classes')).toBeVisible();
  for (let i = 0; i < 2; i++) await slowMotion(page).getByRole('button', { name: 'Next part' }).click();
  await expect(progress(page)).toHaveText('Part 6 of 7: The update of θ');

  const shown = await rowsOf(slowMotion(page).getByRole('table', { name: 'θ after this step' }));
  const before = await rowsOf(page.getByRole('table', { name: 'Parameters θ' }));
  expect(shown).not.toEqual(before);
  await slowMotion(page).getByRole('button', { name: 'Apply this step' }).click();
  await expect(trainingPanel(page).getByText('Step 1', { exact: true })).toBeVisible();
  expect(await rowsOf(page.getByRole('table', { name: 'Parameters θ' }))).toEqual(shown);
  await slowMotion(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/slow-motion-1280.png`, fullPage: false });
});

test('Play slow motion reveals every part at the pace set, up to the class-mean', async ({ page }) => {
  await page.goto('./');
  const pace = slowMotion(page).getByRole('spinbutton', { name: 'Seconds per part' });
  await pace.fill('0.5');
  await pace.press('Enter');
  await slowMotion(page).getByRole('button', { name: 'Play slow motion' }).click();
  await expect(progress(page)).toHaveText('Part 7 of 7: The class-mean m');
  await expect(slowMotion(page).getByText('The update rows sum to zero, so m is unchanged')).toBeVisible();
  await expect(slowMotion(page).getByRole('button', { name: 'Play slow motion' })).toBeVisible();
});

test('under Adam the panel shows the GD step and says Apply cannot take it', async ({ page }) => {
  await page.goto('./');
  await trainingPanel(page).getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'Adam' });
  await expect(slowMotion(page).getByText('Adam takes a different step from the same gradient')).toBeVisible();
  await expect(slowMotion(page).getByRole('button', { name: 'Apply this step' })).toBeDisabled();
});

test('while the run plays, Apply waits for a pause: θ moves on between what is shown and a press', async ({ page }) => {
  await page.goto('./');
  const apply = slowMotion(page).getByRole('button', { name: 'Apply this step' });
  await expect(apply).toBeEnabled();
  await trainingPanel(page).getByRole('button', { name: 'Play' }).click();
  await expect(apply).toBeDisabled();
  await expect(slowMotion(page).getByText('pause it to apply this step')).toBeVisible();
  await trainingPanel(page).getByRole('button', { name: 'Pause' }).click();
  await expect(apply).toBeEnabled();
});

test('the Point number field picks the point the step is taken apart at, and refuses a number past N', async ({ page }) => {
  await page.goto('./');
  const field = slowMotion(page).getByRole('spinbutton', { name: 'Point number' });
  await expect(field).toHaveValue('1');
  await expect(field).toHaveAccessibleDescription(/^Point 1 of \d+: \(/);
  const logitsAtFirst = await slowMotion(page).locator('.slow-motion-current math').first().textContent();

  await field.fill('3');
  await field.press('Enter');
  await expect(field).toHaveAccessibleDescription(/^Point 3 of \d+: \(/);
  await expect.poll(() => slowMotion(page).locator('.slow-motion-current math').first().textContent()).not.toBe(logitsAtFirst);

  await field.fill('100000');
  await field.press('Enter');
  await expect(field).toHaveAccessibleDescription(/^At most \d+$/);
  await field.fill('3');
  await field.press('Enter');
  await expect(field).toHaveAccessibleDescription(/^Point 3 of \d+: \(/);
});
