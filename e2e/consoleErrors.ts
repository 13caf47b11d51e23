import { expect, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions; call the returned check at the end of a test. */
export function watchConsoleErrors(page: Page): () => void {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return () => expect(errors, 'console errors').toEqual([]);
}
