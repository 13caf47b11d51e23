import { expect, test } from './fixtures';
import { SCREENSHOTS } from './screenshots';

const SENTENCE = 'Softmax Lab shows softmax regression training on 2-D points. Start with the first lesson.';

test('a first visit shows one sentence and lesson 1’s button, without blocking the lab', async ({ page }) => {
  await page.goto('./');
  const intro = page.getByRole('region', { name: 'Getting started' });
  await expect(intro).toHaveText(new RegExp(SENTENCE.replace(/[.]/g, '\\.')));
  await page.screenshot({ path: `${SCREENSHOTS}/intro-1280.png` });
  // Not modal: the lab works around it.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Training', exact: true }).getByText('Step 1', { exact: true })).toBeVisible();
  await intro.getByRole('button', { name: 'Open lesson 1' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('lesson')).toBe('1');
  await expect(page.getByRole('heading', { name: /Scores to probabilities/ }).first()).toBeVisible();
  await expect(intro).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Getting started' })).toHaveCount(0);
});

test('× puts the intro away for good; Start over does not bring it back', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Dismiss the introduction' }).click();
  await expect(page.getByRole('region', { name: 'Getting started' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Getting started' })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('softmax-lab/intro-seen'))).toBe('1');
});

test('the intro shows again while nothing can be stored, and never in an embed', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto('./');
  await page.getByRole('button', { name: 'Dismiss the introduction' }).click();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Getting started' })).toBeVisible();
  await page.goto('./?embed=1');
  await expect(page.getByRole('region', { name: 'Decision regions' })).toBeVisible();
  await expect(page.getByText(SENTENCE)).toHaveCount(0);
});

test('on a phone the intro is one short block above the plots', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  const box = await page.getByRole('region', { name: 'Getting started' }).boundingBox();
  expect(box !== null && box.height < 160).toBe(true);
  await page.screenshot({ path: `${SCREENSHOTS}/intro-390.png` });
});
