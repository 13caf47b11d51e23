import type { Page } from '@playwright/test';

/** Presses the Training panel's Step button `count` times, as a person would. */
export async function takeSteps(page: Page, count: number): Promise<void> {
  const step = page.getByRole('region', { name: 'Training' }).getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < count; i++) await step.click();
}
