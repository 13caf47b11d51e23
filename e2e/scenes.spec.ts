import { readdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from './fixtures';
import { collectLessons } from '../src/lessons/collectLessons';
import { PANEL_INFO } from '../src/lessons/scene';
import { seriousViolations } from './axe';

/*
 * Every lesson's scene on screen where the lesson is read: the lab (beside the rail), the read view (its sticky
 * figure) and a lesson embed. The lessons are read from their files, as the app collects them, so a new lesson
 * is checked without touching this file.
 */
const folder = new URL('../src/lessons/', import.meta.url);
const files = readdirSync(folder).filter((name) => /^lesson\d+.*\.ts$/.test(name) && !name.endsWith('.test.ts'));
const lessons = collectLessons(Object.fromEntries(await Promise.all(files.map(async (name) => [name, (await import(new URL(name, folder).href)) as Record<string, unknown>] as const))));

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
/** How much of the main panel must be on screen. */
const MIN_VISIBLE = 150;
/** Lazy panels load their chunk (and KaTeX, workers) the first time: generous on a busy machine. */
const LAZY = { timeout: 30_000 };

/** The first visit's intro is not what these tests look at. */
async function skipIntro(page: Page) {
  await page.addInitScript(() => window.localStorage.setItem('softmax-lab/intro-seen', '1'));
}

/** Pixels of `element` inside the viewport, up and down, as the page is now (nothing scrolled for it). */
async function visibleHeight(page: Page, element: Locator): Promise<number> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize();
  if (box === null || viewport === null || box.x >= viewport.width || box.x + box.width <= 0) return 0;
  return Math.min(box.y + box.height, viewport.height) - Math.max(box.y, 0);
}

/** The scene's main panel, in its cell, once its region (its title) is shown. */
async function mainPanel(scope: Locator, id: keyof typeof PANEL_INFO): Promise<Locator> {
  const cell = scope.locator(`.scene-cell[data-main][data-panel="${id}"]`);
  const region = cell.getByRole('region', { name: PANEL_INFO[id].title, exact: true });
  await expect(region).toBeVisible(LAZY);
  // Loaded, not a placeholder with the same title (the race summary says "Loading the race…" first).
  await expect(region.locator('.loading-note')).toHaveCount(0, LAZY);
  return region;
}

test.describe.configure({ timeout: 240_000 });

test(`lab at ${SIZES.map((size) => `${size.width}×${size.height}`).join(' and ')}: after Set it up each lesson's main panel is on screen beside its card`, async ({ page }) => {
  // Each lesson set up once and looked at in every size (the window resized): setting up and loading the scene's
  // panels is the slow part, the layout check is cheap.
  test.setTimeout(300_000);
  await page.setViewportSize(SIZES[0]);
  await skipIntro(page);
  await page.goto('./?lesson=1');
  const rail = page.getByRole('complementary', { name: 'Lessons' });
  for (const lesson of lessons) {
    await page.setViewportSize(SIZES[0]);
    await rail.getByRole('combobox', { name: 'Lesson' }).selectOption(String(lesson.number));
    await page.evaluate(() => window.scrollTo(0, 0));
    await rail.getByRole('article', { name: `Lesson ${lesson.number}: ${lesson.title}` }).getByRole('button', { name: 'Set it up' }).click();
    await expect(page).toHaveURL(new RegExp(`lesson=${lesson.number}(&|$)`));
    for (const size of SIZES) {
      const at = `lesson ${lesson.number} at ${size.width}×${size.height}`;
      await page.setViewportSize(size);
      const region = await mainPanel(page.locator('.lesson-scene'), lesson.scene.panels[0]);
      expect(await page.evaluate(() => window.scrollY), `${at}: the page did not scroll`).toBe(0);
      await expect.poll(() => visibleHeight(page, region), { message: `${at}: ${lesson.scene.panels[0]} on screen` }).toBeGreaterThanOrEqual(MIN_VISIBLE);
      // The card is beside the panel, not above it.
      await expect.poll(async () => {
        const [cardBox, panelBox] = [await rail.boundingBox(), await region.boundingBox()];
        return panelBox!.x - (cardBox!.x + cardBox!.width - 1);
      }, { message: `${at}: panel beside the rail` }).toBeGreaterThanOrEqual(0);
    }
  }
});

test(`read view at ${SIZES.map((size) => `${size.width}×${size.height}`).join(' and ')}: each lesson's figure shows its main panel`, async ({ page }) => {
  // As in the lab: each lesson's scene set up once, then looked at in every size.
  test.setTimeout(300_000);
  await page.setViewportSize(SIZES[0]);
  await skipIntro(page);
  await page.goto('./?view=read');
  const figure = page.getByRole('complementary', { name: 'Live plots' });
  const toTop = (lesson: number) => page.locator(`#lesson-${lesson}`).evaluate((section) => section.scrollIntoView({ block: 'start', behavior: 'instant' }));
  for (const lesson of lessons) {
    for (const size of SIZES) {
      const at = `lesson ${lesson.number} at ${size.width}×${size.height}`;
      await page.setViewportSize(size);
      // As a reader scrolls: the lesson's section at the top holds the middle of the screen and sets it up.
      await toTop(lesson.number);
      await expect(figure, at).toHaveAttribute('data-lesson-scene', String(lesson.number));
      const region = await mainPanel(figure, lesson.scene.panels[0]);
      await expect.poll(() => visibleHeight(page, region), { message: `${at}: ${lesson.scene.panels[0]} on screen` }).toBeGreaterThanOrEqual(MIN_VISIBLE);
      // No formula wider than the text column.
      const overflow = await page.locator(`#lesson-${lesson.number} .read-formula`).evaluate((box) => box.scrollWidth - box.clientWidth);
      expect(overflow, `${at}: formula fits its column`).toBeLessThanOrEqual(1);
    }
  }
});

test('a lesson embed shows its card, a heading and its main panel, for every lesson', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 800, height: 700 });
  for (const lesson of lessons) {
    await page.goto(`./?embed=1&lesson=${lesson.number}`);
    await expect(page.getByRole('heading', { level: 1, name: `Lesson ${lesson.number}: ${lesson.title}` })).toBeVisible(LAZY);
    const region = await mainPanel(page.locator('.embed-lesson-scene'), lesson.scene.panels[0]);
    await region.scrollIntoViewIfNeeded();
    await expect.poll(() => visibleHeight(page, region), { message: `lesson ${lesson.number}` }).toBeGreaterThanOrEqual(MIN_VISIBLE);
  }
});

test('axe finds no serious violation in the lab with a lesson, the read view’s figure and a lesson embed', async ({ page }) => {
  test.setTimeout(360_000);
  await skipIntro(page);
  // The race lesson in the lab (its summary is the panel no other test of axe sees), lesson 4 embedded, lesson 7 read.
  const race = lessons.find((lesson) => lesson.scene.panels[0] === 'race') ?? lessons[0];
  await page.goto(`./?lesson=${race.number}`);
  await page.getByRole('complementary', { name: 'Lessons' }).getByRole('button', { name: 'Set it up' }).click(LAZY);
  await mainPanel(page.locator('.lesson-scene'), race.scene.panels[0]);
  expect(await seriousViolations(page), `lab, lesson ${race.number}`).toEqual([]);

  await page.goto(`./?embed=1&lesson=${lessons[3].number}`);
  await mainPanel(page.locator('.embed-lesson-scene'), lessons[3].scene.panels[0]);
  expect(await seriousViolations(page), `embed, lesson ${lessons[3].number}`).toEqual([]);

  await page.goto('./?view=read');
  await page.locator('#lesson-7').evaluate((section) => section.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await mainPanel(page.getByRole('complementary', { name: 'Live plots' }), lessons[6].scene.panels[0]);
  // Only the figure, with lesson 7's scene: the rest of the read view (every lesson's typeset text, the slow part
  // of a scan) is scanned whole in e2e/read.spec.ts.
  expect(await seriousViolations(page, 'aside.read-plots'), 'read view figure').toEqual([]);
});
