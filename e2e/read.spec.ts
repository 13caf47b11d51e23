import { expect, test, type Page } from './fixtures';
import { seriousViolations } from './axe';
import { SCREENSHOTS } from './screenshots';

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** The read view, its lessons and KaTeX are lazy chunks: generous on a busy machine. */
const LAZY = { timeout: 30_000 };

/** Scrolls as a reader would end up: the lesson's section at the top of the viewport, where it holds the middle line. */
async function scrollToLesson(page: Page, lesson: number) {
  await page.locator(`#lesson-${lesson}`).evaluate((section) => section.scrollIntoView({ block: 'start', behavior: 'instant' }));
}

async function inViewport(page: Page, name: string) {
  const box = await page.getByRole('region', { name, exact: true }).boundingBox();
  const viewport = page.viewportSize();
  return box !== null && viewport !== null && box.y >= 0 && box.y + box.height <= viewport.height + 1;
}

test('the Read button opens every lesson as headings and typeset text, in order, beside the live plots', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Read' }).click();
  await expect.poll(() => param(page, 'view')).toBe('read');
  const article = page.getByRole('article', { name: 'Softmax regression, one claim at a time' });
  const headings = article.getByRole('heading', { level: 2 });
  await expect(headings).toHaveCount(16);
  await expect(headings.nth(1)).toHaveText('Lesson 1. Scores to probabilities');
  await expect(headings.nth(11)).toHaveText('Lesson 11. Does over-parameterisation slow training?');
  await expect(headings.nth(15)).toHaveText('Lesson 15. The same run as a Python script');
  // Every formula typeset by KaTeX, none left as TeX source.
  await expect(article.locator('.read-formula .katex-display')).toHaveCount(15);
  const shownText = await article.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    // KaTeX's MathML (for screen readers) keeps the TeX source as an annotation; it is not shown.
    copy.querySelectorAll('.katex-mathml').forEach((math) => math.remove());
    return copy.textContent ?? '';
  });
  expect(shownText).not.toMatch(/\\[a-zA-Z]+|\$/);
  await expect(article.getByRole('button', { name: /^Set it up/ })).toHaveCount(15);
  await expect(page.getByRole('complementary', { name: 'Live plots' }).getByRole('region', { name: 'Decision regions' })).toBeVisible();
  // At the top of the page no lesson holds the middle of the screen (the observer has reported and set no timer):
  // nothing is set up.
  await expect(article).toHaveAttribute('data-middle-lesson', 'none');
  await expect(article.locator('.read-section-active')).toHaveCount(0);
  expect(param(page, 'lesson')).toBeNull();
  await page.screenshot({ path: `${SCREENSHOTS}/read-1280-top.png` });
});

test('a lesson reaching the middle of the screen sets up its state, and the plots stay in view', async ({ page }) => {
  await page.goto('./?view=read');
  await expect(page.locator('#lesson-6 .katex-display')).toBeVisible(LAZY);
  await scrollToLesson(page, 6);
  await expect.poll(() => param(page, 'lesson')).toBe('6');
  await expect.poll(() => param(page, 'param')).toBe('reference');
  expect(param(page, 'opt')).toBe('newton');
  await expect(page.getByRole('heading', { name: 'Lesson 6. A reference class' })).toBeInViewport();
  // Lesson 6's scene: the Hessian spectrum and the training curves.
  await expect(page.getByRole('region', { name: 'Hessian spectrum' })).toBeVisible(LAZY);
  await expect(page.getByRole('region', { name: 'Training curves' })).toBeVisible(LAZY);
  expect(await inViewport(page, 'Hessian spectrum')).toBe(true);
  expect(await inViewport(page, 'Training curves')).toBe(true);
  await page.screenshot({ path: `${SCREENSHOTS}/read-1280-lesson6.png` });

  await scrollToLesson(page, 8);
  await expect.poll(() => param(page, 'lesson')).toBe('8');
  await expect.poll(() => param(page, 'data')).toBe('separable');
  expect(param(page, 'param')).toBeNull();
  await expect(page.getByRole('region', { name: 'Parameters' })).toBeVisible(LAZY);
  expect(await inViewport(page, 'Parameters')).toBe(true);
  // The race lesson's setup would open the race: in the read view the page stays.
  await scrollToLesson(page, 11);
  await expect.poll(() => param(page, 'lesson')).toBe('11');
  expect(param(page, 'view')).toBe('read');
});

test('a lesson only passed over sets nothing up; its Set it up button does, from the keyboard', async ({ page }) => {
  // The page's timers wait for the test: lesson 6 holds the middle for no time at all, however slow the machine.
  await page.clock.install();
  await page.goto('./?view=read');
  await expect(page.locator('#lesson-6 .katex-display')).toBeVisible(LAZY);
  // Record every lesson that becomes the active one.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { activeLessons: string[] }).activeLessons = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const section = record.target as HTMLElement;
        if (section.classList.contains('read-section-active')) seen.push(section.dataset.lesson ?? '');
      }
    }).observe(document.body, { subtree: true, attributeFilter: ['class'] });
  });
  const article = page.getByRole('article', { name: 'Softmax regression, one claim at a time' });
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
  await scrollToLesson(page, 6);
  // The observer saw lesson 6 at the middle; with the clock paused, its SETTLE_MS has not passed.
  await expect(article).toHaveAttribute('data-middle-lesson', '6');
  await scrollToLesson(page, 8);
  await expect(article).toHaveAttribute('data-middle-lesson', '8');
  await page.clock.resume();
  await expect.poll(() => param(page, 'lesson')).toBe('8');
  expect(await page.evaluate(() => (window as unknown as { activeLessons: string[] }).activeLessons)).toEqual(['8']);

  const setUp = page.getByRole('button', { name: 'Set it up: lesson 7' });
  await setUp.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'lesson')).toBe('7');
  await expect.poll(() => param(page, 'k')).toBe('2');
});

test('opening ?view=read&lesson=N scrolls to lesson N and keeps the linked state', async ({ page }) => {
  await page.clock.install();
  await page.goto('./?view=read&lesson=7&k=2&data=two-classes&param=reference&ref=0&opt=adam');
  const heading = page.getByRole('heading', { name: 'Lesson 7. Two classes: logistic regression' });
  await expect(heading).toBeInViewport(LAZY);
  // The observer has handed lesson 7 on; the address is written once settings pause (ADDRESS_DELAY_MS, 400 ms).
  await expect(page.getByRole('article', { name: 'Softmax regression, one claim at a time' })).toHaveAttribute('data-reached-lesson', '7');
  await page.clock.runFor(1_000);
  // Not set up again: the link's optimizer stays.
  expect(param(page, 'opt')).toBe('adam');
  expect(param(page, 'lesson')).toBe('7');
});

test('jumps glide only for readers who did not ask for less motion', async ({ page }) => {
  await page.goto('./?view=read');
  await expect(page.locator('.read-layout')).toBeVisible(LAZY);
  const behaviour = () => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  expect(await behaviour()).toBe('smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await behaviour()).toBe('auto');
  // The lab is not a long page: no smooth scrolling there.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Lab' }).click();
  expect(await behaviour()).toBe('auto');
});

test('on a phone the lesson’s main panel stays above the text as it scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?view=read');
  await expect(page.locator('#lesson-3 .katex-display')).toBeVisible(LAZY);
  await scrollToLesson(page, 3);
  await expect.poll(() => param(page, 'lesson')).toBe('3');
  await expect(page.getByRole('heading', { name: 'Lesson 3. Infinitely many optima' })).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Parameters' })).toBeVisible(LAZY);
  expect(await inViewport(page, 'Parameters')).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SCREENSHOTS}/read-390-lesson3.png` });
});

test('the read view has no serious or critical axe violations', async ({ page }) => {
  // axe walks every lesson's typeset text: slow on a busy machine.
  test.setTimeout(180_000);
  await page.goto('./?view=read&lesson=3');
  await expect(page.locator('#lesson-3 .katex-display')).toBeVisible(LAZY);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the figure shows the open lesson’s scene: the max-margin meter for lesson 12, the slow-motion step for 14, the race for 11', async ({ page }) => {
  await page.goto('./?view=read&lesson=12');
  const plots = page.getByRole('complementary', { name: 'Live plots' });
  await expect(plots.getByRole('region', { name: 'Max margin' })).toBeVisible({ timeout: 30_000 });
  await expect(plots.getByRole('region', { name: 'Decision regions' })).toBeVisible();
  await expect(plots.getByRole('radio')).toHaveCount(0);
  await page.locator('#lesson-14').getByRole('button', { name: 'Set it up: lesson 14' }).click();
  await expect(plots.getByRole('region', { name: 'One step in slow motion' }).getByRole('button', { name: 'Next part' })).toBeVisible({ timeout: 30_000 });
  await expect(plots.getByRole('region', { name: 'Max margin' })).toHaveCount(0);
  await page.locator('#lesson-11').getByRole('button', { name: 'Set it up: lesson 11' }).click();
  const race = plots.getByRole('region', { name: 'Race summary' });
  await expect(race.getByRole('rowheader', { name: 'Steps to reach the target' })).toBeVisible({ timeout: 30_000 });
  await race.getByRole('button', { name: 'Step race' }).click();
  await expect(race.getByRole('row', { name: /^Status/ })).toContainText('paused at step 1');
  expect(param(page, 'view')).toBe('read');
});
