import { expect, test, type Page } from './fixtures';
import { dataPanel, heatmap, modelPanel } from './locators';

const l2Field = (page: Page) => modelPanel(page).getByRole('spinbutton', { name: 'L2 strength', exact: true });

/** Three points drawn by hand and L2 set to 0.01, then the address has caught up (it is written after a pause). */
async function editLab(page: Page) {
  await page.goto('./');
  await expect(dataPanel(page).getByText('200 points', { exact: true })).toBeVisible();
  for (const [x, y] of [[40, 40], [80, 60], [120, 90]]) await heatmap(page).click({ position: { x, y } });
  await l2Field(page).fill('0.01');
  await l2Field(page).press('Enter');
  await expect(dataPanel(page).getByText('203 points', { exact: true })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('l2')).toBe('0.01');
  await expect.poll(() => new URL(page.url()).searchParams.has('pts')).toBe(true);
}

test('a changed setting and three hand-drawn points survive a copied link opened in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await editLab(page);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('l2')).toBe('0.01');

  // A new browser context: nothing in storage, so everything comes from the link.
  const other = await (await context.browser()!.newContext()).newPage();
  await other.goto(link);
  await expect(dataPanel(other).getByText('203 points', { exact: true })).toBeVisible();
  await expect(l2Field(other)).toHaveValue('0.01');
});

test('a reload restores the drawn points; Start over forgets them', async ({ page }) => {
  await editLab(page);
  await page.goto('./');
  await expect(dataPanel(page).getByText('203 points', { exact: true })).toBeVisible();
  await expect(l2Field(page)).toHaveValue('0.01');

  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, start over' }).click();
  await expect(dataPanel(page).getByText('200 points', { exact: true })).toBeVisible();
  await expect(l2Field(page)).toHaveValue('0');
  await expect.poll(() => new URL(page.url()).search).toBe('?v=1');
  await page.goto('./');
  await expect(dataPanel(page).getByText('200 points', { exact: true })).toBeVisible();
});

test('without a clipboard, Share shows the link in a field to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto('./?l2=0.02');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Copy this link' });
  await expect(field).toBeVisible();
  expect(new URL(await field.inputValue()).searchParams.get('l2')).toBe('0.02');
});

test('a malformed value falls back with a notice naming it; the rest of the link applies', async ({ page }) => {
  await page.goto('./?lr=-1&l2=0.1&k=4&zoom=3');
  const notices = page.getByRole('region', { name: 'Settings from the link that were not used' });
  await expect(notices).toContainText('lr=“-1”: The learning rate must be a positive number. The default was used.');
  await expect(notices).toContainText('“zoom” is not a setting of this version of Softmax Lab, so it was ignored.');
  await expect(l2Field(page)).toHaveValue('0.1');
  await expect(modelPanel(page).getByRole('spinbutton', { name: 'Classes', exact: true })).toHaveValue('4');
});

test('the view belongs to the address: a link can open the race, and Back is not flooded', async ({ page }) => {
  await page.goto('./?view=race');
  const entries = await page.evaluate(() => history.length);
  await expect(page.getByRole('button', { name: 'Race', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Lab', exact: true }).click();
  await expect.poll(() => new URL(page.url()).searchParams.has('view')).toBe(false);
  await page.getByRole('button', { name: 'Play' }).first().click();
  await page.getByRole('button', { name: 'Race', exact: true }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('race');
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('a race link is read by the race’s own chunk: its settings apply, a refused value is named, and they stay in the address', async ({ page }) => {
  await page.goto('./?view=race&race=optimizer&rspf=0&gap=0.001');
  await expect(page.getByRole('combobox', { name: 'Race preset' })).toHaveValue('optimizer');
  await expect(page.getByRole('spinbutton', { name: 'Target gap to J*' })).toHaveValue('0.001');
  const notices = page.getByRole('region', { name: 'Settings from the link that were not used' });
  await expect(notices).toContainText('rspf=“0”: Race steps per frame must be a whole number from 1 to');
  // The address is written back with the race in it (by the writer the race's chunk brought).
  await page.getByRole('button', { name: 'Lab', exact: true }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('race')).toBe('optimizer');
  expect(new URL(page.url()).searchParams.get('gap')).toBe('0.001');
});

test.describe('where the page logs errors on purpose', () => {
  // The chunk the test blocks is logged as a failed load.
  test.use({ allowConsoleErrors: true });

  test('when the race’s address reader cannot load, the lab still opens, with its defaults and a notice why', async ({ page }) => {
    // As after a deploy that replaced the files under an open tab: the chunk's request fails.
    await page.route(/raceAddress-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('./?lr=0.3&unknown=1');
    await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Settings from the link that were not used' })).toContainText('The address could not be read');
    await expect(page.getByRole('spinbutton', { name: 'Learning rate', exact: true }).first()).not.toHaveValue('0.3');
  });
});
