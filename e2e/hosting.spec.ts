import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page, type Worker } from './fixtures';
import { heatmap, panel, trainingPanel } from './locators';
import { e2eBuildFolder } from './buildFolder';
import { serveFolder, type StaticServer } from './staticServer';

const SUBPATH = '/courses/ml/softmax/';
const bootMessage = (page: Page) => page.getByText('The app’s files could not be loaded from this address');

/** Counts the jobs a worker receives, by wrapping the handler its module installed (so it must have run). */
async function countJobs(worker: Worker): Promise<void> {
  const installed = await worker.evaluate(() => {
    const scope = self as unknown as { onmessage: ((event: MessageEvent) => void) | null; jobs: number };
    const handler = scope.onmessage;
    if (typeof handler !== 'function') return false;
    scope.jobs = 0;
    scope.onmessage = (event) => {
      scope.jobs++;
      handler(event);
    };
    return true;
  });
  expect(installed, `${worker.url()} ran its module`).toBe(true);
}
const jobsOf = (worker: Worker) => worker.evaluate(() => (self as unknown as { jobs: number }).jobs);

/** The number of distinct colours in the heatmap after the next two animation frames. */
const distinctColors = (page: Page) =>
  heatmap(page).evaluate(async (canvas: HTMLCanvasElement) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return new Set(new Uint32Array(canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.buffer)).size;
  });

test.describe('the build on a plain static host, under a subpath', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await serveFolder(e2eBuildFolder, SUBPATH);
  });
  test.afterAll(() => server.close());

  test('loads every file from the subpath, trains, and draws the regions in its worker', async ({ page }) => {
    const requests: string[] = [];
    const failures: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.url()}: ${response.status()}`);
    });
    const workers = new Map<string, Worker>();
    const closed: string[] = [];
    page.on('worker', (worker) => {
      workers.set(worker.url(), worker);
      worker.on('close', () => closed.push(worker.url()));
    });

    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
    await expect(bootMessage(page)).toBeHidden();
    await trainingPanel(page).getByRole('button', { name: 'Step', exact: true }).click();
    await expect(trainingPanel(page).getByText(/^Step \d+$/)).toHaveText('Step 1');

    // The loss-surface worker starts with its panel; the raster worker with Play.
    await expect.poll(() => [...workers.keys()].some((url) => url.includes('sliceWorker'))).toBe(true);
    await trainingPanel(page).getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => [...workers.keys()].some((url) => url.includes('rasterWorker'))).toBe(true);
    const raster = [...workers.entries()].find(([url]) => url.includes('rasterWorker'))![1];
    await countJobs(raster);
    await expect.poll(() => jobsOf(raster)).toBeGreaterThan(2);
    expect(await distinctColors(page)).toBeGreaterThan(50);
    await trainingPanel(page).getByRole('button', { name: 'Pause' }).click();

    for (const url of workers.keys()) expect(url.startsWith(`${server.url}assets/`), url).toBe(true);
    // The max-margin and step-limit workers are ended on purpose once they have answered; the raster and slice workers live on.
    expect(closed.filter((url) => !/maxMarginWorker|minimiserStepWorker/.test(url)), 'workers that failed and closed').toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
    for (const url of requests) expect(url.startsWith(server.url) || /^(data|blob):/.test(url), url).toBe(true);
    expect(failures).toEqual([]);
  });

  test('the folder address ending in /index.html opens the app too', async ({ page }) => {
    await page.goto(`${server.url}index.html`);
    await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
    await expect(panel(page, 'Decision regions')).toBeVisible();
  });
});

test.describe('where the page logs errors on purpose', () => {
  // The files the page cannot find are logged as failed loads.
  test.use({ allowConsoleErrors: true });

  test('a page opened below the app’s folder says what happened instead of staying blank', async ({ page }) => {
    // vite preview answers /a/b with index.html, whose relative file addresses then point into /a/ and fail.
    await page.goto('a/b');
    await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
    await expect(bootMessage(page)).toBeVisible();
    await expect(bootMessage(page)).toContainText('Open the folder that holds index.html');
    await expect(panel(page, 'Decision regions')).toHaveCount(0);
  });

  test('index.html opened from disk says to serve it instead of showing a lab that never starts', async ({ page }) => {
    // The browser refuses module scripts from file://: the prerendered lab would look ready and not answer.
    await page.goto(pathToFileURL(resolve(e2eBuildFolder, 'index.html')).href);
    await expect(bootMessage(page)).toBeVisible();
    await expect(bootMessage(page)).toContainText('not file://');
    await expect(panel(page, 'Decision regions')).toHaveCount(0);
  });
});

test('on a slow start the prerendered first screen shows at once, and the app takes it over when its script arrives', async ({ page }) => {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('./', { waitUntil: 'commit' });
  // Before the app's script: its first screen (index.html holds it), and not the message for files that failed.
  await expect(panel(page, 'Decision regions')).toBeVisible();
  await expect(bootMessage(page)).toBeHidden();
  await expect(page.locator('#root[data-started]')).toHaveCount(0);
  release();
  // ... and once it runs, the same page is the app's.
  await expect(page.locator('#root[data-started]')).toHaveAttribute('data-started', 'hydrated');
  await trainingPanel(page).getByRole('button', { name: 'Step', exact: true }).click();
  await expect(trainingPanel(page).getByText(/^Step \d+$/)).toHaveText('Step 1');
  await expect(bootMessage(page)).toBeHidden();
});
