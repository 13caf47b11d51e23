import { expect, test, type Page } from '@playwright/test';
import { watchConsoleErrors } from './consoleErrors';

const dataPanel = (page: Page) => page.getByRole('region', { name: 'Data' });
const heatmap = (page: Page) => page.getByTestId('decision-regions-canvas');
const pointTotal = (page: Page, count: number) => dataPanel(page).getByText(`${count} points`, { exact: true });

test('at the largest N (10,000 points) a click on the plot still adds a point; one past it is refused, saying why', async ({ page }) => {
  const checkConsole = watchConsoleErrors(page);
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
  checkConsole();
});
