import { expect, test, type Locator, type Page } from './fixtures';
import { panel, parametersPanel, takeSteps } from './locators';
import { pixelDigest } from './pixelDigest';
import { settledBox } from './settledBox';

const shiftPad = (page: Page) => page.getByRole('slider', { name: 'Shift all classes' });
const redundantNorm = (page: Page) => parametersPanel(page).getByTestId('redundant-norm');
const thetaTable = (page: Page) => parametersPanel(page).getByRole('table', { name: 'Parameters θ' });

/** What a screen reader reads in an element, whether or not the panel is scrolled into view. */
const text = async (element: Locator) => (await element.textContent()) ?? '';
const meanRow = (page: Page) => thetaTable(page).getByRole('row', { name: /mean m/ });

test('shifting all classes changes θ and m but no pixel of the decision regions and not the loss', async ({ page }) => {
  await page.goto('./');
  await takeSteps(page, 5);
  const canvas = page.getByTestId('decision-regions-canvas');
  await expect(canvas).toBeVisible();

  const pixelsBefore = await pixelDigest(canvas);
  expect(pixelsBefore).not.toMatch(/^0x|x0:/);
  const thetaBefore = await text(thetaTable(page));
  const meanBefore = await text(meanRow(page));
  const readoutBefore = await page.getByTestId('curves-readout').textContent();
  expect(readoutBefore).toMatch(/^Step 5: loss \d/);

  await shiftPad(page).press('ArrowRight');

  await expect(meanRow(page)).not.toHaveText(meanBefore);
  await expect(meanRow(page)).toContainText('0.500');
  expect(await text(thetaTable(page))).not.toBe(thetaBefore);
  await expect(parametersPanel(page).getByTestId('shift-report')).toContainText(
    'Shifted every class by c = (0, 0.5, 0): θ and m changed; every probability, the loss',
  );
  expect(await pixelDigest(canvas)).toBe(pixelsBefore);
  expect(await page.getByTestId('curves-readout').textContent()).toBe(readoutBefore);

  // The comparison means something only if the canvas follows θ: a training step does change its pixels.
  await takeSteps(page, 1);
  await expect(page.getByTestId('curves-readout')).toContainText('Step 6:');
  expect(await pixelDigest(canvas)).not.toBe(pixelsBefore);
});

test('gradient descent leaves ‖m‖ where it is; Adam moves it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Optimizer' }).selectOption('gd');
  const start = await text(redundantNorm(page));
  await takeSteps(page, 5);
  await expect(page.getByTestId('curves-readout')).toContainText('Step 5:');
  await expect(redundantNorm(page)).toHaveText(start);
  await expect(parametersPanel(page)).toContainText('gradient descent never moves m');

  await page.getByRole('combobox', { name: 'Optimizer' }).selectOption('adam');
  await expect(parametersPanel(page)).toContainText('m drifts');
  await takeSteps(page, 5);
  await expect(page.getByTestId('curves-readout')).toContainText('Step 10:');
  await expect(redundantNorm(page)).not.toHaveText(start);
});

test('L2 with a penalised bias makes ‖m‖ decay step by step', async ({ page }) => {
  await page.goto('./');
  await shiftPad(page).press('ArrowRight');
  await shiftPad(page).press('PageUp');
  await expect(redundantNorm(page)).toHaveText('0.7071');

  const l2 = page.getByRole('spinbutton', { name: 'L2 strength' });
  await l2.fill('0.1');
  await l2.press('Enter');
  await page.getByRole('checkbox', { name: 'Penalize bias' }).check();
  await expect(parametersPanel(page)).toContainText('L2 pulls m towards 0');

  let previous = Number(await text(redundantNorm(page)));
  for (let i = 1; i <= 4; i++) {
    await takeSteps(page, 1);
    await expect(page.getByTestId('curves-readout')).toContainText(`Step ${i}:`);
    const current = Number(await text(redundantNorm(page)));
    expect(current).toBeLessThan(previous);
    previous = current;
  }
});

test('under a reference class the shift is absorbed, and the pad says so', async ({ page }) => {
  await page.goto('./');
  await takeSteps(page, 3);
  await page.getByRole('combobox', { name: 'Parametrization' }).selectOption('reference');
  await expect(thetaTable(page)).toContainText('0 (fixed)');
  await expect(shiftPad(page)).toHaveAttribute('aria-disabled', 'true');
  await expect(parametersPanel(page).getByTestId('shift-report')).toContainText('a shift would be absorbed');

  const thetaBefore = await text(thetaTable(page));
  await shiftPad(page).press('ArrowRight');
  await expect(page.getByTestId('curves-readout')).toContainText('Step 3:');
  expect(await text(thetaTable(page))).toBe(thetaBefore);
});

test('dragging on the pad moves m to the pointer', async ({ page }) => {
  await page.goto('./');
  // Panels that load after first paint move the layout when they arrive: drag only once the pad stays put.
  for (const name of ['Loss surface', 'Hessian spectrum', 'Numerics', 'Import and export']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeAttached();
  }
  await shiftPad(page).scrollIntoViewIfNeeded();
  const box = await settledBox(shiftPad(page));
  // Three quarters of the way to the right edge (w1 = +2 at the edge) and on the horizontal axis.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.875, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(meanRow(page)).toContainText('1.500');
  await expect(redundantNorm(page)).toHaveText('1.5000');
  await expect(parametersPanel(page).getByTestId('shift-report')).toContainText('Shifted every class by c = (0, 1.5, 0)');
});

test('Step changes θ; Reset brings back the same seeded initial θ', async ({ page }) => {
  await page.goto('./');
  await panel(page, 'Model').getByRole('combobox', { name: 'Initialization' }).selectOption('random');
  const initial = await text(thetaTable(page));
  await takeSteps(page, 3);
  await expect.poll(() => text(thetaTable(page))).not.toBe(initial);
  await panel(page, 'Training').getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => text(thetaTable(page))).toBe(initial);
});
