/**
 * One marker shape per class, so classes stay apart without colour (colour-vision deficiencies, grey-scale
 * print-outs): circle, square, triangle, diamond, inverted triangle, plus, star, cross. Outlines are polygons
 * on the unit circle's scale, drawn at a given radius; the circle is an arc.
 */
type Outline = readonly (readonly [number, number])[];

const regular = (corners: number, turn: number, radius = 1): Outline =>
  Array.from({ length: corners }, (_, i) => {
    const angle = turn + (2 * Math.PI * i) / corners;
    return [radius * Math.cos(angle), radius * Math.sin(angle)] as const;
  });

const ARM = 0.36;
const plus: Outline = [
  [-ARM, -1], [ARM, -1], [ARM, -ARM], [1, -ARM], [1, ARM], [ARM, ARM],
  [ARM, 1], [-ARM, 1], [-ARM, ARM], [-1, ARM], [-1, -ARM], [-ARM, -ARM],
];
const rotate = (outline: Outline, angle: number): Outline =>
  outline.map(([x, y]) => [x * Math.cos(angle) - y * Math.sin(angle), x * Math.sin(angle) + y * Math.cos(angle)] as const);
const star: Outline = regular(10, -Math.PI / 2).map(([x, y], i) => {
  const reach = i % 2 === 0 ? 1.15 : 0.5;
  return [x * reach, y * reach] as const;
});

/** Screen y grows downwards, so −π/2 points up. Polygons are scaled a little so their areas match the circle's. */
const OUTLINES: readonly (Outline | 'circle')[] = [
  'circle',
  regular(4, Math.PI / 4, 1.25),
  regular(3, -Math.PI / 2, 1.35),
  regular(4, 0, 1.3),
  regular(3, Math.PI / 2, 1.35),
  plus,
  star,
  rotate(plus, Math.PI / 4),
];

/** An SVG path for class k's marker centred at (cx, cy); paths of many markers can be concatenated. */
export function markerPath(k: number, cx: number, cy: number, radius: number): string {
  const outline = OUTLINES[k % OUTLINES.length];
  if (outline === 'circle') {
    return `M${round(cx + radius)},${round(cy)}A${radius},${radius},0,1,1,${round(cx - radius)},${round(cy)}A${radius},${radius},0,1,1,${round(cx + radius)},${round(cy)}Z`;
  }
  return `M${outline.map(([x, y]) => `${round(cx + x * radius)},${round(cy + y * radius)}`).join('L')}Z`;
}

const round = (value: number) => Math.round(value * 100) / 100;
