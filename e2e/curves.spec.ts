import { expect, test, type Page } from './fixtures';
import { curvesPanel, takeSteps } from './locators';
import { settledBox } from './settledBox';

const readout = (page: Page) => page.getByTestId('curves-readout');
const valueTicks = (page: Page) => curvesPanel(page).getByTestId('loss-chart-value-axis').locator('.tick text').allTextContents();

test('the curves gain one point per step and the read-out names the current step and loss', async ({ page }) => {
  await page.goto('./');
  const lossChart = curvesPanel(page).getByTestId('loss-chart');
  await expect(lossChart).toHaveAttribute('data-points', '1');
  await expect(readout(page)).toHaveText(/^Step 0: loss 1\.0986, gradient norm [\d.]+, accuracy [\d.]+% \(latest\)\.$/);

  await takeSteps(page, 4);
  await expect(lossChart).toHaveAttribute('data-points', '5');
  await expect(curvesPanel(page).getByTestId('accuracy-chart')).toHaveAttribute('data-points', '5');
  await expect(readout(page)).toHaveText(/^Step 4: loss 0\.\d{4}, /);
});

test('Log scale switches the loss axis between decades and a linear scale from 0', async ({ page }) => {
  await page.goto('./');
  await takeSteps(page, 20);
  const logScale = curvesPanel(page).getByRole('checkbox', { name: 'Log scale' });
  await logScale.check();
  const logTicks = await valueTicks(page);
  expect(logTicks).not.toContain('0');
  expect(logTicks).toContain('1');

  await logScale.uncheck();
  await expect.poll(() => valueTicks(page)).not.toEqual(logTicks);
  expect(await valueTicks(page)).toContain('0');

  await logScale.check();
  await expect.poll(() => valueTicks(page)).toEqual(logTicks);
});

test('the keyboard reads earlier steps without taking a step', async ({ page }) => {
  await page.goto('./');
  await takeSteps(page, 4);
  const inspector = curvesPanel(page).getByRole('slider', { name: 'Inspect a training step' });
  await inspector.press('ArrowLeft');
  await expect(readout(page)).toHaveText(/^Step 3: loss /);
  await expect(inspector).toHaveAttribute('aria-valuetext', /^Step 3: loss /);
  await inspector.press('Home');
  await expect(readout(page)).toHaveText(/^Step 0: loss 1\.0986/);
  await inspector.press('End');
  await expect(readout(page)).toHaveText(/^Step 4: .*\(latest\)\.$/);
  await expect(curvesPanel(page).getByTestId('loss-chart')).toHaveAttribute('data-points', '5');
});

test('pointing at a chart shows a rule and that step’s values', async ({ page }) => {
  await page.goto('./');
  await takeSteps(page, 10);
  const chart = curvesPanel(page).getByTestId('loss-chart');
  const target = chart.locator('.chart-hover-target');
  await target.scrollIntoViewIfNeeded();
  const box = await settledBox(target);
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await expect(readout(page)).toHaveText(/^Step 0: loss 1\.0986/);
  await expect(chart.locator('.chart-rule')).toHaveCount(1);
  await page.mouse.move(0, 0);
  await expect(chart.locator('.chart-rule')).toHaveCount(0);
  await expect(readout(page)).toHaveText(/^Step 10: .*\(latest\)\.$/);
});
