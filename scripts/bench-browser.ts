/**
 * Browser benchmark: builds the app, serves it with `vite preview`, and measures in headless Chromium what a
 * classroom demo needs: first paint; then, at N = 1000, K = 5 and at N = 10,000, K = 8, each at 1 step per frame
 * and at the top steps-per-frame setting: frames per second, long tasks, main-thread time per frame (CDP) and
 * steps per second; and the production bundle size. Prints tables, the budgets met and a JSON summary line.
 * Run: npm run bench:browser   (CHROMIUM_PATH overrides /usr/bin/chromium; BENCH_RUNS, BENCH_SECONDS, BENCH_PORT)
 */
import { execFileSync, spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { MAX_STEPS_PER_FRAME } from '../src/store/schema/limits';
import { bundleSizes, startBundle } from './bench/bundleSize';
import { measurePlaying, probes, type PlayFigures } from './bench/playPhase';

const port = Number(process.env.BENCH_PORT ?? 4199);
// One folder per port: two benchmarks on one machine do not overwrite each other's build.
const outDir = `.e2e-build/bench-${port}`;
const url = `http://127.0.0.1:${port}/`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RECORD_SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
/** Today's throughput at the top speed, N = 1000, K = 5, before the frame budget (issue 12): keep within 10 %. */
const THROUGHPUT_BEFORE_BUDGET = 11_000;

const SCENARIOS = [
  { points: 1000, classes: 5 },
  { points: 10_000, classes: 8 },
] as const;
const SPEEDS = [1, MAX_STEPS_PER_FRAME] as const;

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

async function enter(page: Page, region: string, name: string, value: string): Promise<void> {
  const field = page.getByRole('region', { name: region, exact: true }).getByRole('spinbutton', { name, exact: true });
  await field.fill(value);
  await field.press('Enter');
}

async function firstContentfulPaint(page: Page): Promise<number> {
  // Chromium may record the paint entry a little after the panels exist: wait for it.
  return page.evaluate(
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
}

/** One fresh browser: first paint, then every scenario at every speed. Keys name scenario and speed. */
async function measureRun(): Promise<Record<string, number>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript({ content: probes });
    await page.goto(url);
    await page.getByRole('region', { name: 'Decision regions' }).waitFor();
    const figures: Record<string, number> = { firstContentfulPaintMs: await firstContentfulPaint(page) };
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.getByRole('region', { name: 'Data', exact: true }).getByLabel('Data set').selectOption({ label: 'Gaussian blobs' });
    // A run that keeps training for the whole measurement: GD with a small step and a tiny tolerance does not
    // converge (or stall) within seconds, and a GD step costs what it costs at any η.
    await enter(page, 'Training', 'Learning rate', '0.01');
    await enter(page, 'Training', 'Gradient tolerance', '1e-12');
    for (const { points, classes } of SCENARIOS) {
      await enter(page, 'Model', 'Classes', String(classes));
      await enter(page, 'Data', 'Points', String(points));
      for (const speed of SPEEDS) {
        await enter(page, 'Training', 'Steps per frame', String(speed));
        // A fresh start for every phase: a converged run would stop playing.
        await page.getByRole('region', { name: 'Training', exact: true }).getByRole('button', { name: 'Reset' }).click();
        const played: PlayFigures = await measurePlaying(page, cdp, RECORD_SECONDS);
        for (const [key, value] of Object.entries(played)) figures[`N${points}K${classes}@${speed}.${key}`] = value;
      }
    }
    return figures;
  } finally {
    await browser.close();
  }
}

function budgets(summary: Record<string, number>) {
  const phases = SCENARIOS.flatMap(({ points, classes }) => SPEEDS.map((speed) => `N${points}K${classes}@${speed}`));
  return {
    framesPerSecondAtLeast55: phases.every((phase) => summary[`${phase}.framesPerSecond`] >= 55),
    longestTaskAtMost50ms: phases.every((phase) => summary[`${phase}.longestTaskMs`] <= 50),
    topSpeedThroughputWithin10Percent: summary[`N1000K5@${MAX_STEPS_PER_FRAME}.stepsPerSecond`] >= 0.9 * THROUGHPUT_BEFORE_BUDGET,
    firstPaintAtMost600ms: summary.firstContentfulPaintMs <= 600,
    startBundleAtMost100KB: summary.startBundleJsGzipKB <= 100,
  };
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
    console.log(`Softmax Lab in headless Chromium, 1280×800, warm-up 1 s then ${RECORD_SECONDS} s recorded per phase, median of ${RUNS} runs`);
    const playKeys = Object.keys(summary).filter((key) => key.includes('@'));
    const table: Record<string, Record<string, number>> = {};
    for (const key of playKeys) {
      const [phase, figure] = key.split('.');
      table[phase] = { ...table[phase], [figure]: Number(summary[key].toFixed(1)) };
    }
    console.table(table);
    console.table(Object.fromEntries(Object.entries(summary).filter(([key]) => !key.includes('@')).map(([k, v]) => [k, { value: Number(v.toFixed(1)) }])));
    console.table(bundle.map((f) => ({ file: f.file, KB: +(f.bytes / 1024).toFixed(1), gzipKB: +(f.gzipBytes / 1024).toFixed(1) })));
    const met = budgets(summary);
    console.log('budgets met:', met);
    console.log(JSON.stringify({ benchmark: 'browser', ...summary, budgets: met }));
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
