import { expect, test, type Locator, type Page } from './fixtures';

/**
 * A lesson works when its claim is on one screen: the chart or table its "Look for" names is in view in the
 * lesson's scene, not hidden in a panel's own scroll (lab at 1280, the read view's pinned strip on a phone).
 */

/** Lessons, KaTeX and the scene's panels are lazy chunks: generous on a busy machine. */
const LAZY = { timeout: 30_000 };

const rail = (page: Page) => page.getByRole('complementary', { name: 'Lessons' });
const region = (root: Page | Locator, name: string) => root.getByRole('region', { name, exact: true });
const redundantChart = (root: Locator) => root.getByRole('img', { name: 'Norm of the class-mean m against step' });
const identifiableChart = (root: Locator) => root.getByRole('img', { name: 'Norm of the identifiable part θ − m against step' });

/** Whether all of `element` is in the viewport and inside what its panel's scrolling body shows. */
async function wholeInView(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const body = node.closest('.panel-body')!.getBoundingClientRect();
    const inside = (outer: { top: number; bottom: number; left: number; right: number }) =>
      box.top >= outer.top - 1 && box.bottom <= outer.bottom + 1 && box.left >= outer.left - 1 && box.right <= outer.right + 1;
    return box.height > 0 && inside(body) && inside({ top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth });
  });
}

test('at 1280 × 900 the lesson scene’s Parameters panel shows the ‖m‖ and ‖θ − m‖ charts lessons 4, 8 and 9 point at', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?lesson=4');
  const lesson4 = rail(page).getByRole('article', { name: 'Lesson 4: Gradients sum to zero' });
  await expect(lesson4).toBeVisible(LAZY);
  await lesson4.getByRole('button', { name: 'Set it up' }).click();
  const parameters = region(page, 'Parameters');
  // Under Adam the panel's story of m is at its longest.
  await lesson4.getByRole('button', { name: 'Switch to Adam and play' }).click();
  await expect(redundantChart(parameters)).toBeVisible(LAZY);
  expect(await wholeInView(redundantChart(parameters))).toBe(true);
  expect(await wholeInView(identifiableChart(parameters))).toBe(true);
  // The Training panel is below the stage: pausing there scrolls the page, so scroll back to the stage.
  await region(page, 'Training').getByRole('button', { name: 'Pause' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const n of ['8', '9']) {
    await rail(page).getByRole('combobox', { name: 'Lesson' }).selectOption(n);
    await rail(page).getByRole('button', { name: 'Set it up' }).click();
    await expect(redundantChart(parameters)).toBeVisible(LAZY);
    expect(await wholeInView(redundantChart(parameters)), `lesson ${n}: ‖m‖`).toBe(true);
    expect(await wholeInView(identifiableChart(parameters)), `lesson ${n}: ‖θ − m‖`).toBe(true);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the read view’s pinned scene shows the Numerics table’s naive row (lesson 10) and the ‖m‖ chart (lesson 4)', async ({ page }) => {
    await page.goto('./?view=read&lesson=10');
    await page.locator('#lesson-10').getByRole('button', { name: 'Set it up: lesson 10' }).click(LAZY);
    const plots = page.getByRole('complementary', { name: 'Live plots' });
    // The row's header cell: the table scrolls sideways on a phone (eight classes would not fit), its rows with it.
    const naive = region(plots, 'Numerics').getByRole('rowheader', { name: 'naive', exact: true });
    await expect(naive).toBeVisible(LAZY);
    await expect.poll(() => wholeInView(naive)).toBe(true);

    await page.locator('#lesson-4').getByRole('button', { name: 'Set it up: lesson 4' }).click();
    const chart = redundantChart(region(plots, 'Parameters'));
    await expect(chart).toBeVisible(LAZY);
    await expect.poll(() => wholeInView(chart)).toBe(true);
  });
});

test('the read view’s lesson 1 shows the formula filled in live with one data point’s numbers, as the lab’s card does', async ({ page }) => {
  await page.goto('./?view=read&lesson=1');
  const section = page.getByRole('region', { name: 'Lesson 1. Scores to probabilities' });
  await section.getByRole('button', { name: 'Set it up: lesson 1' }).click(LAZY);
  const live = section.getByTestId('live-softmax');
  await expect(live).toContainText(/^At the first data point, x = \(/, LAZY);
  await expect(live.locator('.katex')).toBeVisible();
  const before = await live.innerText();
  await page.getByRole('complementary', { name: 'Live plots' }).getByRole('button', { name: 'Play', exact: true }).click();
  await expect(live).not.toHaveText(before);
  expect(Math.abs(Number(await live.getAttribute('data-sum')) - 1)).toBeLessThan(1e-12);
});

test('in presentation mode the charts grow to fill their panels, which do not scroll', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?present=1&lesson=4');
  const parameters = region(page, 'Parameters');
  const curves = region(page, 'Training curves');
  const lossChart = curves.getByRole('img', { name: /^Loss and gradient norm against step/ });
  await expect(redundantChart(parameters)).toBeVisible(LAZY);
  await expect(lossChart).toBeVisible(LAZY);
  // Their base heights are 110 px (‖m‖) and 150 px (loss): here each has well over half its panel's height to itself.
  await expect.poll(async () => (await redundantChart(parameters).boundingBox())?.height ?? 0).toBeGreaterThan(300);
  await expect.poll(async () => (await lossChart.boundingBox())?.height ?? 0).toBeGreaterThan(250);
  for (const panel of [parameters, curves]) {
    expect(await wholeInView(panel.getByRole('img').last())).toBe(true);
    expect(await panel.locator('.panel-body').evaluate((body) => body.scrollHeight - body.clientHeight)).toBeLessThanOrEqual(1);
  }
});
