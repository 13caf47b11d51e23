import { expect, test, type Locator, type Page } from './fixtures';
import { linkNotices, panel, stepShown, takeSteps, trainingButton, trainingPanel } from './locators';

const rail = (page: Page) => page.getByRole('complementary', { name: 'Lessons' });
const card = (page: Page, n: number) => rail(page).getByRole('article', { name: new RegExp(`^Lesson ${n}: `) });
const tryThis = (lesson: Locator) => lesson.getByRole('region', { name: 'Try this' });
const runStatus = (page: Page) => trainingPanel(page).locator('.controls-status dd');

/** Opens lesson n from its link and presses Set it up (the lessons chunk and KaTeX are lazy: a long first wait). */
async function setUp(page: Page, n: number): Promise<Locator> {
  await page.goto(`./?lesson=${n}`);
  const lesson = card(page, n);
  await lesson.getByRole('button', { name: 'Set it up' }).click({ timeout: 30_000 });
  await expect(trainingPanel(page).getByText('Step 0', { exact: true })).toBeVisible();
  return lesson;
}

test.describe('a lesson number past the last lesson', () => {
  test.use({ allowConsoleErrors: true });
  const notice = (n: number) => `lesson=“${n}”: The lesson must be a whole number from 0 (none) to 15. The default was used.`;

  test('gets the same notice as lesson=999 in the lab, presentation and an embed, never an empty screen', async ({ page }) => {
    for (const n of [16, 20, 999]) {
      await page.goto(`./?lesson=${n}`);
      await expect(linkNotices(page)).toContainText(notice(n));
      // The lab as with no lesson: no rail, no empty stage above the panels.
      await expect(trainingButton(page, 'Play')).toBeVisible();
      await expect(rail(page)).toHaveCount(0);
      await expect(page.locator('.lesson-stage')).toHaveCount(0);
    }
    await page.goto('./?present=1&lesson=18');
    await expect(linkNotices(page)).toContainText(notice(18));
    await expect(page.getByRole('button', { name: 'Start lesson 1' })).toBeVisible();
    await page.goto('./?embed=1&lesson=19');
    await expect(linkNotices(page)).toContainText(notice(19));
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('the card’s Play is Play/Pause like the Training panel’s: a click or Space on it pauses the run it started', async ({ page }) => {
  const lesson = await setUp(page, 15);
  const buttons = tryThis(lesson);
  await buttons.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(buttons.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(trainingButton(page, 'Pause')).toBeVisible();
  await expect(runStatus(page)).toHaveText('training');
  await buttons.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(buttons.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(trainingButton(page, 'Play')).toBeVisible();
  await expect(runStatus(page)).toHaveText('paused');
  const paused = await stepShown(page);
  // One step more moves from where the pause left it: nothing ran on in between.
  await takeSteps(page, 1);
  expect(await stepShown(page)).toBe(paused + 1);

  // Space presses the focused card button: it plays, then pauses (the key is the button's, not the page's).
  await buttons.getByRole('button', { name: 'Play', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(buttons.getByRole('button', { name: 'Pause', exact: true })).toBeFocused();
  await expect(runStatus(page)).toHaveText('training');
  await page.keyboard.press('Space');
  await expect(buttons.getByRole('button', { name: 'Play', exact: true })).toBeFocused();
  await expect(runStatus(page)).toHaveText('paused');
  // And the Training panel's button pauses what the card started, which the card shows.
  await buttons.getByRole('button', { name: 'Play', exact: true }).click();
  await trainingButton(page, 'Pause').click();
  await expect(buttons.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

test('lesson 4: the card plays gradient descent as set up (‖m‖ stays 0), then switches to Adam (‖m‖ leaves 0)', async ({ page }) => {
  const lesson = await setUp(page, 4);
  const buttons = tryThis(lesson);
  const redundantNorm = panel(page, 'Parameters').getByTestId('redundant-norm');
  await buttons.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => stepShown(page)).toBeGreaterThan(5);
  await buttons.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(runStatus(page)).toHaveText('paused');
  await expect(page.getByRole('combobox', { name: 'Optimizer' })).toHaveValue('gd');
  await expect(redundantNorm).toHaveText('0');
  await buttons.getByRole('button', { name: 'Switch to Adam and play', exact: true }).click();
  await expect(buttons.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(redundantNorm).not.toHaveText('0');
});

test('lesson 13: the card plays at η = 3 as set up, then sets η = 1.45 and plays', async ({ page }) => {
  const lesson = await setUp(page, 13);
  const buttons = tryThis(lesson);
  const learningRate = trainingPanel(page).getByRole('spinbutton', { name: 'Learning rate' });
  await buttons.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => stepShown(page)).toBeGreaterThan(5);
  await expect(learningRate).toHaveValue('3');
  await buttons.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(runStatus(page)).toHaveText('paused');
  await buttons.getByRole('button', { name: 'Set η = 1.45 and play', exact: true }).click();
  await expect(learningRate).toHaveValue('1.45');
  await expect(runStatus(page)).toHaveText(/^(training|converged)/);
});

test('lesson 1: the card’s z is θ·x̃; the Numerics table beside it names its first row z − m·x̃, and its z − max z is the card’s', async ({ page }) => {
  const lesson = await setUp(page, 1);
  await takeSteps(page, 3);
  const live = lesson.getByTestId('live-softmax');
  await expect(live.locator('.katex').first()).toBeVisible();
  const numerics = panel(page, 'Numerics');
  await expect(numerics.getByRole('rowheader', { name: 'z', exact: true })).toHaveCount(0);
  await expect(numerics.getByRole('rowheader', { name: 'z − m·x̃', exact: true })).toBeVisible();
  const row = (name: string) =>
    numerics.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell').evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-value'))));
  const logits = ((await live.getAttribute('data-logits')) ?? '').split(' ').map(Number);
  expect(logits).toHaveLength(3);
  const shifted = (await row('z − max z')).slice(0, 3);
  logits.forEach((z, k) => expect(shifted[k]).toBeCloseTo(z - Math.max(...logits), 9));
  // The first row differs from the card's z by the same m·x̃ in every class, which is not 0 here (random start).
  const start = (await row('z − m·x̃')).slice(0, 3);
  const offsets = logits.map((z, k) => z - start[k]);
  offsets.forEach((offset) => expect(offset).toBeCloseTo(offsets[0], 9));
  expect(Math.abs(offsets[0])).toBeGreaterThan(0.01);
});

test('lesson 7: its “Look for” points up, to the live numbers shown above it under the formula', async ({ page }) => {
  const lesson = await setUp(page, 7);
  const live = lesson.getByTestId('live-sigmoid');
  const lookFor = tryThis(lesson).getByText(/^Look for: Above, under the formula/);
  await expect(live).toBeVisible();
  await expect(lookFor).toBeVisible();
  const liveBox = await live.boundingBox();
  const lookForBox = await lookFor.boundingBox();
  expect(liveBox !== null && lookForBox !== null && liveBox.y + liveBox.height <= lookForBox.y).toBe(true);
});
