/** Where screenshots to look at are written: E2E_SCREENSHOTS, since test-results is emptied by every run in the tree. */
export const SCREENSHOTS = process.env.E2E_SCREENSHOTS ?? 'test-results';
