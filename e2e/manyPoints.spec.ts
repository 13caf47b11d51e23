import { expect, test } from './fixtures';
import { dataPanel, heatmap, pointTotal } from './locators';


test('at the largest N (10,000 points) a click on the plot still adds a point; one past it is refused, saying why', async ({ page }) => {
  await page.goto('./');
  const points = dataPanel(page).getByRole('spinbutton', { name: 'Points', exact: true });
  await points.fill('9999');
  await points.press('Enter');
  await expect(pointTotal(page, 9999)).toBeVisible();

  await heatmap(page).click({ position: { x: 30, y: 30 } });
  await expect(pointTotal(page, 10000)).toBeVisible();
  await expect(heatmap(page)).toHaveAccessibleName(/10000 points/);

  await heatmap(page).click({ position: { x: 40, y: 30 } });
  await expect(page.getByText('At most 10000 points can be used.')).toBeVisible();
  await expect(pointTotal(page, 10000)).toBeVisible();
});
