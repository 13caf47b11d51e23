import { useLayoutEffect, useRef } from 'react';
import { Tex } from '../tex/Tex';

/**
 * A display formula shrunk, only when it must be, to the width it is given: a formula cannot break across lines,
 * and a box that scrolls sideways hides part of it from a room (and traps keyboard users). Its type size is
 * scaled through font-size, so KaTeX lays it out again at that size rather than being squeezed.
 */
export function FittedFormula({ tex }: { readonly tex: string }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (element === null) return;
    const fit = () => {
      element.style.fontSize = '';
      const natural = element.scrollWidth;
      const room = element.clientWidth;
      if (natural > room + 1) element.style.fontSize = `${Math.floor((1000 * room) / natural) / 1000}em`;
    };
    // The formula arrives later (KaTeX is its own chunk) and the box changes with the window: fit on both.
    const resized = new ResizeObserver(fit);
    resized.observe(element);
    const typeset = new MutationObserver(fit);
    typeset.observe(element, { childList: true, subtree: true });
    return () => {
      resized.disconnect();
      typeset.disconnect();
    };
  }, []);
  return (
    <div ref={box} className="fitted-formula">
      <Tex tex={tex} display />
    </div>
  );
}
