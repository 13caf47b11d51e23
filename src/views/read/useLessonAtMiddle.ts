import { useEffect, type RefObject } from 'react';

/** A section counts as read once it has held the middle of the screen this long: a fast scroll past sets up nothing. */
export const SETTLE_MS = 150;

/**
 * Calls `onReach(n)` when the section with `data-lesson="n"` inside `container` crosses the horizontal line
 * through the middle of the viewport (rootMargin −50 % above and below leaves that line as the root) and stays
 * there for SETTLE_MS. It only watches: the scrolling is the reader's own.
 */
export function useLessonAtMiddle(container: RefObject<HTMLElement | null>, sections: number, onReach: (lesson: number) => void): void {
  useEffect(() => {
    const root = container.current;
    if (root === null || sections === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const reached = entries.filter((entry) => entry.isIntersecting).at(-1);
        clearTimeout(timer);
        if (reached === undefined) return;
        const lesson = Number((reached.target as HTMLElement).dataset.lesson);
        timer = setTimeout(() => onReach(lesson), SETTLE_MS);
      },
      { rootMargin: '-50% 0px -50% 0px', threshold: 0 },
    );
    root.querySelectorAll('[data-lesson]').forEach((section) => observer.observe(section));
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [container, sections, onReach]);
}
