import { expect, test as base } from '@playwright/test';
import { watchConsoleErrors } from './consoleErrors';

/** Options a spec (or one describe block) may set with `test.use({ ... })`. */
export interface LabOptions {
  /**
   * Whether console errors and uncaught exceptions are expected in these tests (a panel made to fail, a blocked
   * inline script). By default every test fails at its end if the page logged one.
   */
  readonly allowConsoleErrors: boolean;
}

interface LabFixtures {
  /** Checks now that the page logged no console error (the fixture checks again at the end of every test). */
  readonly checkConsole: () => void;
}

/**
 * The lab's Playwright `test`: the same as @playwright/test's, plus a console-error check around every test
 * (watchConsoleErrors, attached before the test's first line, asserted after its last). Import `test` and
 * `expect` from here instead of '@playwright/test'; timeouts suited to lazy chunks on a loaded machine are in
 * playwright.config.ts, so specs need no per-call numbers.
 */
export const test = base.extend<LabFixtures & LabOptions>({
  allowConsoleErrors: [false, { option: true }],
  checkConsole: [
    async ({ page, allowConsoleErrors }, use) => {
      const check = watchConsoleErrors(page);
      await use(allowConsoleErrors ? () => undefined : check);
      if (!allowConsoleErrors) check();
    },
    { auto: true },
  ],
});

export { expect };
export type { BrowserContext, Download, FrameLocator, Locator, Page, Worker } from '@playwright/test';
