import { useEffect, useRef, type RefObject } from 'react';

/** How long a finger must rest on the plot to probe instead of adding a point (the platforms' usual press delay). */
export const LONG_PRESS_MS = 500;
/** A finger that moves further than this (CSS pixels) is scrolling or dragging, not pressing. */
const SLOP_PX = 10;

/**
 * Calls `onLongPress(clientX, clientY)` when a touch rests on `target` for LONG_PRESS_MS without moving. The click
 * that the browser fires when that finger lifts belongs to the press: `consumeClick()` returns true once for it,
 * so the caller can skip adding a point. Mouse and pen are left alone (they hover instead). Also suppresses the
 * context menu a long touch opens on some phones.
 */
export function useLongPress(target: RefObject<HTMLElement | null>, onLongPress: (clientX: number, clientY: number) => void, enabled: boolean) {
  const callback = useRef(onLongPress);
  const fired = useRef(false);
  useEffect(() => {
    callback.current = onLongPress;
  });

  useEffect(() => {
    const element = target.current;
    if (element === null || !enabled) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let start = { x: 0, y: 0 };
    const cancel = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    };
    const down = (event: PointerEvent) => {
      fired.current = false;
      if (event.pointerType !== 'touch') return;
      start = { x: event.clientX, y: event.clientY };
      cancel();
      timer = setTimeout(() => {
        timer = null;
        fired.current = true;
        callback.current(start.x, start.y);
      }, LONG_PRESS_MS);
    };
    const move = (event: PointerEvent) => {
      if (timer !== null && Math.hypot(event.clientX - start.x, event.clientY - start.y) > SLOP_PX) cancel();
    };
    const menu = (event: Event) => {
      if (fired.current) event.preventDefault();
    };
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', cancel);
    element.addEventListener('pointercancel', cancel);
    element.addEventListener('contextmenu', menu);
    return () => {
      cancel();
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', cancel);
      element.removeEventListener('pointercancel', cancel);
      element.removeEventListener('contextmenu', menu);
    };
  }, [target, enabled]);

  return {
    consumeClick(): boolean {
      const was = fired.current;
      fired.current = false;
      return was;
    },
  };
}
