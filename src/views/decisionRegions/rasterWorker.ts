/// <reference lib="webworker" />
import { rasterizeRegions } from '../../model/regionRaster';
import { answerJobs } from '../../store/jobWorker';
import type { RasterJob, RasterResult } from './rasterJob';

// Paints the decision regions while training plays: several ms per frame at full resolution, which the main
// thread then only copies into the canvas.
answerJobs<RasterJob, RasterResult>(({ id, request, buffer }, reply) => {
  const drawn = rasterizeRegions(request, new Uint32Array(buffer));
  reply({ id, buffer, drawn }, [buffer]);
});
