import { readdirSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { collectLessons } from '../src/lessons/collectLessons';
import { PANEL_INFO } from '../src/lessons/scene';
import { seriousViolations } from './axe';
import { SCREENSHOTS } from './screenshots';
import { drawnTexts } from './visibleText';

// Every lesson file, as the app collects them: a new lesson is covered without touching this test.
const lessonFolder = new URL('../src/lessons/', import.meta.url);
const lessons = collectLessons(
  Object.fromEntries(
    await Promise.all(
      readdirSync(lessonFolder)
        .filter((name) => /^lesson\d+.*\.ts$/.test(name) && !name.endsWith('.test.ts'))
        .map(async (name) => [name, (await import(new URL(name, lessonFolder).href)) as Record<string, unknown>] as const),
    ),
  ),
);

const lessonRegion = (page: Page, number: number) => page.getByRole('region', { name: new RegExp(`^Lesson ${number}\\. `) });
/** The scene's cells: each holds one panel, the main one marked. */
const sceneCell = (page: Page, id: string) => page.locator(`.presentation-scene > .scene-cell[data-panel="${id}"]`);

/** Waits until every panel of the open lesson's scene has loaded (its own chunk) and shows its content. */
async function sceneLoaded(page: Page, panels: readonly string[]) {
  for (const id of panels) {
    const cell = sceneCell(page, id);
    await expect(cell.getByRole('region', { name: PANEL_INFO[id as keyof typeof PANEL_INFO].title, exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(cell.locator('.loading-note')).toHaveCount(0, { timeout: 30_000 });
  }
  // KaTeX is its own chunk too: the formula is typeset when its HTML is there.
  await expect(page.locator('.presentation-formula .katex-html')).toBeVisible({ timeout: 30_000 });
}

/** The page does not scroll, either way. */
async function noPageScroll(page: Page) {
  const { height, width, innerHeight, innerWidth } = await page.evaluate(() => ({
    height: document.scrollingElement!.scrollHeight,
    width: document.scrollingElement!.scrollWidth,
    innerHeight: window.innerHeight,
    innerWidth: window.innerWidth,
  }));
  expect(height, 'page height').toBeLessThanOrEqual(innerHeight);
  expect(width, 'page width').toBeLessThanOrEqual(innerWidth);
}

const SHOWN = new Set([2, 4, 7, 10, 11, 13]);

/** The wide screens a class projects on: the scene fits, with no scroll and no small text. */
const WIDE = [
  [1366, 768],
  [1920, 1080],
] as const;
/** A phone: one column, never a sideways scroll. */
const PHONE = { width: 390, height: 844 } as const;

/** At a projector's size: the main panel on screen, no scroll either way, no text under 14 px. */
async function checkWide(page: Page, lesson: (typeof lessons)[number], width: number, height: number) {
  const at = `lesson ${lesson.number} at ${width}×${height}`;
  const main = sceneCell(page, lesson.scene.panels[0]);
  await expect(main).toHaveAttribute('data-main', '');
  const box = await main.boundingBox();
  expect(box, `${at}: main panel`).not.toBeNull();
  expect(box!.y, `${at}: main panel top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${at}: main panel bottom`).toBeLessThanOrEqual(height);
  expect(box!.height, `${at}: main panel height`).toBeGreaterThanOrEqual(150);
  await noPageScroll(page);
  const smallest = (await drawnTexts(page)).slice(0, 3);
  expect(smallest.length, `${at}: some text is drawn`).toBeGreaterThan(0);
  expect(smallest[0]!.px, `${at}: smallest text ${JSON.stringify(smallest)}`).toBeGreaterThanOrEqual(14);
  if (SHOWN.has(lesson.number)) await page.screenshot({ path: `${SCREENSHOTS}/presentation-lesson${lesson.number}-${width}.png` });
}

/** On a phone: the scene's cells in one column inside the screen, and no sideways scroll. */
async function checkPhone(page: Page, lesson: (typeof lessons)[number]) {
  const boxes = await page.locator('.presentation-scene > .scene-cell').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().toJSON() as DOMRect));
  for (const box of boxes) {
    expect(box.x, `lesson ${lesson.number}: one column`).toBe(boxes[0]!.x);
    expect(box.x + box.width, `lesson ${lesson.number}: inside the screen`).toBeLessThanOrEqual(PHONE.width);
  }
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth), `lesson ${lesson.number}: sideways scroll`).toBeLessThanOrEqual(0);
  if (SHOWN.has(lesson.number)) await page.screenshot({ path: `${SCREENSHOTS}/presentation-lesson${lesson.number}-${PHONE.width}.png`, fullPage: true });
}

test(`Next walks every lesson in presentation, each looked at ${WIDE.map(([w, h]) => `${w}×${h}`).join(', ')} and on a ${PHONE.width} px phone: main panel on screen, no scroll, no text under 14 px; one column on the phone`, async ({ page }) => {
  // Each lesson set up once (the slow part: its panels' chunks, KaTeX) and looked at in every size, the window
  // resized as a presenter's laptop meets the projector.
  test.setTimeout(360_000);
  await page.setViewportSize({ width: WIDE[0][0], height: WIDE[0][1] });
  await page.goto('./?present=1');
  await page.getByRole('button', { name: 'Start lesson 1' }).click({ timeout: 30_000 });
  const toggle = page.getByRole('button', { name: 'Presentation' });
  for (const lesson of lessons) {
    await expect(lessonRegion(page, lesson.number)).toBeVisible({ timeout: 30_000 });
    await expect(toggle, `lesson ${lesson.number} stays in presentation`).toHaveAttribute('aria-pressed', 'true');
    for (const [width, height] of WIDE) {
      await page.setViewportSize({ width, height });
      await sceneLoaded(page, lesson.scene.panels);
      await checkWide(page, lesson, width, height);
    }
    await page.setViewportSize(PHONE);
    await sceneLoaded(page, lesson.scene.panels);
    await checkPhone(page, lesson);
    await page.setViewportSize({ width: WIDE[0][0], height: WIDE[0][1] });
    if (lesson.number < lessons.length) await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('present')).toBe('1');
});

test('Page Down / Page Up and N / P turn lessons in presentation, setting each up; → and S still step', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?present=1');
  await expect(page.getByRole('button', { name: 'Start lesson 1' })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('PageDown');
  await expect(lessonRegion(page, 1)).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('n');
  await expect(lessonRegion(page, 2)).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(lessonRegion(page, 3)).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('lesson')).toBe('3');
  await page.keyboard.press('s');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('key-step')).toHaveText('2');
  // Turning back sets lesson 2 up again: its run starts from step 0.
  await page.keyboard.press('PageUp');
  await expect(lessonRegion(page, 2)).toBeVisible();
  await expect(page.getByTestId('key-step')).toHaveText('0');
  await page.keyboard.press('p');
  await expect(lessonRegion(page, 1)).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(lessonRegion(page, 1)).toBeVisible();
  // The keys are listed where the presenter looks for them.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByText('Next lesson, set up')).toBeVisible({ timeout: 15_000 });
  await expect(dialog.getByText('Page Down', { exact: true })).toBeVisible();
  await expect(dialog.getByText('Page Up', { exact: true })).toBeVisible();
  // Inside the dialog the keys belong to it.
  await page.keyboard.press('n');
  await page.keyboard.press('Escape');
  await expect(lessonRegion(page, 1)).toBeVisible();
});

test('lesson 11 shows its race inside presentation, with the race’s own buttons; Next goes on to lesson 12', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?present=1&lesson=10');
  await expect(lessonRegion(page, 10)).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('PageDown');
  // The race lesson's scene is the race's own chunk: generous on a busy machine.
  await expect(lessonRegion(page, 11)).toBeVisible({ timeout: 30_000 });
  const race = page.getByRole('region', { name: PANEL_INFO.race.title });
  await expect(race.getByRole('button', { name: 'Step race' })).toBeVisible({ timeout: 30_000 });
  // The lab's buttons would run a lab nobody sees.
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveCount(0);
  await race.getByRole('button', { name: 'Step race' }).click();
  await expect(page.getByRole('button', { name: 'Presentation' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(lessonRegion(page, 12)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Presentation' })).toHaveAttribute('aria-pressed', 'true');
});

for (const number of [0, 4, 11, 13]) {
  test(`presentation ${number === 0 ? 'before any lesson' : `of lesson ${number}`} has no serious or critical axe violation`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(number === 0 ? './?present=1' : `./?present=1&lesson=${number}`);
    const panels = number === 0 ? ['regions', 'parameters'] : lessons[number - 1]!.scene.panels;
    for (const id of panels) await expect(sceneCell(page, id).getByRole('region', { name: PANEL_INFO[id as keyof typeof PANEL_INFO].title, exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.presentation-scene .loading-note')).toHaveCount(0, { timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });
}
