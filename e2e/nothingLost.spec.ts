import { expect, test } from './fixtures';
import { addressParam, linkNotices, modelPanel, panel } from './locators';

test('a link whose reference class is beyond its K says so, naming the parameter, and uses the default', async ({ page }) => {
  await page.goto('./?k=3&param=reference&ref=5&l2=0.25');
  await expect(linkNotices(page)).toContainText('ref=“5”: The reference class must be one of the classes 0 to 2 (this link has K = 3). The default was used.');
  // The rest of the link applies.
  await expect(modelPanel(page).getByRole('spinbutton', { name: 'L2 strength', exact: true })).toHaveValue('0.25');
});

test('negative control: a reference class below K is used, with no notice', async ({ page }) => {
  await page.goto('./?k=4&param=reference&ref=3');
  await expect(panel(page, 'Decision regions')).toBeVisible();
  await expect(linkNotices(page)).toHaveCount(0);
  expect(addressParam(page, 'ref')).toBe('3');
});

test.describe('with the browser’s storage full', () => {
  test.beforeEach(async ({ page }) => {
    // An older session is kept; every later write is refused, as a full localStorage refuses it.
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem('softmax-lab/session', 'v=1&l2=0.7');
        sessionStorage.setItem('seeded', 'yes');
      }
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
  });

  test('the lab says once that the session cannot be kept, and a bare address does not bring back the older one', async ({ page }) => {
    await page.goto('./');
    const l2 = modelPanel(page).getByRole('spinbutton', { name: 'L2 strength', exact: true });
    // The older session is what this browser kept last: it opens.
    await expect(l2).toHaveValue('0.7');
    await l2.fill('0.05');
    await l2.press('Enter');
    await expect.poll(() => addressParam(page, 'l2')).toBe('0.05');
    const notice = page.getByRole('status').filter({ hasText: 'this session cannot be kept here' });
    await expect(notice).toHaveCount(1);
    await l2.fill('0.06');
    await l2.press('Enter');
    await expect.poll(() => addressParam(page, 'l2')).toBe('0.06');
    await expect(notice).toHaveCount(1);

    // Opened again without the address: not the older 0.7 over what the user last saw, but the defaults.
    await page.goto('./');
    await expect(panel(page, 'Decision regions')).toBeVisible();
    await expect(l2).toHaveValue('0');
  });
});

test('an embed set whose settings are a Date or an array gets the documented error reply', async ({ page }) => {
  await page.goto('embed-example.html');
  await expect(page.locator('#ready')).toHaveText('yes');
  await page.evaluate(() => {
    const frame = (document.getElementById('lab') as HTMLIFrameElement).contentWindow!;
    frame.postMessage({ type: 'set', settings: new Date(0) }, '*');
    frame.postMessage({ type: 'set', settings: [{ classes: 4 }] }, '*');
  });
  const replies = page.getByRole('list', { name: 'Replies from the embed' });
  await expect(replies.getByText(/^Refused: set: settings must be a plain object of settings, .* not a Date\.$/)).toBeVisible();
  await expect(replies.getByText(/^Refused: set: settings must be a plain object of settings, .* not an array\.$/)).toBeVisible();
});
