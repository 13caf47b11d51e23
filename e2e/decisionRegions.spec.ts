import { expect, test, type Locator, type Page } from './fixtures';
import { heatmap, panel, regionsPanel, takeSteps } from './locators';
import { SCREENSHOTS } from './screenshots';

const perClass = (page: Page) => panel(page, 'Data').getByRole('list', { name: 'Points per class' });
const normOfTheta = (page: Page) => panel(page, 'Data').getByText(/^‖θ‖ = /);

interface PixelSummary {
  readonly digest: string;
  readonly distinctColors: number;
  /** The share of pixels taken by the three most frequent colours. */
  readonly topThreeShare: number;
}

/** The heatmap's own pixels, read after two animation frames so a pending redraw has happened. */
async function readPixels(canvas: Locator): Promise<PixelSummary> {
  return canvas.evaluate(async (element: HTMLCanvasElement) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const bytes = element.getContext('2d')!.getImageData(0, 0, element.width, element.height).data;
    const words = new Uint32Array(bytes.buffer);
    const counts = new Map<number, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    const top = [...counts.values()].sort((a, b) => b - a).slice(0, 3);
    const digest = await crypto.subtle.digest('SHA-256', bytes);
    return {
      digest: Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''),
      distinctColors: counts.size,
      topThreeShare: top.reduce((a, b) => a + b, 0) / words.length,
    };
  });
}

/** A screenshot of the square of side 2·half CSS pixels around a position inside the canvas. */
async function snapshotAround(page: Page, position: { x: number; y: number }, half = 10): Promise<Buffer> {
  const box = (await heatmap(page).boundingBox())!;
  return page.screenshot({ clip: { x: box.x + position.x - half, y: box.y + position.y - half, width: 2 * half, height: 2 * half } });
}

const countOf = async (page: Page, classNumber: number) =>
  Number((await perClass(page).getByRole('listitem').nth(classNumber - 1).innerText()).split(':').pop());

test('the heatmap describes itself, paints P(y|x) at full resolution and is redrawn when θ changes', async ({ page }) => {
  await page.goto('./');
  const canvas = heatmap(page);
  await expect(canvas).toHaveAttribute('role', 'img');
  await expect(canvas).toHaveAccessibleName(/^Decision regions for 3 classes, 200 points; accuracy \d+%$/);
  const size = await canvas.evaluate((element: HTMLCanvasElement) => ({
    backing: element.width,
    css: element.getBoundingClientRect().width,
    ratio: Math.min(2, window.devicePixelRatio),
  }));
  expect(size.backing).toBe(Math.round(size.css * size.ratio));

  // θ starts at 0: P = 1/3 everywhere, one flat colour.
  const start = await readPixels(canvas);
  expect(start.distinctColors).toBe(1);

  await takeSteps(page, 3);
  const trained = await readPixels(canvas);
  expect(trained.distinctColors).toBeGreaterThan(50);
  await expect(canvas).toHaveAccessibleName(/accuracy (9\d|100)%$/);

  await takeSteps(page, 1);
  expect((await readPixels(canvas)).digest).not.toBe(trained.digest);
});

test('clicking the plot adds a point of the selected class where clicked; shift-click removes it', async ({ page }) => {
  await page.goto('./');
  const dataPanel = panel(page, 'Data');
  await expect(dataPanel.getByText('200 points', { exact: true })).toBeVisible();
  const position = { x: 30, y: 30 };
  const empty = await snapshotAround(page, position);
  const box = (await heatmap(page).boundingBox())!;
  // The rest of the plot, away from the click: the other points must not move (no rescaling on an edit).
  const restOfPlot = () => snapshotAround(page, { x: box.width * 0.6, y: box.height * 0.6 }, box.width * 0.35);
  const restBefore = await restOfPlot();
  const blueBefore = await countOf(page, 1);

  await heatmap(page).click({ position });
  await expect(dataPanel.getByText('201 points', { exact: true })).toBeVisible();
  await expect(heatmap(page)).toHaveAccessibleName(/201 points/);
  expect(await countOf(page, 1)).toBe(blueBefore + 1);
  expect((await snapshotAround(page, position)).equals(empty)).toBe(false);
  // The probe card follows the pointer over the plot: take the pointer away before comparing pixels.
  await page.mouse.move(0, 0);
  expect((await restOfPlot()).equals(restBefore)).toBe(true);

  await heatmap(page).click({ position: { x: position.x + 4, y: position.y - 3 }, modifiers: ['Shift'] });
  await expect(dataPanel.getByText('200 points', { exact: true })).toBeVisible();
  expect(await countOf(page, 1)).toBe(blueBefore);
  expect((await snapshotAround(page, position)).equals(empty)).toBe(true);
});

test('the class picker chooses the class a click adds, and the Erase tool removes the nearest point', async ({ page }) => {
  await page.goto('./');
  const picker = regionsPanel(page).getByRole('radiogroup', { name: 'Class to add' });
  await expect(picker.getByRole('radio')).toHaveCount(3);
  await picker.getByRole('radio', { name: 'Class 2 (green)' }).check();
  const greenBefore = await countOf(page, 3);
  await heatmap(page).click({ position: { x: 40, y: 40 } });
  await expect.poll(() => countOf(page, 3)).toBe(greenBefore + 1);

  await regionsPanel(page).getByRole('radiogroup', { name: 'Tool' }).getByRole('radio', { name: 'Erase' }).check();
  // Far from every point (the opposite corner): nothing to erase.
  const box = (await heatmap(page).boundingBox())!;
  await heatmap(page).click({ position: { x: box.width - 6, y: 6 } });
  await heatmap(page).click({ position: { x: 42, y: 38 } });
  await expect.poll(() => countOf(page, 3)).toBe(greenBefore);
  await expect(panel(page, 'Data').getByText('200 points', { exact: true })).toBeVisible();
});

test('"Show only the most probable class" paints flat regions; "Show weight vectors" draws one arrow per class', async ({ page }) => {
  await page.goto('./');
  await takeSteps(page, 5);
  const blended = await readPixels(heatmap(page));
  expect(blended.topThreeShare).toBeLessThan(0.5);

  await regionsPanel(page).getByRole('checkbox', { name: 'Show only the most probable class' }).check();
  const flat = await readPixels(heatmap(page));
  expect(flat.digest).not.toBe(blended.digest);
  // Three flat regions; only the anti-aliased boundary lines have other colours.
  expect(flat.topThreeShare).toBeGreaterThan(0.97);

  await regionsPanel(page).getByRole('checkbox', { name: 'Show weight vectors' }).check();
  for (const label of ['w0', 'w1', 'w2']) await expect(regionsPanel(page).getByText(label, { exact: true })).toBeVisible();
  await expect(regionsPanel(page).getByText(/^longest ‖wₖ − mean w‖ = \d/)).toBeVisible();
  // The arrows are drawn over the heatmap, not into it.
  expect((await readPixels(heatmap(page))).digest).toBe(flat.digest);
});

test('with the keyboard, arrows move a cursor, Enter adds a point there and Delete removes it, without stepping', async ({ page }) => {
  await page.goto('./');
  const dataPanel = panel(page, 'Data');
  const editor = regionsPanel(page).getByRole('group', { name: 'Point editor' });
  await editor.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  // → belongs to the cursor here, so θ is still 0: no training step was taken.
  await expect(normOfTheta(page)).toHaveText('‖θ‖ = 0');
  await expect(regionsPanel(page).getByText(/^At x = \(/)).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(dataPanel.getByText('201 points', { exact: true })).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(dataPanel.getByText('200 points', { exact: true })).toBeVisible();
});

test('on a phone the plot fits the screen width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  const panel = (await regionsPanel(page).boundingBox())!;
  const canvas = (await heatmap(page).boundingBox())!;
  expect(panel.x).toBeGreaterThanOrEqual(0);
  expect(panel.x + panel.width).toBeLessThanOrEqual(390);
  expect(canvas.x + canvas.width).toBeLessThanOrEqual(panel.x + panel.width);
  expect(canvas.width).toBeGreaterThan(250);
});

test('10,000 points get small markers with faint outlines, 200 keep full ones: the regions stay visible', async ({ page }) => {
  // The markers are decoration (the plot describes itself in its name): read the class-0 path's outline directly.
  const classZeroMarks = regionsPanel(page).locator('.point-marks path[data-class="0"]');
  await page.goto('./');
  await expect(classZeroMarks).toHaveAttribute('stroke-width', '1');
  await page.goto('./?v=1&n=10000');
  await expect(heatmap(page)).toHaveAccessibleName(/10000 points/);
  expect(Number(await classZeroMarks.getAttribute('stroke-width'))).toBeCloseTo(1 / 3, 6);
  expect(Number(await classZeroMarks.getAttribute('stroke-opacity'))).toBeCloseTo(1 / 3, 6);
  await page.screenshot({ path: `${SCREENSHOTS}/points-10000-1280.png` });
});
