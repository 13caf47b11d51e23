import jsQR from 'jsqr';
import { expect, test, type Page } from './fixtures';
import { encodePoints } from '../src/share/pointsCodec';
import { SCREENSHOTS } from './screenshots';

/** What a phone reads from the QR code on the screen: the canvas's pixels through a QR decoder. */
async function readQr(page: Page): Promise<string | null> {
  const canvas = page.getByRole('dialog').getByRole('img', { name: 'QR code of the link below' });
  // The dialog and the QR library are a lazy chunk.
  await expect(canvas).toBeVisible({ timeout: 20_000 });
  const { width, height, pixels } = await canvas.evaluate((element: HTMLCanvasElement) => {
    const image = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    return { width: image.width, height: image.height, pixels: Array.from(image.data) };
  });
  return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data ?? null;
}

/** The link Share copies, read from the clipboard. */
async function shareLink(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Share' }).click();
  return page.evaluate(() => navigator.clipboard.readText());
}

test.use({ viewport: { width: 1366, height: 768 } });

test('Show QR draws the current link: a phone reading it opens the same lesson and state', async ({ page }) => {
  await page.goto('./?present=1&lesson=4');
  await expect(page.getByRole('region', { name: 'Lesson 4. Gradients sum to zero' })).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('region', { name: /^Lesson 5\./ })).toBeVisible();
  const link = await shareLink(page);
  expect(new URL(link).searchParams.get('lesson')).toBe('5');
  await page.getByRole('button', { name: 'Show QR' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scan to open this screen' });
  expect(await readQr(page)).toBe(link);
  await expect(dialog.getByText(link, { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/presentation-qr-1366.png` });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show QR' })).toBeFocused();
});

test('a link too long for a QR code (many hand-drawn points) says so and draws the lesson-only link', async ({ page }) => {
  const points = Array.from({ length: 240 }, (_, i) => ({ x1: Math.cos(i) * (1 + i / 80), x2: Math.sin(i) * (1 + i / 80), label: i % 3 }));
  await page.goto(`./?v=1&lesson=2&present=1&pts=${encodePoints(points)}`);
  await expect(page.getByRole('region', { name: /^Lesson 2\./ })).toBeVisible({ timeout: 20_000 });
  const link = await shareLink(page);
  expect(link.length).toBeGreaterThan(2000);
  await page.getByRole('button', { name: 'Show QR' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scan to open lesson 2' });
  await expect(dialog.getByText(/This link is too long for a QR code \(\d[\d,]* characters: the hand-drawn points are in it\)/)).toBeVisible({ timeout: 20_000 });
  const lessonOnly = await readQr(page);
  expect(lessonOnly).not.toBeNull();
  const read = new URL(lessonOnly!);
  expect(read.origin + read.pathname).toBe(new URL(link).origin + new URL(link).pathname);
  expect(read.searchParams.get('lesson')).toBe('2');
  expect(read.searchParams.get('present')).toBe('1');
  expect(read.searchParams.get('pts')).toBeNull();
  await page.screenshot({ path: `${SCREENSHOTS}/presentation-qr-too-long-1366.png` });

  // The lesson-only link opens lesson 2 as its Set it up loads it, in presentation.
  await page.goto(lessonOnly!);
  await expect(page.getByRole('region', { name: /^Lesson 2\./ })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Presentation' })).toHaveAttribute('aria-pressed', 'true');
});
