import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from './fixtures';
import { panel, takeSteps, trainingPanel } from './locators';

const codeGroup = (page: Page) => panel(page, 'Import and export').getByRole('group', { name: 'Export as code' });
/** The Training panel's "Loss J" read-out. */
const lossShown = (page: Page) =>
  trainingPanel(page).locator('dl > div').filter({ has: page.getByText('Loss J', { exact: true }) }).getByRole('definition');

/** Presses `button` (by keyboard when asked) and returns the downloaded file's name and text. */
async function downloaded(button: Locator, how: 'click' | 'keyboard' = 'click'): Promise<{ name: string; text: string }> {
  const press = how === 'click' ? button.click() : button.focus().then(() => button.page().keyboard.press('Enter'));
  const [download] = await Promise.all([button.page().waitForEvent('download'), press]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** The J a script's header says it prints. */
const printedJ = (script: string) => Number(/^# It prints J = (\S+) /m.exec(script)?.[1]);

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await takeSteps(page, 5);
  await expect(trainingPanel(page).getByText('Step 5', { exact: true })).toBeVisible();
});

test('Export run as NumPy script saves a .py with the points, 5 steps and the J the app shows', async ({ page }) => {
  const shown = Number((await lossShown(page).textContent())?.replace('−', '-'));
  const csv = await downloaded(page.getByRole('group', { name: 'Export', exact: true }).getByRole('button', { name: 'Export points as CSV' }));
  const points = csv.text.trim().split('\n').slice(1).map((line) => line.split(',').map(Number));
  const { name, text } = await downloaded(codeGroup(page).getByRole('button', { name: 'Export run as NumPy script' }));
  expect(name).toBe('softmax-lab-run-numpy.py');
  expect(text).toContain('import numpy as np');
  // The points, in the app's order, as X's rows and y's labels.
  const rows = [...text.matchAll(/^ {4}\[(\S+), (\S+)\],$/gm)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(rows).toEqual(points.map(([x1, x2]) => [x1, x2]));
  expect(text).toContain(`y = np.array([${points.map(([, , label]) => label).join(', ')}])`);
  expect(text).toContain('STEPS = 5');
  expect(text).toContain("# It reproduces the app's run: the app shows the same J at step 5.");
  // The read-out is rounded: the script's J agrees with it to the digits shown.
  const digits = ((await lossShown(page).textContent()) ?? '').split('.')[1]?.length ?? 0;
  expect(Math.abs(printedJ(text) - shown)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-12);
  await expect(codeGroup(page).getByRole('status')).toContainText('Saved softmax-lab-run-numpy.py. It prints J = ');

  // Where python3 with numpy is present, the script really prints that J (the unit suite checks many set-ups).
  if (spawnSync('python3', ['-c', 'import numpy']).status === 0) {
    const run = spawnSync('python3', ['-'], { input: text, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [jLine, thetaLine] = run.stdout.trim().split('\n');
    expect(Math.abs(Number(/^J = (\S+) after 5 steps$/.exec(jLine)?.[1]) - printedJ(text))).toBeLessThan(1e-6);
    expect((JSON.parse(thetaLine) as number[][]).every((row) => row.length === 3)).toBe(true);
  }
});

test('Export run as PyTorch script, by keyboard, saves a .py with the same J; Export θ as JSON saves K rows', async ({ page }) => {
  const numpy = await downloaded(codeGroup(page).getByRole('button', { name: 'Export run as NumPy script' }));
  const torch = await downloaded(codeGroup(page).getByRole('button', { name: 'Export run as PyTorch script' }), 'keyboard');
  expect(torch.name).toBe('softmax-lab-run-pytorch.py');
  expect(torch.text).toContain('import torch');
  expect(printedJ(torch.text)).toBe(printedJ(numpy.text));
  const theta = await downloaded(codeGroup(page).getByRole('button', { name: 'Export θ as JSON' }));
  expect(theta.name).toBe('softmax-lab-theta.json');
  const rows = JSON.parse(theta.text) as number[][];
  expect(rows.length).toBeGreaterThanOrEqual(2);
  expect(rows.every((row) => row.length === 3 && row.every(Number.isFinite))).toBe(true);
});

test('Newton is exported as gradient descent, and the page says so', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Optimizer' }).selectOption({ label: 'Newton' });
  const { text } = await downloaded(codeGroup(page).getByRole('button', { name: 'Export run as NumPy script' }));
  expect(text).toContain("# NOT the app's optimiser: the app trained with Newton's method");
  await expect(codeGroup(page).getByRole('status')).toContainText("not Newton's method");
});
