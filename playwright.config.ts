import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { e2eBuildFolder as outDir, e2ePort as port } from './e2e/buildFolder';

/**
 * One browser per core, at most two (the brief's limit): a test's page spends most of its time waiting for frames,
 * chunks and workers, so two browsers overlap even on a busy 2-core laptop (`--workers` overrides it).
 */
const workers = Math.max(1, Math.min(2, availableParallelism()));

// Playwright cannot download its own browser here: tests run Debian's Chromium (see scripts/ensure-chromium.sh).
export default defineConfig({
  testDir: 'e2e',
  // Waits sized for a loaded 2-core machine, where a lazy chunk, a worker's first result or a KaTeX render can take
  // many seconds: specs wait for what the app signals (a role, a name, data-ready) and never set numbers per call.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    actionTimeout: 20_000,
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    // scripts/test-all.sh builds the app into outDir while the unit tests run, and says so with E2E_PREBUILT=1.
    command: `${process.env.E2E_PREBUILT === '1' ? '' : `npx vite build --outDir ${outDir} --emptyOutDir && `}npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
