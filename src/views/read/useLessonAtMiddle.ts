import { useEffect, type RefObject } from 'react';

/** A section counts as read once it has held the middle of the screen this long: a fast scroll past sets up nothing. */
export const SETTLE_MS = 150;

/**
 * Calls `onReach(n)` when the section with `data-lesson="n"` inside `container` crosses the horizontal line
 * through the middle of the viewport (rootMargin −50 % above and below leaves that line as the root) and stays
 * there for SETTLE_MS. It only watches: the scrolling is the reader's own. It marks `container` with what it saw,
 * the signals the e2e tests wait on instead of sleeping: `data-middle-lesson` (the lesson at the middle line, or
 * "none"; set on every report, the first one included) and `data-reached-lesson` (the last lesson it called
 * `onReach` for, after the call).
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
        root.dataset.middleLesson = reached === undefined ? 'none' : ((reached.target as HTMLElement).dataset.lesson ?? 'none');
        if (reached === undefined) return;
        const lesson = Number((reached.target as HTMLElement).dataset.lesson);
        timer = setTimeout(() => {
          onReach(lesson);
          root.dataset.reachedLesson = String(lesson);
        }, SETTLE_MS);
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
