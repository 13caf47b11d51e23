import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { racePanel } from './locators';

const stepCounter = (page: Page) => racePanel(page).getByText(/^Race step \d+$/);
const raceStep = async (page: Page) => Number((await stepCounter(page).textContent())?.replace('Race step ', ''));

async function openRace(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Race' }).click();
  await expect(stepCounter(page)).toHaveText('Race step 0');
  // Focus on the page itself, not on a control.
  await page.getByRole('heading', { level: 1, name: 'Softmax Lab' }).click();
}

test('Space plays and pauses the race, → and S take one race step, R resets it', async ({ page }) => {
  await openRace(page);
  await page.keyboard.press('s');
  await expect(stepCounter(page)).toHaveText('Race step 1');
  await page.keyboard.press('ArrowRight');
  await expect(stepCounter(page)).toHaveText('Race step 2');
  await page.keyboard.press('Space');
  await expect(racePanel(page).getByRole('button', { name: 'Pause race' })).toBeVisible();
  await expect.poll(() => raceStep(page)).toBeGreaterThan(10);
  await page.keyboard.press('Space');
  await expect(racePanel(page).getByRole('button', { name: 'Play race' })).toBeVisible();
  await page.keyboard.press('r');
  await expect(stepCounter(page)).toHaveText('Race step 0');
  // Typing in a field keeps its keys.
  const lanes = racePanel(page).getByRole('spinbutton', { name: 'Race steps per frame' });
  await lanes.focus();
  await lanes.press('s');
  await expect(stepCounter(page)).toHaveText('Race step 0');
});

test('steps per frame: the field, its slider and the store share one maximum', async ({ page }) => {
  await openRace(page);
  const field = racePanel(page).getByRole('spinbutton', { name: 'Race steps per frame' });
  const slider = racePanel(page).getByRole('slider', { name: 'Race steps per frame slider (log scale)' });
  await expect(field).toHaveAttribute('max', '1000');
  await expect(slider).toHaveAttribute('max', '3');
  await field.fill('5000');
  await field.press('Enter');
  await expect(racePanel(page).getByText('At most 1000')).toBeVisible();
  await field.fill('1000');
  await field.press('Enter');
  await expect(slider).toHaveValue('3');
  await expect(racePanel(page).getByText('At most 1000')).toHaveCount(0);
});

test('on a wide screen a short race’s step axis shows whole steps only', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1000 });
  await openRace(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press('s');
  await expect(stepCounter(page)).toHaveText('Race step 3');
  const chart = page.getByRole('img', { name: /^Loss J of every lane against the race step/ });
  const ticks = await chart.locator('.chart-axis-bottom .tick text').allTextContents();
  expect(ticks.length).toBeGreaterThan(2);
  for (const tick of ticks) expect(tick, tick).toMatch(/^\d+$/);
  const lossTicks = await chart.locator('.chart-axis-left .tick text').allTextContents();
  for (const tick of lossTicks) expect(tick, tick).not.toMatch(/-/);
});

test('the race view has no serious or critical accessibility violations', async ({ page }) => {
  await openRace(page);
  for (let i = 0; i < 5; i++) await page.keyboard.press('s');
  await expect(stepCounter(page)).toHaveText('Race step 5');
  const results = await new AxeBuilder({ page }).include('.race-view').analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
