import { useEffect, useRef } from 'react';

/**
 * TeX typeset by KaTeX, which is loaded on first use: it never weighs on the start bundle. React renders the
 * span empty and never touches its children; KaTeX fills it (MathML for screen readers, HTML for the eye).
 */
export function Tex({ tex, display = false }: { tex: string; display?: boolean }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let cancelled = false;
    void import('./katexRender').then(({ renderTex }) => {
      if (!cancelled && ref.current !== null) renderTex(tex, ref.current, display);
    });
    return () => {
      cancelled = true;
    };
  }, [tex, display]);
  return <span ref={ref} className={display ? 'tex tex-display' : 'tex'} />;
}
