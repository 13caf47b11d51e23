/**
 * Browser benchmark: builds the app, serves it with `vite preview`, and measures in headless Chromium what a
 * classroom demo needs: first paint, frames per second and long tasks while training N = 1000, K = 5 with
 * every panel visible, heap use, and the production bundle size. Prints a table and a JSON summary line.
 * Run: npm run bench:browser   (CHROMIUM_PATH overrides /usr/bin/chromium)
 */
import { execFileSync, spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { bundleSizes, startBundle } from './bench/bundleSize';

const port = Number(process.env.BENCH_PORT ?? 4199);
const outDir = '.e2e-build/bench';
const url = `http://127.0.0.1:${port}/`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PLAY_SECONDS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/**
 * Installed before any page script: records long tasks, long animation frames and rAF timestamps. A string,
 * not a function: tsx would wrap a function's inner closures in a helper that does not exist in the page.
 */
const probes = `
  window.__longTasks = [];
  window.__longFrames = [];
  window.__frames = [];
  window.__recording = false;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__recording && window.__longTasks.push(e.duration)))
    .observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__recording && window.__longFrames.push(e.duration)))
      .observe({ type: 'long-animation-frame', buffered: true });
  } catch (error) {
    // long-animation-frame is newer than longtask; fine without it
  }
  const tick = (t) => {
    if (window.__recording) window.__frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

async function setUpClassroomScale(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Data' }).getByLabel('Data set').selectOption({ label: 'Gaussian blobs' });
  for (const [name, value] of [['Classes', '5'], ['Points', '1000']] as const) {
    const field = page.getByRole('spinbutton', { name, exact: true }).first();
    await field.fill(value);
    await field.press('Enter');
  }
}

async function measureRun(): Promise<Record<string, number>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript({ content: probes });
    const started = Date.now();
    await page.goto(url);
    await page.getByRole('region', { name: 'Decision regions' }).waitFor();
    // Chromium may record the paint entry a little after the panels exist: wait for it.
    const firstPaint = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list, observer) => {
            const paint = list.getEntries().find((e) => e.name === 'first-contentful-paint');
            if (paint) {
              observer.disconnect();
              resolve(paint.startTime);
            }
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    const loadedWall = Date.now() - started;
    await setUpClassroomScale(page);
    const cdp = await page.context().newCDPSession(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.evaluate(() => ((window as unknown as { __recording: boolean }).__recording = true));
    await page.waitForTimeout(PLAY_SECONDS * 1000);
    const recorded = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[]; __longFrames: number[]; __frames: number[]; __recording: boolean };
      w.__recording = false;
      return { longTasks: w.__longTasks, longFrames: w.__longFrames, frames: w.__frames };
    });
    await page.getByRole('button', { name: 'Pause' }).click();
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const span = (recorded.frames.at(-1)! - recorded.frames[0]) / 1000;
    const gaps = recorded.frames.slice(1).map((t, i) => t - recorded.frames[i]);
    return {
      firstContentfulPaintMs: firstPaint,
      loadToPanelsMs: loadedWall,
      framesPerSecond: (recorded.frames.length - 1) / span,
      worstFrameMs: Math.max(...gaps),
      longTasks: recorded.longTasks.length,
      longestTaskMs: recorded.longTasks.length ? Math.max(...recorded.longTasks) : 0,
      longAnimationFrames: recorded.longFrames.length,
      heapUsedMB: heap.usedSize / 2 ** 20,
    };
  } finally {
    await browser.close();
  }
}

async function main() {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  try {
    await waitForServer();
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureRun());
    const summary: Record<string, number> = {};
    for (const key of Object.keys(runs[0])) summary[key] = median(runs.map((r) => r[key]));
    const bundle = bundleSizes(outDir);
    const gzipKB = (files: readonly { file: string; gzipBytes: number }[]) => files.filter((f) => f.file.endsWith('.js')).reduce((sum, f) => sum + f.gzipBytes, 0) / 1024;
    summary.startBundleJsGzipKB = gzipKB(startBundle(outDir));
    summary.allJsGzipKB = gzipKB(bundle);
    console.log(`Softmax Lab in headless Chromium, N = 1000, K = 5, playing ${PLAY_SECONDS} s, median of ${RUNS} runs`);
    console.table(Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, { value: Number(v.toFixed(2)) }])));
    console.table(bundle.map((f) => ({ file: f.file, KB: +(f.bytes / 1024).toFixed(1), gzipKB: +(f.gzipBytes / 1024).toFixed(1) })));
    const budgets = {
      framesPerSecond: summary.framesPerSecond >= 55,
      longestTaskUnder50ms: summary.longestTaskMs <= 50,
      firstPaintUnder1s: summary.firstContentfulPaintMs < 1000,
      startBundleUnder150KB: summary.startBundleJsGzipKB <= 150,
    };
    console.log('budgets met:', budgets);
    console.log(JSON.stringify({ benchmark: 'browser', ...summary, budgets }));
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
