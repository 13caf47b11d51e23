/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/prerender/contentSecurityPolicy.ts';
import { inlineFirstPaint } from './scripts/prerender/inlineFirstPaint.ts';
import { prerenderFirstScreen } from './scripts/prerender/prerenderPlugin.ts';

// `base: './'` keeps every asset URL relative, so the built app works from any static host or subpath.
export default defineConfig({
  base: './',
  // The policy comes last: it hashes the inline elements the plugins before it wrote.
  plugins: [react(), prerenderFirstScreen(), inlineFirstPaint(), contentSecurityPolicy()],
  // Fonts always as files: the CSP (font-src falls back to default-src 'self') refuses data: URLs, and Vite would
  // inline KaTeX's smallest font (KaTeX_Size3, 3.6 KB) as one.
  build: {
    // Every browser the app supports has <link rel="modulepreload">: no polyfill in the start bundle.
    modulePreload: { polyfill: false },
    assetsInlineLimit: (file: string) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    // Everything the first paint needs in one chunk: left to itself the bundler splits it into ~20 small chunks
    // shared with lazy panels, which gzip ~5 KB worse apart and cost a request each. Lazy chunks import from it.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } } },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/propertyTestSeed.ts'],
    // Property tests run hundreds of cases; a loaded 2-core machine can push one past the 5 s default.
    testTimeout: 30_000,
    // At most two workers (one on a single core) that keep their module graph between test files: on a 2-core
    // machine a fresh process and import graph per file cost more than the tests themselves. Every test builds its
    // own stores, so files share nothing but modules.
    pool: 'threads',
    maxWorkers: Math.min(2, availableParallelism()),
    isolate: false,
  },
});
