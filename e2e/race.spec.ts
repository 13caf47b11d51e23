import { expect, test, type Locator, type Page } from './fixtures';
import { panel, racePanel } from './locators';
import { QUASI9 } from '../src/model/race/quasiSeparated.fixtures';
import { encodePoints } from '../src/share/pointsCodec';

const results = (page: Page) => panel(page, 'Race results');
const stepCounter = (page: Page) => racePanel(page).getByText(/^Race step \d+$/);

async function raceStep(page: Page): Promise<number> {
  return Number((await stepCounter(page).textContent())?.replace('Race step ', ''));
}

/** The lanes' cells of one table row, found by its row header. */
function rowCells(page: Page, header: string): Locator {
  return results(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) })
    .getByRole('cell');
}

async function rowTexts(page: Page, header: string): Promise<string[]> {
  return rowCells(page, header).allTextContents();
}

/** Table numbers use the typographic minus sign. */
const parse = (text: string) => Number(text.replace(/−/g, '-'));

async function openRace(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Race' }).click();
  await expect(stepCounter(page)).toHaveText('Race step 0');
}

/** Plays until the race has taken at least `steps` steps (or stopped by itself), then pauses. */
async function raceTo(page: Page, steps: number): Promise<void> {
  await racePanel(page).getByRole('button', { name: 'Play race' }).click();
  await expect
    .poll(async () => (await raceStep(page)) >= steps || (await racePanel(page).getByText('finished').count()) > 0, { timeout: 30_000 })
    .toBe(true);
  await pauseRace(page);
}

/**
 * Pauses the race, or finds it finished: either way it ends showing Play. The race may finish between a look
 * and a click, so the look and the click are retried together until Play is there.
 */
async function pauseRace(page: Page): Promise<void> {
  const pause = racePanel(page).getByRole('button', { name: 'Pause race' });
  const play = racePanel(page).getByRole('button', { name: 'Play race' });
  await expect(async () => {
    if (await pause.isVisible()) await pause.click({ timeout: 1_000 });
    await expect(play).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

async function setNumber(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

const PRESETS = [
  { label: 'Parametrization: full vs reference vs L2', lanes: ['full', 'reference class', 'full + L2'] },
  { label: 'Optimizer: GD vs Adam', lanes: ['GD', 'Adam'] },
  { label: 'Newton: pseudo-inverse vs damping', lanes: ['Newton, pseudo-inverse', 'Newton, damping', 'Newton, reference class'] },
  { label: 'Separable data: λ = 0 vs λ > 0', lanes: ['λ = 0', 'λ = 0.01'] },
  { label: 'Max margin: GD vs Adam on separable data', lanes: ['GD', 'Adam'] },
];

for (const preset of PRESETS) {
  test(`the “${preset.label}” race fills the table with finite numbers`, async ({ page }) => {
    await openRace(page);
    await racePanel(page).getByLabel('Race preset').selectOption({ label: preset.label });
    for (const [i, lane] of preset.lanes.entries()) {
      await expect(page.getByRole('region', { name: `Lane ${i + 1} · ${lane}` })).toBeVisible();
      await expect(page.getByRole('img', { name: `Decision regions of Lane ${i + 1} · ${lane}` })).toBeVisible();
    }
    await raceTo(page, 40);
    expect(await raceStep(page)).toBeGreaterThan(0);
    for (const header of ['Loss J', 'Gradient norm ‖∇J‖', '‖θ‖', 'Parameters']) {
      const cells = await rowTexts(page, header);
      expect(cells, header).toHaveLength(preset.lanes.length);
      for (const cell of cells) expect(Number.isFinite(parse(cell)), `${header}: ${cell}`).toBe(true);
    }
    // Where the loss has no minimum (separable points, λ = 0) there is no J*, so no gap and no target.
    for (const header of ['Lowest loss J*', 'Gap J − J*', '‖m‖ (class-mean)']) {
      for (const cell of await rowTexts(page, header)) expect(Number.isFinite(parse(cell)) || /^(—|none \(|not found)/.test(cell), `${header}: ${cell}`).toBe(true);
    }
    for (const cell of await rowTexts(page, 'κ on the identifiable directions')) {
      expect(Number.isFinite(parse(cell)) || cell.startsWith('∞ (')).toBe(true);
    }
    for (const cell of await rowTexts(page, 'Steps to reach the target')) {
      expect(cell === '—' || cell === 'no target' || Number.isInteger(parse(cell)), cell).toBe(true);
    }
    // Wall time per step was dropped: it jumped between reads (see LaneRun).
    await expect(results(page).getByRole('rowheader', { name: /Time per step/ })).toHaveCount(0);
    // Where no lane's J has a minimum (the max-margin race: λ = 0 on separable points) no J* is named at all.
    await expect(results(page).getByText(/^(The target is a loss within 1e−6 of J\*|No lane has a target: on separable points)/)).toBeVisible();
  });
}

test('the separable race runs on linearly separable data', async ({ page }) => {
  await openRace(page);
  await racePanel(page).getByLabel('Race preset').selectOption({ label: 'Separable data: λ = 0 vs λ > 0' });
  await expect(racePanel(page).getByLabel('Race data')).toHaveValue('separable');
  await expect(racePanel(page).getByText(/linearly separable$/)).toBeVisible();
  await raceTo(page, 400);
  await expect(results(page).getByText(/These points are linearly separable/)).toBeVisible();
});

test('where the classes only touch (quasi9), the race names no J*, no target and no minimum reached, and says why', async ({ page }) => {
  await page.goto(`./?k=2&pts=${encodePoints(QUASI9)}&view=race&race=newton`);
  await expect(stepCounter(page)).toHaveText('Race step 0');
  await expect(racePanel(page).getByText('9 points, K = 2, quasi-completely separated', { exact: true })).toBeVisible();
  // Two Newton lanes stop at step 124 (J no longer changes in float64); the damped one races on.
  await raceTo(page, 200);
  expect(await rowTexts(page, 'Lowest loss J*')).toEqual(Array(3).fill('none (quasi-completely separated, λ = 0)'));
  expect(await rowTexts(page, 'Steps to reach the target')).toEqual(Array(3).fill('no target'));
  const [pseudoInverse, , reference] = await rowTexts(page, 'Status');
  for (const status of [pseudoInverse, reference]) expect(status).toMatch(/^stopped at step \d+, not at a minimum$/);
  const readout = results(page).getByText(/^No lane has a target: on quasi-completely separated points without L2 the loss has no minimum\./);
  await expect(readout).toContainText(
    'Newton, reference class (3 parameters, 1 zero eigenvalue, from saturation): saturation means that the only probabilities changing along such a direction are pinned near 0 or 1',
  );
  await expect(readout).toContainText('These points are quasi-completely separated');
  await expect(readout).not.toContainText(/J\*|reached|converged/);
});

test('full and reference lanes end with the same predicted classes on unregularised, non-separable data', async ({ page }) => {
  await openRace(page);
  await racePanel(page).getByLabel('Race data').selectOption({ label: 'Overlapping blobs' });
  await expect(racePanel(page).getByText(/not separable$/)).toBeVisible();
  await setNumber(racePanel(page).getByRole('spinbutton', { name: 'Race steps per frame' }), '500');
  await raceTo(page, 3000);
  const [, reference] = await rowTexts(page, 'Points predicted as lane 1');
  expect(reference).toBe('200 of 200');
  const [, referenceRegions] = await rowTexts(page, 'Regions agreeing with lane 1');
  expect(parse(referenceRegions.replace('%', ''))).toBeGreaterThanOrEqual(99.9);
  const [fullLoss, referenceLoss] = (await rowTexts(page, 'Loss J')).map(parse);
  expect(Math.abs(fullLoss - referenceLoss)).toBeLessThan(1e-4);
});

test('Adam moves ‖m‖ while GD leaves it where it was', async ({ page }) => {
  await openRace(page);
  await racePanel(page).getByLabel('Race preset').selectOption({ label: 'Optimizer: GD vs Adam' });
  const step = racePanel(page).getByRole('button', { name: 'Step race' });
  const [gdStart, adamStart] = await rowTexts(page, '‖m‖ (class-mean)');
  const readings: string[][] = [];
  for (let i = 1; i <= 3; i++) {
    for (let j = 0; j < 5; j++) await step.click();
    await expect(stepCounter(page)).toHaveText(`Race step ${5 * i}`);
    readings.push(await rowTexts(page, '‖m‖ (class-mean)'));
  }
  for (const [gd] of readings) expect(gd).toBe(gdStart);
  const adam = [adamStart, ...readings.map(([, value]) => value)];
  for (let i = 1; i < adam.length; i++) expect(adam[i]).not.toBe(adam[i - 1]);
});

test('lanes can be added up to four, removed down to two, and changed by their own controls', async ({ page }) => {
  await openRace(page);
  await racePanel(page).getByRole('button', { name: 'Add lane' }).click();
  await expect(page.getByRole('region', { name: /^Lane 4 · / })).toBeVisible();
  await expect(racePanel(page).getByRole('button', { name: 'Add lane' })).toBeDisabled();
  await page.getByLabel('Lane 2 optimizer').selectOption({ label: 'Adam' });
  await expect(page.getByRole('region', { name: 'Lane 2 · reference class 2 · Adam η = 0.5' })).toBeVisible();
  await expect(racePanel(page).getByLabel('Race preset')).toHaveValue('custom');
  await setNumber(page.getByRole('spinbutton', { name: 'Lane 2 learning rate' }), '0.05');
  await expect(page.getByRole('region', { name: 'Lane 2 · reference class 2 · Adam η = 0.05' })).toBeVisible();
  await racePanel(page).getByRole('button', { name: 'Remove lane' }).click();
  await racePanel(page).getByRole('button', { name: 'Remove lane' }).click();
  await expect(page.getByRole('region', { name: /^Lane 3 · / })).toHaveCount(0);
  await expect(racePanel(page).getByRole('button', { name: 'Remove lane' })).toBeDisabled();
  await expect(rowCells(page, 'Loss J')).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Plot gap to J*' }).check();
  await expect(page.getByRole('img', { name: /^Gap between each lane’s loss and the lowest loss J\*/ })).toBeVisible();
});
