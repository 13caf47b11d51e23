import type { Page } from '@playwright/test';

/** One piece of visible text and the size it is drawn at on screen, in CSS pixels. */
export interface DrawnText {
  readonly text: string;
  readonly px: number;
  /** Where it is: the closest element with a class, and its panel's title. */
  readonly where: string;
}

/**
 * Every visible text node on the page (HTML, SVG text and KaTeX alike) with its drawn size: the computed font
 * size times any scale on the way to the screen (an SVG's viewBox or a CSS transform), smallest first. Hidden
 * text (display or visibility, zero-size boxes, clipped screen-reader-only text, off-screen) is left out.
 */
export function drawnTexts(page: Page): Promise<DrawnText[]> {
  return page.evaluate(() => {
    const found: { text: string; px: number; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const scaleOf = (element: Element): number => {
      if (element instanceof SVGGraphicsElement) {
        const matrix = element.getScreenCTM();
        if (matrix !== null) return Math.hypot(matrix.a, matrix.b);
      }
      let scale = 1;
      for (let node: Element | null = element; node !== null; node = node.parentElement) {
        const transform = getComputedStyle(node).transform;
        if (transform !== 'none') {
          const m = new DOMMatrix(transform);
          scale *= Math.hypot(m.a, m.b);
        }
      }
      return scale;
    };
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (text === '' || element === null) continue;
      // KaTeX's MathML copy is for screen readers only. (Elements with the hidden attribute, or hidden by CSS, are
      // left out by checkVisibility below.)
      if (element.closest('.katex-mathml') !== null) continue;
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue;
      if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) continue;
      // Text clipped away (screen-reader-only) is not drawn.
      const clipped = element.closest('*');
      let hiddenByClip = false;
      for (let e: Element | null = clipped; e !== null; e = e.parentElement) {
        const style = getComputedStyle(e);
        if ((style.clip !== 'auto' && style.position === 'absolute') || style.clipPath === 'inset(50%)') hiddenByClip = true;
      }
      if (hiddenByClip) continue;
      const px = parseFloat(getComputedStyle(element).fontSize) * scaleOf(element);
      const classed = element.closest('[class]');
      const panel = element.closest('section.panel')?.querySelector('h2')?.textContent ?? '';
      found.push({ text: text.slice(0, 40), px: Math.round(px * 100) / 100, where: `${panel} ${classed?.getAttribute('class')?.split(' ')[0] ?? element.tagName}` });
    }
    return found.sort((a, b) => a.px - b.px);
  });
}
