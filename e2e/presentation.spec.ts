import { expect, test, type Page } from './fixtures';
import { SCREENSHOTS } from './screenshots';

// Lesson 4's scene: the ‖m‖ charts and the training curves. (Presentation's axe scans, lesson 4's among them, are in
// e2e/presentationScenes.spec.ts.)
const PANELS = ['Parameters', 'Training curves'];

/** Each panel's box in CSS pixels, and how far its content overflows its own body (0 when all of it shows). */
async function panelBoxes(page: Page) {
  return Promise.all(
    PANELS.map(async (name) => {
      const panel = page.getByRole('region', { name, exact: true });
      const box = await panel.boundingBox();
      const hidden = await panel.locator('.panel-body').evaluate((body) => body.scrollHeight - body.clientHeight);
      return { name, box, hidden };
    }),
  );
}

for (const [width, height] of [
  [1920, 1080],
  [1366, 768],
] as const) {
  test(`presentation mode shows the lesson's scene and formula within ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?present=1&lesson=4');
    const lesson = page.getByRole('region', { name: 'Lesson 4. Gradients sum to zero' });
    await expect(lesson.locator('.katex-display')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('region', { name: 'Training curves', exact: true }).locator('svg').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('region', { name: 'Parameters', exact: true }).getByTestId('redundant-norm-chart')).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: `${SCREENSHOTS}/presentation-${width}x${height}.png` });
    for (const { name, box, hidden } of await panelBoxes(page)) {
      expect(box, name).not.toBeNull();
      if (box === null) continue;
      expect(box.x, `${name} left`).toBeGreaterThanOrEqual(0);
      expect(box.y, `${name} top`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(width);
      expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(height);
      expect(hidden, `${name}: content cut off`).toBeLessThanOrEqual(1);
    }
    const lessonBox = await lesson.boundingBox();
    expect(lessonBox !== null && lessonBox.y + lessonBox.height <= height).toBe(true);
    // The page itself does not scroll.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(height);
  });
}

for (const [width, height] of [
  [1920, 1080],
  [1366, 768],
] as const) {
  test(`presentation body text is at least 18 px at ${width}×${height}, and the lab keeps its 15 px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?present=1&lesson=5');
    const fontSize = (selector: string) => page.locator(selector).first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    await expect(page.locator('.spectrum-sentence')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.redundant-story')).toBeVisible({ timeout: 30_000 });
    for (const selector of ['.spectrum-sentence', '.spectrum-condition', '.spectrum-values', '.redundant-story', '.presentation-bar button', '.presentation-lesson h2', '.key-numbers dd']) {
      expect(await fontSize(selector), selector).toBeGreaterThanOrEqual(18);
    }
    await page.getByRole('button', { name: 'Presentation' }).click();
    await expect(page.getByRole('region', { name: 'Training', exact: true })).toBeVisible();
    await expect(page.locator('.spectrum-sentence')).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => fontSize('.spectrum-sentence')).toBe(15);
  });
}

test('the Presentation button switches the layout and the address, and keeps only the presenter’s controls', async ({ page }) => {
  await page.goto('./');
  const toggle = page.getByRole('button', { name: 'Presentation' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // Before any lesson: the picture and the redundant part m.
  await expect(page.getByRole('region', { name: 'Decision regions' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Parameters' })).toBeVisible({ timeout: 30_000 });
  // The editing and settings panels stay in the lab.
  for (const name of ['Training', 'Model', 'Data', 'Training curves']) await expect(page.getByRole('region', { name, exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Shift all classes' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset', exact: true })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('1');
  // The keys work as in the lab: → takes one step.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('region', { name: 'Parameters' }).getByText('Step 1:')).toBeVisible();
  await toggle.click();
  await expect(page.getByRole('region', { name: 'Training', exact: true })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull();
});

test('Next opens the next lesson and sets it up, from the first one on', async ({ page }) => {
  await page.goto('./?present=1');
  await page.getByRole('button', { name: 'Start lesson 1' }).click();
  await expect(page.getByRole('region', { name: 'Lesson 1. Scores to probabilities' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('region', { name: 'Lesson 4. Gradients sum to zero' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('lesson')).toBe('4');
});

test('the open lesson’s own action has its button: lesson 3 shifts all classes on the projected screen', async ({ page }) => {
  await page.goto('./?present=1&lesson=3');
  const redundantNorm = page.getByRole('region', { name: 'Parameters' }).getByTestId('redundant-norm');
  const before = await redundantNorm.textContent();
  await page.getByRole('button', { name: 'Shift all classes' }).click();
  await expect(redundantNorm).not.toHaveText(before ?? '');
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
  // The ‖m‖ charts bring their own styles: no Training curves panel here, and an unstyled hover rect paints black.
  const hoverTarget = page.getByRole('region', { name: 'Parameters' }).locator('.chart-hover-target').first();
  expect(await hoverTarget.evaluate((rect) => getComputedStyle(rect).fill)).toBe('rgba(0, 0, 0, 0)');
});
