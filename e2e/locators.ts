import type { Locator, Page } from '@playwright/test';

/**
 * The lab as a person finds it: panels, buttons and fields by role and accessible name. Specs use these instead
 * of their own copies, so a renamed panel or button is changed here once. Names are exact: "Training" must not
 * also match "Training curves".
 */

/** Every panel's title (its region's accessible name). */
export type PanelName =
  | 'Training'
  | 'Model'
  | 'Data'
  | 'Decision regions'
  | 'Loss surface'
  | 'Hessian spectrum'
  | 'Training curves'
  | 'Parameters'
  | 'Import and export'
  | 'Numerics'
  | 'Two classes: the sigmoid'
  | 'One step in slow motion'
  | 'Max margin'
  | 'Race'
  | 'Race results'
  | 'Getting started';

export const panel = (page: Page, name: PanelName): Locator => page.getByRole('region', { name, exact: true });

export const trainingPanel = (page: Page) => panel(page, 'Training');
export const modelPanel = (page: Page) => panel(page, 'Model');
export const dataPanel = (page: Page) => panel(page, 'Data');
export const regionsPanel = (page: Page) => panel(page, 'Decision regions');
export const parametersPanel = (page: Page) => panel(page, 'Parameters');
export const curvesPanel = (page: Page) => panel(page, 'Training curves');
export const surfacePanel = (page: Page) => panel(page, 'Loss surface');
export const spectrumPanel = (page: Page) => panel(page, 'Hessian spectrum');
export const filesPanel = (page: Page) => panel(page, 'Import and export');
export const racePanel = (page: Page) => panel(page, 'Race');

/** A button of the Training panel: Play, Pause, Step, Reset. */
export const trainingButton = (page: Page, name: 'Play' | 'Pause' | 'Step' | 'Reset') => trainingPanel(page).getByRole('button', { name, exact: true });
/** The Training panel's "Step n" read-out. */
export const stepCounter = (page: Page) => trainingPanel(page).getByText(/^Step \d+$/);
/** The step the Training panel shows, as a number. */
export async function stepShown(page: Page): Promise<number> {
  return Number((await stepCounter(page).textContent())?.replace('Step ', ''));
}
/**
 * Presses the Training panel's Step button `count` times, as a keyboard user would (Enter on the focused button).
 * A click waits for the button to stand still over two frames each time, which on a busy machine costs far more
 * than the step; clicking Step with the mouse is tested in e2e/controls.spec.ts.
 */
export async function takeSteps(page: Page, count: number): Promise<void> {
  const step = trainingButton(page, 'Step');
  for (let i = 0; i < count; i++) await step.press('Enter');
}

/** The decision-regions heatmap canvas (where a click adds or probes a point). */
export const heatmap = (page: Page) => page.getByTestId('decision-regions-canvas');
/** The Data panel's "N points" total. */
export const pointTotal = (page: Page, count: number) => dataPanel(page).getByText(`${count} points`, { exact: true });
export const dataSetField = (page: Page) => dataPanel(page).getByRole('combobox', { name: 'Data set' });

/** The header's view switch: Lab, Race, Read. */
export const viewButton = (page: Page, name: 'Lab' | 'Race' | 'Read') => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name });
/** The Race panel's "Race step n" read-out. */
export const raceStepCounter = (page: Page) => racePanel(page).getByText(/^Race step \d+$/);

/** What a link asked for that was not used: the notices region, or the status line that stands for it. */
export const linkNotices = (page: Page) =>
  page.getByRole('region', { name: 'Settings from the link that were not used' }).or(page.getByRole('status').filter({ hasText: /could not be used/ }));

/** One parameter of the page's current address, or null. */
export const addressParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** A panel whose lazy chunk has loaded and rendered (Panel sets data-ready once its content committed). */
export const readyPanel = (page: Page, name: PanelName) => panel(page, name).and(page.locator('[data-ready]'));
