import { expect, test, type Locator, type Page } from './fixtures';
import { pixelDigest } from './pixelDigest';

const TITLES = [
  'Scores to probabilities',
  'The loss: cross-entropy',
  'Infinitely many optima',
  'Gradients sum to zero',
  'The singular Hessian',
  'A reference class',
  'Two classes: logistic regression',
  'Separable data',
  'L2 and the redundant direction',
  'Numerical stability',
  'Does over-parameterisation slow training?',
  'The max-margin direction',
  'The stable step size',
  'One step in slow motion',
  'The same run as a Python script',
];

const rail = (page: Page) => page.getByRole('complementary', { name: 'Lessons' });
const card = (page: Page, n: number) => rail(page).getByRole('article', { name: `Lesson ${n}: ${TITLES[n - 1]}` });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const readout = (page: Page) => page.getByTestId('curves-readout');
const redundantNorm = (page: Page) => region(page, 'Parameters').getByTestId('redundant-norm');

/** Opens lesson n with the header's Lessons button and the rail's list, and checks its KaTeX output. */
async function openByButton(page: Page, n: number): Promise<Locator> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  // The lessons, KaTeX and the lesson's panels load with the first lesson opened: a lazy chunk on a busy machine.
  await rail(page).getByRole('combobox', { name: 'Lesson' }).selectOption(String(n), { timeout: 30_000 });
  await expect(card(page, n)).toBeVisible();
  await expectTypeset(card(page, n));
  return card(page, n);
}

/** KaTeX has typeset every formula, and no raw TeX shows. */
async function expectTypeset(lesson: Locator) {
  await expect(lesson.locator('.lesson-formula .katex').first()).toBeVisible();
  const text = await lesson.innerText();
  for (const raw of ['\\frac', '\\theta', '$', '\\', '^{', '_{']) expect(text, `raw TeX “${raw}” visible`).not.toContain(raw);
}

async function setUp(page: Page, lesson: Locator) {
  await lesson.getByRole('button', { name: 'Set it up' }).click();
  await expect(readout(page)).toContainText('Step 0:');
}

async function takeSteps(page: Page, count: number) {
  // Enter on the focused button, as a keyboard user steps (see takeSteps in e2e/locators.ts).
  const step = region(page, 'Training').getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < count; i++) await step.press('Enter');
  await expect(readout(page)).toContainText(`Step ${count}:`);
}

const sigmoid = (s: number) => 1 / (1 + Math.exp(-s));

test('lessons open from their links, every card typesets its formulas, and the header button closes and opens the rail', async ({ page }) => {
  // A page load per link is the costly part: three links here (the first, one in the middle, the last). That
  // ?lesson=N reads as lesson N for every N is checked in Node (src/share/urlState.test.ts, the address round
  // trip), and every lesson's embed link is opened in e2e/scenes.spec.ts.
  for (const n of [1, 8, TITLES.length]) {
    await page.goto(`./?lesson=${n}`);
    await expect(card(page, n)).toBeVisible({ timeout: 30_000 });
    await expectTypeset(card(page, n));
  }
  // Every lesson's card, turned to in the same page: its formulas are typeset, and the address follows.
  await page.goto('./?lesson=1');
  for (let n = 1; n <= TITLES.length; n++) {
    await expect(card(page, n)).toBeVisible({ timeout: 30_000 });
    await expectTypeset(card(page, n));
    await expect(page).toHaveURL(new RegExp(`lesson=${n}(&|$)`));
    if (n < TITLES.length) await rail(page).getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(rail(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/lesson=/);
  // Opened again, the rail returns to the lesson the reader was on.
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(card(page, TITLES.length)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`lesson=${TITLES.length}`));
});

test('← and → turn the pages while focus is in the rail, without taking a lab step; Next and Back too', async ({ page }) => {
  const lesson = await openByButton(page, 2);
  await expect(readout(page)).toContainText('Step 0:');
  await lesson.getByRole('button', { name: 'Set it up' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(card(page, 3)).toBeVisible();
  await expect(readout(page)).toContainText('Step 0:');
  await rail(page).getByRole('button', { name: 'Next' }).click();
  await expect(card(page, 4)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(card(page, 3)).toBeVisible();
  await rail(page).getByRole('button', { name: 'Back' }).click();
  await expect(card(page, 2)).toBeVisible();
  // Outside the rail, → is still the lab's step.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await expect(readout(page)).toContainText('Step 1:');
});

test('lesson 1: the live formula fills in one point’s logits, exp and P, which sum to one while training', async ({ page }) => {
  const lesson = await openByButton(page, 1);
  await setUp(page, lesson);
  const live = lesson.getByTestId('live-softmax');
  await expect(live).toContainText('At the first data point');
  await expect(live.locator('.katex')).toBeVisible();
  const before = await live.innerText();
  await lesson.getByRole('button', { name: 'Play' }).click();
  await expect(live).not.toHaveText(before);
  await region(page, 'Training').getByRole('button', { name: 'Pause' }).click();
  expect(Math.abs(Number(await live.getAttribute('data-sum')) - 1)).toBeLessThan(1e-12);
});

test('lesson 2: at θ = 0 the loss is log K, and training lowers it', async ({ page }) => {
  const lesson = await openByButton(page, 2);
  await setUp(page, lesson);
  await expect(readout(page)).toContainText(`loss ${Math.log(3).toFixed(4)}`);
  await takeSteps(page, 3);
  const loss = Number(/loss ([\d.]+)/.exec((await readout(page).textContent()) ?? '')![1]);
  expect(loss).toBeLessThan(Math.log(3));
});

test('lesson 3: shifting all classes leaves every pixel of the regions and the loss as they were', async ({ page }) => {
  const lesson = await openByButton(page, 3);
  await setUp(page, lesson);
  await takeSteps(page, 3);
  const canvas = page.getByTestId('decision-regions-canvas');
  const pixels = await pixelDigest(canvas);
  const loss = await readout(page).innerText();
  const mean = await redundantNorm(page).innerText();
  await lesson.getByRole('button', { name: 'Shift all classes' }).click();
  await expect(redundantNorm(page)).not.toHaveText(mean);
  expect(await pixelDigest(canvas)).toBe(pixels);
  expect(await readout(page).innerText()).toBe(loss);
});

test('lesson 4: ‖m‖ stays 0 under gradient descent and moves under Adam', async ({ page }) => {
  const lesson = await openByButton(page, 4);
  await setUp(page, lesson);
  await takeSteps(page, 5);
  await expect(redundantNorm(page)).toHaveText('0');
  await lesson.getByRole('button', { name: 'Switch to Adam and play' }).click();
  await expect(redundantNorm(page)).not.toHaveText('0');
});

test('lesson 5: the full model’s Hessian has exactly 3 zero eigenvalues', async ({ page }) => {
  const lesson = await openByButton(page, 5);
  await setUp(page, lesson);
  await takeSteps(page, 1);
  const eigenvalues = region(page, 'Hessian spectrum').getByRole('list', { name: /^Eigenvalues at step 1/ });
  await expect(eigenvalues.getByRole('listitem').filter({ hasText: /= 0$/ })).toHaveCount(3);
  await expect(eigenvalues.getByRole('listitem')).toHaveCount(9);
  // Newton with the pseudo-inverse converges anyway, and keeps m where it started (0).
  await lesson.getByRole('button', { name: 'Play' }).click();
  await expect(region(page, 'Training')).toContainText('converged');
  await expect(redundantNorm(page)).toHaveText('0');
});

test('lesson 6: with a reference class no eigenvalue is zero, and Newton converges in a few steps', async ({ page }) => {
  const lesson = await openByButton(page, 6);
  await setUp(page, lesson);
  const eigenvalues = region(page, 'Hessian spectrum').getByRole('list', { name: /^Eigenvalues at step 0/ });
  await expect(eigenvalues.getByRole('listitem')).toHaveCount(6);
  await expect(eigenvalues.getByRole('listitem').filter({ hasText: /= 0$/ })).toHaveCount(0);
  await lesson.getByRole('button', { name: 'Play' }).click();
  await expect(region(page, 'Training')).toContainText('converged');
  await expect(readout(page)).toContainText(/^Step \d+:/);
  const step = Number(/^Step (\d+):/.exec((await readout(page).textContent()) ?? '')![1]);
  expect(step).toBeLessThanOrEqual(15);
});

test('lesson 7: with two classes and class 0 the reference, the softmax P(y=1|x) is σ(θ₁·x̃)', async ({ page }) => {
  const lesson = await openByButton(page, 7);
  // Before Set it up the lab has K = 3, where σ of the score is not P(y=1|x): no numbers claim they are equal.
  await expect(lesson.getByTestId('live-sigmoid-needs-two')).toContainText('the lab has K = 3');
  await expect(lesson.getByTestId('live-sigmoid')).toHaveCount(0);
  await setUp(page, lesson);
  await expect(region(page, 'Two classes: the sigmoid').getByRole('img')).toBeVisible();
  await takeSteps(page, 2);
  const live = lesson.getByTestId('live-sigmoid');
  await expect(live).toContainText('At the first data point');
  const score = Number(await live.getAttribute('data-score'));
  const probability = Number(await live.getAttribute('data-probability'));
  expect(Math.abs(score)).toBeGreaterThan(0.01);
  expect(Math.abs(probability - sigmoid(score))).toBeLessThan(1e-12);
});

test('lesson 8: on separable points ‖θ − m‖ keeps growing without L2', async ({ page }) => {
  const lesson = await openByButton(page, 8);
  await setUp(page, lesson);
  await expect(region(page, 'Data')).toContainText('Linearly separable');
  const norm = region(page, 'Parameters').getByTestId('identifiable-norm');
  await takeSteps(page, 3);
  const early = Number(await norm.textContent());
  expect(early).toBeGreaterThan(0);
  await region(page, 'Training').getByRole('button', { name: 'Step', exact: true }).click();
  await expect(readout(page)).toContainText('Step 4:');
  expect(Number(await norm.textContent())).toBeGreaterThan(early);
});

test('lesson 9: with L2 each gradient step multiplies the shifted m by 1 − ηλ', async ({ page }) => {
  const lesson = await openByButton(page, 9);
  await setUp(page, lesson);
  await expect(redundantNorm(page)).toHaveText(Math.sqrt(6).toFixed(4));
  await takeSteps(page, 10);
  await expect(redundantNorm(page)).toHaveText((Math.sqrt(6) * 0.975 ** 10).toFixed(4));
});

test('lesson 10: the naive softmax overflows to NaN while the stable one stays finite', async ({ page }) => {
  const lesson = await openByButton(page, 10);
  await setUp(page, lesson);
  const table = region(page, 'Numerics').getByRole('table', { name: 'Softmax at this point' });
  const values = (row: string) => table.getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-value')).filter((v) => v !== null).map(Number));
  const naive = await values('naive');
  expect(naive.some(Number.isNaN)).toBe(true);
  const stable = await values('stable');
  expect(stable.length).toBeGreaterThan(0);
  expect(stable.every(Number.isFinite)).toBe(true);
});

test('lesson 11: shows the race’s summary beside the card, with its steps-to-target row; the race view holds the same race', async ({ page }) => {
  const lesson = await openByButton(page, 11);
  await lesson.getByRole('button', { name: 'Set it up' }).click();
  await expect(page).not.toHaveURL(/view=race/);
  const summary = page.getByRole('region', { name: 'Race summary' });
  await expect(summary.getByRole('rowheader', { name: 'Steps to reach the target' })).toBeVisible({ timeout: 30_000 });
  await summary.getByRole('button', { name: 'Step race' }).click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Race' }).click();
  await expect(page.getByRole('combobox', { name: 'Race preset' })).toHaveValue('parametrization');
  await expect(page.getByText('Race step 1', { exact: true })).toBeVisible();
  await expect(card(page, 11)).toBeVisible();
});
