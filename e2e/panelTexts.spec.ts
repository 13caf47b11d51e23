import { expect, test, type Locator } from './fixtures';
import { dataPanel, parametersPanel, regionsPanel, takeSteps } from './locators';

/** The weight arrows' geometry: every line's end points, class by class. */
async function arrowGeometry(plot: Locator): Promise<string> {
  return plot.locator('.weight-arrows line').evaluateAll((lines) => lines.map((line) => ['x1', 'y1', 'x2', 'y2'].map((a) => line.getAttribute(a)).join(',')).join(' '));
}

test('with no points the Data panel says there is nothing to fit, not that the set is separable', async ({ page }) => {
  await page.goto('./');
  const points = dataPanel(page).getByRole('spinbutton', { name: 'Points', exact: true });
  await points.fill('0');
  await points.press('Enter');
  await expect(dataPanel(page).getByText('0 points', { exact: true })).toBeVisible();
  await expect(dataPanel(page).getByRole('status')).toHaveText('No points: there is nothing to fit. Click the plot to add some, or set Points above 0.');
  await expect(dataPanel(page).getByRole('status').getByText('Linearly separable', { exact: true })).toHaveCount(0);
});

test('at θ = 0 the tied regions are a neutral grey, and the plot says why', async ({ page }) => {
  await page.goto('./');
  const colour = await page.getByTestId('decision-regions-canvas').evaluate(async (element: HTMLCanvasElement) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return Array.from(element.getContext('2d')!.getImageData(element.width - 2, 1, 1, 1).data);
  });
  expect(colour).toEqual([226, 226, 226, 255]);
  await expect(regionsPanel(page).getByText(/^Grey: every class ties everywhere \(P = 1\/3 for each\)/)).toBeVisible();
  await takeSteps(page, 1);
  await expect(regionsPanel(page).getByText(/^Grey: every class ties/)).toHaveCount(0);
});

test('the weight arrows show wₖ − mean w: a shift of every class moves no arrow, and the hint says why', async ({ page }) => {
  await page.goto('./');
  await takeSteps(page, 3);
  const toggle = regionsPanel(page).getByRole('checkbox', { name: 'Show weight vectors wₖ − mean w' });
  await toggle.check();
  await expect(toggle).toHaveAccessibleDescription(/A single wₖ is not identifiable: shifting every class by the same c moves it while no region changes/);
  // The arrows are their own chunk, loaded when first shown: wait until all six lines (an outline and a coloured
  // line per class) are drawn.
  await expect(regionsPanel(page).locator('.weight-arrows line')).toHaveCount(6);
  const before = await arrowGeometry(regionsPanel(page));

  await page.getByRole('slider', { name: 'Shift all classes' }).press('ArrowRight');
  await expect(parametersPanel(page).getByTestId('shift-report')).toContainText('Shifted every class by c = (0, 0.5, 0)');
  expect(await arrowGeometry(regionsPanel(page))).toBe(before);
  // The arrows do follow θ − m: a training step moves them.
  await takeSteps(page, 1);
  await expect.poll(() => arrowGeometry(regionsPanel(page))).not.toBe(before);
});

test('under a reference class the ‖m‖ chart is not called redundant', async ({ page }) => {
  await page.goto('./');
  await expect(parametersPanel(page).getByText('‖m‖, redundant', { exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Parametrization' }).selectOption('reference');
  await expect(parametersPanel(page).getByText('‖m‖, class-mean (not free: follows the other rows)', { exact: true })).toBeVisible();
  await expect(parametersPanel(page).getByRole('heading', { name: 'The class-mean m' })).toBeVisible();
  await expect(parametersPanel(page).getByText(/redundant,|The redundant part/)).toHaveCount(0);
});

test('the step axis shows whole steps, with no SI suffix, on a 2560 px wide page', async ({ page }) => {
  await page.setViewportSize({ width: 2560, height: 1200 });
  await page.goto('./');
  await takeSteps(page, 2);
  // The Training curves panel loads after first paint: wait until its chart holds steps 0 to 2.
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-points', '3');
  const labels = await page.getByTestId('loss-chart').locator('.chart-axis-bottom .tick text').allTextContents();
  expect(labels.length).toBeGreaterThan(3);
  for (const label of labels) expect(label).toMatch(/^\d+$/);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('the plot hint names the Erase tool instead of shift-click', async ({ page }) => {
    await page.goto('./');
    const hint = regionsPanel(page).getByText(/^Tap to add a point of class 0 \(blue\); to erase, choose Erase\./);
    await expect(hint).toBeVisible();
    await expect(regionsPanel(page).getByText(/shift-click/)).toHaveCount(0);
  });
});

test('with a mouse the plot hint offers shift-click', async ({ page }) => {
  await page.goto('./');
  await expect(regionsPanel(page).getByText(/Click to add a point of class 0 \(blue\); shift-click erases the nearest point\./)).toBeVisible();
});
