import { rasterizeRegions, type RegionRasterRequest } from '../../model/regionRaster';

/** What to paint; the raster supplies its own size. */
export type RegionPaintRequest = Omit<RegionRasterRequest, 'width' | 'height'>;

/**
 * The one region renderer of the lab's decision-regions panel and the race's small lane plots: P(y|x) painted
 * into an off-screen canvas `size` pixels square (by rasterizeRegions, here or in a worker), then copied onto a
 * visible canvas at any size (CSS-pixel sharp at full resolution, smoothly scaled up from a coarse raster).
 */
export interface RegionRaster {
  readonly size: number;
  /** Paints here; returns false when θ is too large to draw (see rasterizeRegions). */
  paint(request: RegionPaintRequest): boolean;
  /** The request a worker paints into a buffer of this size. */
  request(paint: RegionPaintRequest): RegionRasterRequest;
  /** Takes pixels a worker painted for `request(...)`. */
  accept(buffer: ArrayBuffer): void;
  /** Copies the raster onto `target`, `side` device pixels square. */
  drawOnto(target: CanvasRenderingContext2D, side: number): void;
}

export function createRegionRaster(size: number): RegionRaster | null {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (context === null) return null;
  const image = context.createImageData(size, size);
  const pixels = new Uint32Array(image.data.buffer);
  const request = (paint: RegionPaintRequest): RegionRasterRequest => ({ ...paint, width: size, height: size });
  return {
    size,
    request,
    paint(paint) {
      const drawn = rasterizeRegions(request(paint), pixels);
      context.putImageData(image, 0, 0);
      return drawn;
    },
    accept(buffer) {
      context.putImageData(new ImageData(new Uint8ClampedArray(buffer), size, size), 0, 0);
    },
    drawOnto(target, side) {
      target.imageSmoothingEnabled = side !== size;
      target.clearRect(0, 0, side, side);
      target.drawImage(canvas, 0, 0, side, side);
    },
  };
}
