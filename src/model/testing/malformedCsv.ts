import fc from 'fast-check';

const goodLine = fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.integer({ min: 0, max: 2 })).map(([a, b, k]) => `${a},${b},${k}`);

/** One line the CSV reader must refuse, or a header it must refuse. */
const badLine = fc.oneof(
  fc.constantFrom('1,2', '1,2,3,4', ',,', 'a,b,c', '1,NaN,0', 'Infinity,0,1', '0x10,1,0', '1,2,-1', '1,2,1.5', '1,2,9', '1e200,0,0', '0,-1e151,1', '1;2;0', '"1","2","0"', '<script>,1,0', '1,2,٣'),
  fc.string({ minLength: 1, maxLength: 30 }).filter((text) => !/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*,\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*,\s*\d+\s*$/.test(text) && text.trim() !== ''),
);

const badHeader = fc.constantFrom('', 'x,y,label', 'x1,x2', 'label,x1,x2', 'X1,X2,LABEL', '\u0000\u0001', '1,2,0');

/**
 * CSV texts that each break the `x1,x2,label` format somewhere: a bad header, or one bad line among good ones;
 * the same texts on every run (a fixed seed).
 */
export function malformedCsvTexts(count: number, seed = 20261126): string[] {
  const withBadLine = fc.tuple(fc.array(goodLine, { maxLength: 8 }), badLine, fc.nat(), fc.constantFrom('\n', '\r\n')).map(([good, bad, where, newline]) => {
    const lines = [...good];
    lines.splice(where % (good.length + 1), 0, bad);
    return ['x1,x2,label', ...lines].join(newline);
  });
  const withBadHeader = fc.tuple(badHeader, fc.array(goodLine, { minLength: 1, maxLength: 4 })).map(([header, lines]) => [header, ...lines].join('\n'));
  return fc.sample(fc.oneof({ arbitrary: withBadLine, weight: 4 }, { arbitrary: withBadHeader, weight: 1 }), { seed, numRuns: count });
}
