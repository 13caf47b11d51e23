import { useEffect, useRef } from 'react';
import './tex.css';

/** The smallest scale a formula is shrunk to; below it, its box scrolls sideways instead. */
const MIN_FIT_SCALE = 0.5;

/**
 * Shrinks a typeset formula that is wider than its box to the box's width (KaTeX sizes everything in em, so one
 * font size scales it all), and lets it grow back when the box widens.
 */
function fitToWidth(span: HTMLElement): void {
  const box = span.parentElement;
  if (box === null) return;
  span.style.fontSize = '';
  const available = box.clientWidth;
  const needed = span.scrollWidth;
  if (available > 0 && needed > available) span.style.fontSize = `${Math.max(MIN_FIT_SCALE, (available / needed) * 0.98).toFixed(3)}em`;
}

/**
 * TeX typeset by KaTeX, which is loaded on first use: it never weighs on the start bundle. React renders the
 * span empty and never touches its children; KaTeX fills it (MathML for screen readers, HTML for the eye).
 * `fit`: a display formula wider than its column is scaled down to fit it (a column of text must not scroll).
 */
export function Tex({ tex, display = false, fit = false }: { tex: string; display?: boolean; fit?: boolean }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let cancelled = false;
    let observer: ResizeObserver | null = null;
    void import('./katexRender').then(({ renderTex }) => {
      const span = ref.current;
      if (cancelled || span === null) return;
      renderTex(tex, span, display);
      if (!fit || span.parentElement === null) return;
      fitToWidth(span);
      // Refit when the column's width changes; its height changes with the fit itself, which must not loop.
      let width = span.parentElement.clientWidth;
      observer = new ResizeObserver(([entry]) => {
        if (entry === undefined || Math.abs(entry.contentRect.width - width) < 1) return;
        width = entry.contentRect.width;
        fitToWidth(span);
      });
      observer.observe(span.parentElement);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
    };
  }, [tex, display, fit]);
  return <span ref={ref} className={display ? 'tex tex-display' : 'tex'} data-fit={fit ? '' : undefined} />;
}
