import type { Locator } from '@playwright/test';

/**
 * The element's box once two looks 100 ms apart agree: the layout has stopped moving. Panels that load or
 * grow after first paint (the lazy ones, the Max margin read-out) move the others; a pointer aimed at a box
 * measured before that lands elsewhere.
 */
export async function settledBox(element: Locator) {
  let box = await element.boundingBox();
  for (let look = 0; look < 50; look++) {
    await element.page().waitForTimeout(100);
    const next = await element.boundingBox();
    if (box !== null && next !== null && JSON.stringify(next) === JSON.stringify(box)) return next;
    box = next;
  }
  throw new Error('the layout kept moving for 5 s');
}
