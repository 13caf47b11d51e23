import { expect, test } from './fixtures';
import { panel } from './locators';
import { seriousViolations } from './axe';

/** WCAG's contrast ratio of two sRGB colours given as "rgb(r, g, b)" strings. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

test('the lab view has no serious or critical axe violations', async ({ page }) => {
  // axe walks every node of a page full of panels: on a loaded machine that alone can take minutes.
  test.slow();
  await page.goto('./');
  await expect(panel(page, 'Hessian spectrum')).toBeVisible();
  // Every panel drawn: the loss surface waits for the first paint, the charts for their width.
  await expect(panel(page, 'Loss surface').getByRole('img', { name: /^Contours of J/ })).toBeVisible();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the race view has no serious or critical axe violations', async ({ page }) => {
  // axe walks every node of a page full of panels: on a loaded machine that alone can take minutes.
  test.slow();
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Race' }).click();
  const race = panel(page, 'Race');
  await expect(race.getByText(/^Race step \d+$/)).toBeVisible();
  // A few steps, so the results and charts hold numbers as well.
  await race.getByRole('button', { name: 'Step race' }).click();
  await expect(panel(page, 'Race results')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the focus ring has at least 3:1 contrast on white panels and on the page grey (WCAG 1.4.11)', async ({ page }) => {
  await page.goto('./');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  await step.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const ring = await step.evaluate((element) => {
    const style = getComputedStyle(element);
    return { color: style.outlineColor, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  const page_ = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(contrast(ring.color, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
  expect(contrast(ring.color, page_)).toBeGreaterThanOrEqual(3);
});
