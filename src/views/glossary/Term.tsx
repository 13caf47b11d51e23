import { useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useHydrated } from '../common/useHydrated';
import { GLOSSARY, glossParts, type Glossary } from './glossary';
import './term.css';

/**
 * A piece of notation with a short explanation that shows on hover and on keyboard focus (the term is a Tab
 * stop) and is its accessible description. Escape hides it. The explanation lives at the end of the page (a
 * portal), so it adds nothing to the text of the sentence around the term.
 */
export function Term({ explanation, children }: { readonly explanation: string; readonly children: ReactNode }) {
  const id = useId();
  const term = useRef<HTMLSpanElement>(null);
  const [where, setWhere] = useState<{ readonly left: number; readonly top: number } | null>(null);
  const [over, setOver] = useState({ term: false, tip: false, focus: false });
  const open = where !== null && (over.term || over.tip || over.focus);
  // A portal needs the page's body: not in the prerendered HTML, added right after hydration.
  const inBrowser = useHydrated();
  const show = (change: Partial<typeof over>) => {
    const box = term.current?.getBoundingClientRect();
    // Right under the term, touching it, so the pointer can move onto the explanation without losing it.
    if (box !== undefined) setWhere({ left: box.left, top: box.bottom });
    setOver((previous) => ({ ...previous, ...change }));
  };
  const hide = (change: Partial<typeof over>) => setOver((previous) => ({ ...previous, ...change }));
  return (
    <>
      <span
        ref={term}
        className="term"
        tabIndex={0}
        aria-describedby={id}
        onMouseEnter={() => show({ term: true })}
        onMouseLeave={() => hide({ term: false })}
        onFocus={() => show({ focus: true })}
        onBlur={() => hide({ focus: false })}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setWhere(null);
        }}
      >
        {children}
      </span>
      {inBrowser &&
        createPortal(
        <span
          role="tooltip"
          id={id}
          className="term-tip"
          hidden={!open}
          style={where === null ? undefined : { left: `clamp(0.5rem, ${where.left}px, calc(100vw - 21rem))`, top: where.top }}
          onMouseEnter={() => setOver((previous) => ({ ...previous, tip: true }))}
          onMouseLeave={() => hide({ tip: false })}
        >
          {explanation}
        </span>,
        document.body,
        )}
    </>
  );
}

/** `text` with each term of `glossary` in it (its first occurrence) explained on hover and focus. */
export function Glossed({ text, glossary = GLOSSARY }: { readonly text: string; readonly glossary?: Glossary }) {
  return (
    <>
      {glossParts(text, glossary).map((part, i) =>
        part.explanation === undefined ? (
          part.text
        ) : (
          <Term key={i} explanation={part.explanation}>
            {part.text}
          </Term>
        ),
      )}
    </>
  );
}
