/**
 * Whether an element is on or near the screen, for views that can skip their work while nobody sees them
 * (training still plays; the view catches up as soon as it scrolls into view). Without IntersectionObserver
 * (or before its first report) the element counts as visible, so nothing is ever skipped by mistake.
 */
export interface VisibilityWatch {
  isVisible(): boolean;
  stop(): void;
}

/** Starts counting an element as visible this far outside the viewport, so it is fresh when it arrives. */
const MARGIN = '200px';

export function watchVisibility(element: Element | null, onShown: () => void): VisibilityWatch {
  if (element === null || typeof IntersectionObserver === 'undefined') return { isVisible: () => true, stop: () => {} };
  let visible = true;
  const observer = new IntersectionObserver(
    (entries) => {
      const now = entries[entries.length - 1].isIntersecting;
      const shown = now && !visible;
      visible = now;
      if (shown) onShown();
    },
    { rootMargin: MARGIN },
  );
  observer.observe(element);
  return { isVisible: () => visible, stop: () => observer.disconnect() };
}

/**
 * Calls `callback` once the browser has painted the next frame (a timeout queued from an animation frame runs
 * after that frame's paint): work that need not delay the first picture of the page. Returns a cancel function.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}
