import { Tex } from '../tex/Tex';

/** Punctuation right after inline math: kept on the math's line (KaTeX's boxes would let a line break before it). */
const TRAILING_PUNCTUATION = /^[.,:;!?)’]+/;

/** A lesson sentence with its inline math: the parts between single dollar signs are TeX. */
export function LessonText({ text }: { text: string }) {
  const parts = text.split('$');
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return i > 0 ? part.replace(TRAILING_PUNCTUATION, '') : part;
        const punctuation = TRAILING_PUNCTUATION.exec(parts[i + 1] ?? '')?.[0];
        return punctuation === undefined ? (
          <Tex key={i} tex={part} />
        ) : (
          <span key={i} className="tex-with-punctuation">
            <Tex tex={part} />
            {punctuation}
          </span>
        );
      })}
    </>
  );
}
