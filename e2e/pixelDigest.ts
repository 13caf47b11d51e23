import type { Locator } from '@playwright/test';

/** A SHA-256 of the canvas pixels, read after two animation frames so any pending redraw has happened. */
export async function pixelDigest(canvas: Locator): Promise<string> {
  return canvas.evaluate(async (element: HTMLCanvasElement) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // Copy through a 2-D canvas, which works whatever context the panel draws with.
    const copy = document.createElement('canvas');
    copy.width = element.width;
    copy.height = element.height;
    const context = copy.getContext('2d')!;
    context.drawImage(element, 0, 0);
    const bytes = context.getImageData(0, 0, copy.width, copy.height).data;
    const digest = await crypto.subtle.digest('SHA-256', bytes);
    return `${copy.width}x${copy.height}:${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  });
}
