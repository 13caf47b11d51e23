import type { Locator } from '@playwright/test';

/** Frames in a row the box must keep, however long each frame takes on a loaded machine. */
const STILL_FRAMES = 10;

/**
 * The element's box once it has stayed the same for STILL_FRAMES animation frames: the layout has stopped moving.
 * Panels that load or grow after first paint (the lazy ones, the Max margin read-out) move the others; a pointer
 * aimed at a box measured before that lands elsewhere. Counted in the page's own frames, not in wall-clock time.
 */
export async function settledBox(element: Locator) {
  await element.evaluate(
    (node, frames) =>
      new Promise<void>((resolve) => {
        let last = '';
        let still = 0;
        const look = () => {
          const box = JSON.stringify(node.getBoundingClientRect());
          still = box === last ? still + 1 : 0;
          last = box;
          if (still >= frames) resolve();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
    STILL_FRAMES,
  );
  const box = await element.boundingBox();
  if (box === null) throw new Error('the element is not shown');
  return box;
}
