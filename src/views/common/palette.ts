/**
 * One colour per class, K ≤ 8: the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies) with its yellow darkened for contrast on white, plus a grey for the eighth class.
 */
export const CLASS_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#B8A000', '#555555'] as const;

export const CLASS_NAMES = ['blue', 'orange', 'green', 'pink', 'vermilion', 'sky blue', 'yellow', 'grey'] as const;

export function classColor(k: number): string {
  return CLASS_COLORS[k % CLASS_COLORS.length];
}

/** The colour as [r, g, b] bytes, for writing pixels. */
export function classRgb(k: number): [number, number, number] {
  const hex = classColor(k);
  return [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
}

/** How the UI names class k everywhere: 0-based like the labels in a CSV, with its colour. */
export function classLabel(k: number): string {
  return `Class ${k} (${CLASS_NAMES[k % CLASS_NAMES.length]})`;
}
