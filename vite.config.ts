/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'` keeps every asset URL relative, so the built app works from any static host or subpath.
export default defineConfig({
  base: './',
  plugins: [react()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/propertyTestSeed.ts'],
    // Property tests run hundreds of cases; a loaded 2-core machine can push one past the 5 s default.
    testTimeout: 30_000,
  },
});
