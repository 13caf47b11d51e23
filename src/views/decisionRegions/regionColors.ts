import type { Rgb } from '../../model/regionRaster';
import { CLASS_COLORS, classRgb } from '../common/palette';

/** The share of a class colour in a pixel where that class is certain; the rest is white, so points stand out. */
const REGION_STRENGTH = 0.5;

/** The decision-region colour of each class: its palette colour, lightened. */
export const REGION_COLORS: readonly Rgb[] = CLASS_COLORS.map((_, k) => {
  const [r, g, b] = classRgb(k).map((c) => Math.round(255 - (255 - c) * REGION_STRENGTH));
  return [r, g, b] as const;
});
