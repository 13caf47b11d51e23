import { expect, test, type Page } from './fixtures';
import { heatmap, panel, pointTotal, regionsPanel, takeSteps } from './locators';
import { settledBox } from './settledBox';

const card = (page: Page) => regionsPanel(page).getByRole('group', { name: 'Probabilities at the probed point' });

/** The P(class k) the card shows, in order. */
async function cardProbabilities(page: Page): Promise<number[]> {
  const text = await card(page).innerText();
  return [...text.matchAll(/P\(class \d, [a-z ]+\) = ([\d.]+)/g)].map((match) => Number(match[1]));
}

test('hovering the plot shows P per class in a card beside the pointer, shared with the Numerics panel', async ({ page }) => {
  await page.goto('./');
  await takeSteps(page, 3);
  await expect(card(page)).toHaveCount(0);
  const box = await settledBox(heatmap(page));
  for (const [fx, fy] of [
    [0.25, 0.3],
    [0.85, 0.9],
  ]) {
    const mouse = { x: box.x + fx * box.width, y: box.y + fy * box.height };
    await page.mouse.move(mouse.x, mouse.y);
    await expect(card(page)).toBeVisible();
    const probabilities = await cardProbabilities(page);
    expect(probabilities).toHaveLength(3);
    expect(Math.abs(probabilities.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(0.002);
    // Beside the pointer (a corner 14 px away on each axis), and inside the plot.
    const place = (await card(page).boundingBox())!;
    const corners = [place.x, place.x + place.width].flatMap((x) => [place.y, place.y + place.height].map((y) => Math.hypot(x - mouse.x, y - mouse.y)));
    expect(Math.min(...corners)).toBeLessThan(25);
    expect(place.x).toBeGreaterThanOrEqual(box.x);
    expect(place.x + place.width).toBeLessThanOrEqual(box.x + box.width);
    expect(place.y + place.height).toBeLessThanOrEqual(box.y + box.height);
  }
  const at = (await card(page).innerText()).match(/At x = \(([^)]*)\)/)![1];
  await page.mouse.move(box.x + box.width + 200, box.y);
  await expect(card(page)).toHaveCount(0);
  // The probed point stays for the Numerics panel after the pointer leaves.
  await expect(panel(page, 'Numerics').getByText(`At the probed point x = (${at}).`)).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('the Probe tool shows P on a tap without adding a point; a plain tap adds one', async ({ page }) => {
    await page.goto('./');
    await takeSteps(page, 3);
    await expect(pointTotal(page, 200)).toBeVisible();
    await regionsPanel(page).getByRole('radiogroup', { name: 'Tool' }).getByRole('radio', { name: 'Probe' }).check();
    await expect(regionsPanel(page).getByText(/^Tap the plot to see P\(y\|x\) there; no point is added\./)).toBeVisible();
    await heatmap(page).tap({ position: { x: 60, y: 60 } });
    await expect(card(page)).toBeVisible();
    const probabilities = await cardProbabilities(page);
    expect(Math.abs(probabilities.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(0.002);
    await expect(pointTotal(page, 200)).toBeVisible();

    // Negative control: with Add, the same tap adds a point.
    await regionsPanel(page).getByRole('radiogroup', { name: 'Tool' }).getByRole('radio', { name: 'Add' }).check();
    await heatmap(page).tap({ position: { x: 60, y: 60 } });
    await expect(pointTotal(page, 201)).toBeVisible();
  });

  test('touching and holding probes instead of adding a point', async ({ page }) => {
    await page.goto('./');
    await expect(pointTotal(page, 200)).toBeVisible();
    const box = (await heatmap(page).boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const touchPoints = [{ x: box.x + 80, y: box.y + 90 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints });
    // The card is the signal that the press was long enough: the finger lifts only then.
    await expect(card(page)).toBeVisible();
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // A plain tap comes after anything the lifted finger fired: it adds exactly one point, so the hold added none.
    await heatmap(page).tap({ position: { x: 60, y: 60 } });
    await expect(pointTotal(page, 201)).toBeVisible();
  });
});
