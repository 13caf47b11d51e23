import { expect, test, type Locator, type Page } from './fixtures';
import { panel, racePanel, trainingPanel } from './locators';

const notices = (page: Page) => page.getByRole('region', { name: 'Settings from the link that were not used' });
const header = (page: Page) => page.getByRole('banner');

/** The height of a box now, in CSS pixels. */
async function heightOf(locator: Locator): Promise<number> {
  return (await locator.boundingBox())!.height;
}

test.describe('the status message moves nothing on the page', () => {
  test('a long overshoot message at 1280 px: the header keeps its height, the panels stay put, and the message is announced', async ({ page }) => {
    await page.goto('./?lr=1e9');
    const training = trainingPanel(page);
    await expect(training.getByRole('button', { name: 'Play' })).toBeVisible();
    const headerBefore = await heightOf(header(page));
    const panelBefore = (await training.boundingBox())!.y;

    await training.getByRole('button', { name: 'Play' }).click();
    // The lab's status line (the header also holds Share's).
    const message = header(page).getByRole('status').filter({ has: page.getByRole('button', { name: 'Dismiss message' }) });
    // A report of the step it was seen at: its J is that step's, which the curves show at that step.
    await expect(message).toContainText(/: at step \d+ it was [\d.e−]+, so the steps overshoot\. GD converges to the minimiser θ\* only for η below/);
    await training.getByRole('button', { name: 'Pause' }).click();
    // Several lines long at this width, yet the header's height and the page below it do not change.
    expect(await heightOf(message)).toBeGreaterThan(30);
    expect(await heightOf(header(page))).toBe(headerBefore);
    expect((await training.boundingBox())!.y).toBe(panelBefore);
    // It sits across the full width, just below the header, in view.
    const headerBox = (await header(page).boundingBox())!;
    const messageBox = (await message.boundingBox())!;
    expect(Math.abs(messageBox.y - (headerBox.y + headerBox.height))).toBeLessThan(2);
    expect(messageBox.width).toBeGreaterThan(1200);
    await expect(message).toHaveAttribute('aria-live', 'polite');

    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await expect(message).toHaveCount(0);
    expect(await heightOf(header(page))).toBe(headerBefore);
  });

  test('the one-line "Converged" message at 1280 px does not grow the header either', async ({ page }) => {
    await page.goto('./?tol=0.05');
    const training = trainingPanel(page);
    await expect(training.getByRole('button', { name: 'Play' })).toBeVisible();
    const headerBefore = await heightOf(header(page));
    await training.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Converged: / })).toBeVisible();
    expect(await heightOf(header(page))).toBe(headerBefore);
  });
});

test('on the projected screen a long message rests on the bottom edge: the header and the run’s buttons stay uncovered', async ({ page }) => {
  await page.goto('./?present=1&lesson=13&lr=1e9');
  const play = page.getByRole('button', { name: /Play$/ }).first();
  await expect(play).toBeVisible();
  const headerBefore = await heightOf(header(page));
  await play.click();
  const message = header(page).getByRole('status').filter({ has: page.getByRole('button', { name: 'Dismiss message' }) });
  await expect(message).toContainText('so the steps overshoot');
  await page.getByRole('button', { name: /Pause$/ }).first().click();
  expect(await heightOf(header(page))).toBe(headerBefore);
  const box = (await message.boundingBox())!;
  expect(box.y + box.height).toBeCloseTo(page.viewportSize()!.height, 0);
  // The run's buttons are what a click at their centre reaches, not the message.
  for (const name of [/Play$/, /^Step$/, /^Reset$/]) {
    const button = page.getByRole('button', { name }).first();
    expect(await button.evaluate((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return element.contains(document.elementFromPoint(x + width / 2, y + height / 2));
    })).toBe(true);
  }
});

test('a learning rate of 1e9 reads "1e9" in its field, not digits cut at the field’s edge', async ({ page }) => {
  await page.goto('./?lr=1e9');
  const field = trainingPanel(page).getByRole('spinbutton', { name: 'Learning rate', exact: true });
  await expect(field).toHaveValue('1e9');
  await field.fill('2500000000');
  await field.press('Enter');
  await expect(field).toHaveValue('2.5e9');
});

test.describe('a refused value in the link', () => {
  for (const [query, parameter, notice] of [
    ['k=99', 'k', /^k=“99”: /],
    ['lr=abc', 'lr', /^lr=“abc”: /],
    ['view=xyz', 'view', /^view=“xyz”: /],
  ] as const) {
    test(`?${query}: the notice stays and the address drops the refused value`, async ({ page }) => {
      await page.goto(`./?${query}`);
      await expect(notices(page).getByRole('listitem').first()).toHaveText(notice);
      await expect.poll(() => new URL(page.url()).searchParams.has(parameter)).toBe(false);
      await expect(notices(page)).toBeVisible();
    });
  }

  test('negative control: a link with usable values keeps them in the address', async ({ page }) => {
    await page.goto('./?k=4&lr=0.25');
    await expect(trainingPanel(page).getByRole('spinbutton', { name: 'Learning rate', exact: true })).toHaveValue('0.25');
    await expect(page).toHaveURL(/[?&]k=4(&|$)/);
    await expect(page).toHaveURL(/[?&]lr=0\.25(&|$)/);
    await expect(notices(page)).toHaveCount(0);
  });

  test('?k=2&data=iris names k and the K used', async ({ page }) => {
    await page.goto('./?k=2&data=iris');
    await expect(notices(page)).toContainText('k=“2”: the Iris petals data set has 3 classes, so K must be at least 3. K = 3 was used.');
    await expect(panel(page, 'Model').getByRole('spinbutton', { name: 'Classes', exact: true })).toHaveValue('3');
    await expect(page.getByText(/Some settings could not be used/)).toHaveCount(0);
  });

  test('?view=race&race=margin&rdata=xor names rdata and the data used', async ({ page }) => {
    await page.goto('./?view=race&race=margin&rdata=xor');
    await expect(notices(page)).toContainText('rdata=“xor”: the race preset “Max margin: GD vs Adam on separable data” runs on its own data, “Linearly separable”, which was used.');
    await expect(racePanel(page).getByRole('combobox', { name: 'Race data' })).toHaveValue('separable');
  });
});

/** The lanes' Status cells of the table in `within`. */
const statusCells = (page: Page, within: Locator) =>
  within
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Status', exact: true }) })
    .getByRole('cell');

test('the race table says "ready" for every lane before the first step, then where the race is', async ({ page }) => {
  await page.goto('./?view=race');
  const results = panel(page, 'Race results');
  await expect(racePanel(page).getByText(/^Race step 0$/)).toBeVisible();
  await expect(statusCells(page, results)).toHaveText(['ready', 'ready', 'ready']);
  await racePanel(page).getByRole('button', { name: 'Step race' }).click();
  await expect(statusCells(page, results)).toHaveText(['paused at step 1', 'paused at step 1', 'paused at step 1']);
});

test('lesson 11’s race summary says "ready" before anything ran', async ({ page }) => {
  await page.goto('./?lesson=11');
  await page.getByRole('complementary', { name: 'Lessons' }).getByRole('button', { name: 'Set it up' }).click();
  const summary = page.getByRole('region', { name: 'Race summary', exact: true });
  await expect(statusCells(page, summary)).toHaveText(['ready', 'ready', 'ready']);
  await expect(statusCells(page, summary).filter({ hasText: 'running' })).toHaveCount(0);
});

/** For each select: its chosen option's text width and the room the select gives it (its box less padding and arrow). */
async function selectFits(selects: Locator) {
  return selects.evaluateAll((elements) =>
    elements.map((element) => {
      const select = element as HTMLSelectElement;
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.text ?? '';
      // Chromium's drop-down arrow takes about 20 px at the right.
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      return { name: select.labels?.[0]?.textContent ?? '', text, fits: context.measureText(text).width <= room };
    }),
  );
}

for (const width of [1280, 1920]) {
  test(`at ${width} px every race select shows its chosen option in full, with the reference class and the max-margin preset`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?view=race');
    const race = racePanel(page);
    // The default race's lane 2 is the reference class, the longest option of a lane.
    await expect(page.getByRole('combobox', { name: 'Lane 2 parametrization' })).toHaveValue('reference');
    for (const preset of ['Parametrization: full vs reference vs L2', 'Max margin: GD vs Adam on separable data']) {
      if (preset.startsWith('Max')) await race.getByRole('combobox', { name: 'Race preset' }).selectOption({ label: preset });
      const fits = await selectFits(page.getByRole('main').getByRole('combobox'));
      expect(fits.length).toBeGreaterThan(4);
      for (const select of fits) expect(select, `${select.name}: “${select.text}”`).toMatchObject({ fits: true });
    }
  });
}
