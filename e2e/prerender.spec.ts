import { expect, test, type Page } from './fixtures';
import { modelPanel, panel, regionsPanel, trainingButton, trainingPanel } from './locators';

/**
 * The built index.html holds the lab's first screen, prerendered at build time (scripts/prerender): it shows
 * before any script runs, React hydrates it without a mismatch or a move, and a visit that will show another
 * state (a link with settings, a saved session, an embed) never shows that default first.
 */

/** #root once the app's first render is on the page: `data-started` says whether it hydrated the prerendered HTML. */
const started = (page: Page) => page.locator('#root[data-started]');
/** The regions' canvas, named by what it shows (its K and N). */
const regionsPicture = (page: Page, classes: number) => regionsPanel(page).getByRole('img', { name: new RegExp(`^Decision regions for ${classes} classes, \\d+ points`) });

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the heading, the decision regions with their points, and the training controls', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
    await expect(regionsPanel(page)).toBeVisible();
    await expect(regionsPicture(page, 3)).toBeVisible();
    // The points are drawn (one SVG path per class, each spread over the plot), not only counted.
    const frame = (await regionsPanel(page).getByRole('group', { name: 'Point editor' }).boundingBox())!;
    const marks = regionsPanel(page).locator('path[data-class]');
    await expect(marks).toHaveCount(3);
    for (const box of await Promise.all((await marks.all()).map((mark) => mark.boundingBox()))) {
      expect(box!.width * box!.height, 'a class’s points cover part of the plot').toBeGreaterThan(0.02 * frame.width * frame.height);
      expect(box!.x).toBeGreaterThanOrEqual(frame.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(frame.x + frame.width);
    }
    for (const name of ['Play', 'Step', 'Reset'] as const) await expect(trainingButton(page, name)).toBeVisible();
    await expect(trainingPanel(page).getByText('Step 0', { exact: true })).toBeVisible();
    await expect(modelPanel(page).getByRole('spinbutton', { name: 'L2 strength', exact: true })).toHaveValue('0');
    // Styled: the panels sit side by side at this width, as the app lays them out.
    const regions = (await regionsPanel(page).boundingBox())!;
    const training = (await trainingPanel(page).boundingBox())!;
    expect(training.x).toBeGreaterThan(regions.x + regions.width - 1);
    // Where the files did load, the message for a page whose files did not stays hidden.
    await expect(page.getByText('The app’s files could not be loaded')).toBeHidden();
  });
});

test.describe('with JavaScript', () => {
  test('hydration takes the prerendered page over with no console error, no hydration warning and no move', async ({ page, browser }) => {
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));

    // The same page before any script ran: where its first screen was drawn.
    const staticContext = await browser.newContext({ javaScriptEnabled: false, viewport: page.viewportSize() });
    const staticPage = await staticContext.newPage();
    await staticPage.goto('./');
    const boxes = async (p: Page) => ({
      regions: await regionsPanel(p).boundingBox(),
      plot: await regionsPanel(p).getByRole('group', { name: 'Point editor' }).boundingBox(),
      play: await trainingButton(p, 'Play').boundingBox(),
    });
    const before = await boxes(staticPage);
    await staticContext.close();

    await page.goto('./');
    await expect(started(page)).toHaveAttribute('data-started', 'hydrated');
    const after = await boxes(page);
    for (const key of ['regions', 'plot', 'play'] as const) {
      for (const side of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(after[key]![side] - before[key]![side]), `${key} ${side}: ${before[key]![side]} before scripts, ${after[key]![side]} hydrated`).toBeLessThanOrEqual(1);
      }
    }
    // The panels the prerender leaves to the browser load after hydration, and a click is React's.
    await expect(panel(page, 'Training curves')).toBeVisible();
    await trainingButton(page, 'Step').click();
    await expect(trainingPanel(page).getByText('Step 1', { exact: true })).toBeVisible();
    expect(messages.filter((text) => /hydrat|did not match|mismatch|error/i.test(text))).toEqual([]);
  });

  test('on a phone the plot’s axis labels read at the same size before scripts as after hydration', async ({ page, browser }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    // The overlay is drawn at a nominal side and scaled to the plot; its text is scaled back (decisionRegions.css).
    const labelHeights = (p: Page) =>
      regionsPanel(p).locator('.plot-axes text').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
    const staticContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const staticPage = await staticContext.newPage();
    await staticPage.goto('./');
    const before = await labelHeights(staticPage);
    await staticContext.close();
    await page.goto('./');
    await expect(started(page)).toHaveAttribute('data-started', 'hydrated');
    const after = await labelHeights(page);
    expect(before.length).toBeGreaterThan(4);
    expect(before).toHaveLength(after.length);
    before.forEach((height, i) => expect(Math.abs(height - after[i]), `label ${i}: ${height} px before, ${after[i]} px hydrated`).toBeLessThanOrEqual(0.1 * after[i]));
  });

  test('a visitor who put the intro away does not see it flash: hydrated without it', async ({ page }) => {
    await page.addInitScript(() => {
      window.localStorage.setItem('softmax-lab/intro-seen', '1');
      (window as unknown as { introShown: boolean }).introShown = false;
      const watch = () => {
        const intro = document.querySelector('.first-visit-intro');
        if (intro !== null && intro.checkVisibility()) (window as unknown as { introShown: boolean }).introShown = true;
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.goto('./');
    await expect(started(page)).toHaveAttribute('data-started', 'hydrated');
    // Not left in the page either (hidden, its buttons dead) by a hydration that did not match.
    await expect(page.getByRole('region', { name: 'Getting started', includeHidden: true })).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { introShown: boolean }).introShown)).toBe(false);
  });
});

/**
 * Watches, before every frame from the page's first and at every change, which K the visible regions' picture
 * shows (the first, and whether the default K = 3 ever showed), and whether the header's title ever showed.
 */
async function watchFirstState(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { firstClasses: null as number | null, defaultShown: false, headerShown: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const look = () => {
      const canvas = document.querySelector('[data-testid="decision-regions-canvas"]');
      if (canvas !== null && canvas.checkVisibility({ visibilityProperty: true })) {
        const classes = Number(/for (\d+) classes/.exec(canvas.getAttribute('aria-label') ?? '')?.[1]);
        seen.firstClasses ??= classes;
        if (classes === 3) seen.defaultShown = true;
      }
      if (document.querySelector('.app-header h1')?.checkVisibility({ visibilityProperty: true })) seen.headerShown = true;
      requestAnimationFrame(look);
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true });
    requestAnimationFrame(look);
  });
}
const seenState = (page: Page) => page.evaluate(() => (window as unknown as { seen: { firstClasses: number | null; defaultShown: boolean; headerShown: boolean } }).seen);

test.describe('a visit that opens another state never shows the prerendered default first', () => {
  test('a link with settings (K = 5)', async ({ page }) => {
    await watchFirstState(page);
    await page.goto('./?k=5&l2=0.25');
    await expect(regionsPicture(page, 5)).toBeVisible();
    await expect(started(page)).toHaveAttribute('data-started', 'rendered');
    await expect(modelPanel(page).getByRole('spinbutton', { name: 'L2 strength', exact: true })).toHaveValue('0.25');
    expect(await seenState(page)).toEqual({ firstClasses: 5, defaultShown: false, headerShown: true });
  });

  test('a saved session (K = 5)', async ({ page }) => {
    await page.addInitScript(() => {
      if (window.sessionStorage.getItem('seeded') === null) {
        window.localStorage.setItem('softmax-lab/session', 'v=1&k=5');
        window.sessionStorage.setItem('seeded', 'yes');
      }
    });
    await watchFirstState(page);
    await page.goto('./');
    await expect(regionsPicture(page, 5)).toBeVisible();
    await expect(started(page)).toHaveAttribute('data-started', 'rendered');
    expect(await seenState(page)).toEqual({ firstClasses: 5, defaultShown: false, headerShown: true });
  });

  test('an embed with K = 5', async ({ page }) => {
    await watchFirstState(page);
    await page.goto('./?embed=1&k=5');
    await expect(regionsPicture(page, 5)).toBeVisible();
    // An embed has no header: not even the prerendered one shows.
    expect(await seenState(page)).toEqual({ firstClasses: 5, defaultShown: false, headerShown: false });
  });

  test('negative control: the default visit shows K = 3 from its first frame', async ({ page }) => {
    await watchFirstState(page);
    await page.goto('./');
    await expect(started(page)).toHaveAttribute('data-started', 'hydrated');
    expect(await seenState(page)).toEqual({ firstClasses: 3, defaultShown: true, headerShown: true });
  });
});
