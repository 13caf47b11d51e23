import katex from 'katex';
// Bundled with this lazy module, so Vite copies KaTeX's fonts next to the app (no CDN, allowed by the CSP).
import 'katex/dist/katex.min.css';

/**
 * Typesets `tex` into `element`. katex.render builds DOM nodes and sets their styles through the CSSOM, which a
 * CSP with style-src 'self' allows (style attributes parsed from an HTML string would be blocked).
 */
export function renderTex(tex: string, element: HTMLElement, displayMode: boolean): void {
  katex.render(tex, element, { displayMode, throwOnError: false, output: 'htmlAndMathml' });
}
