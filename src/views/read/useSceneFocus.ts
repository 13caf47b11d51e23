import { useEffect, type RefObject } from 'react';
import { SCENE_FOCUS_SELECTOR } from '../common/sceneFocus';

/** Where the read view pins its scene above the text, in a strip too short for a whole panel (read.css). */
export const PINNED_ABOVE_QUERY = '(max-width: 800px)';

/** The attribute on the scene naming the open lesson (ReadLayout): when it changes, each panel is scrolled again. */
const LESSON_ATTRIBUTE = 'data-lesson-scene';

/**
 * On a phone the pinned scene is a strip under half a screen tall: each panel there is scrolled, once per lesson,
 * so that the part lessons point at (its SCENE_FOCUS: the ‖m‖ chart, the Numerics table) is at the top of its
 * panel instead of the panel's introduction. The reader can still scroll the panel back up. Panels load lazily,
 * so it watches `scene` for them to appear.
 */
export function useSceneFocus(scene: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = scene.current;
    if (root === null) return;
    const pinnedAbove = window.matchMedia(PINNED_ABOVE_QUERY);
    let revealed = new WeakSet<Element>();
    const reveal = () => {
      if (!pinnedAbove.matches) return;
      for (const focus of root.querySelectorAll(SCENE_FOCUS_SELECTOR)) {
        const body = focus.closest('.panel-body');
        if (revealed.has(focus) || body === null) continue;
        revealed.add(focus);
        body.scrollTop += focus.getBoundingClientRect().top - body.getBoundingClientRect().top;
      }
    };
    reveal();
    // A lazy panel's content arrives as new nodes; once each focus is revealed, later changes cost a lookup only.
    const observer = new MutationObserver((records) => {
      if (records.some((record) => record.type === 'attributes')) revealed = new WeakSet();
      reveal();
    });
    observer.observe(root, { childList: true, subtree: true, attributeFilter: [LESSON_ATTRIBUTE] });
    pinnedAbove.addEventListener('change', reveal);
    return () => {
      observer.disconnect();
      pinnedAbove.removeEventListener('change', reveal);
    };
  }, [scene]);
}
