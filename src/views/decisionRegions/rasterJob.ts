import type { RegionRasterRequest } from '../../model/regionRaster';

/** A raster to paint off the main thread: the request, and the pixel buffer to fill (transferred both ways). */
export interface RasterJob {
  readonly id: number;
  readonly request: RegionRasterRequest;
  readonly buffer: ArrayBuffer;
}

/** The filled buffer of job `id`, and whether θ was drawable (see rasterizeRegions). */
export interface RasterResult {
  readonly id: number;
  readonly buffer: ArrayBuffer;
  readonly drawn: boolean;
}
