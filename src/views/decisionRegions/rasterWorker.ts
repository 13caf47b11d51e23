/// <reference lib="webworker" />
import { rasterizeRegions } from '../../model/regionRaster';
import type { RasterJob, RasterResult } from './rasterJob';

// Paints the decision regions while training plays: several ms per frame at full resolution, which the main
// thread then only copies into the canvas.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<RasterJob>) => {
  const { id, request, buffer } = event.data;
  const drawn = rasterizeRegions(request, new Uint32Array(buffer));
  const result: RasterResult = { id, buffer, drawn };
  scope.postMessage(result, [buffer]);
};
