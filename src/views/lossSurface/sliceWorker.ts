/// <reference lib="webworker" />
import { progressiveSlice } from '../../model/lossSlice';
import { createObjective } from '../../model/objective';
import { answerJobs } from '../../store/jobWorker';
import type { SliceJob, SliceResult } from './sliceJob';

// Computes brute-force loss slices off the main thread: N·K work per cell, up to a few hundred ms per grid.
answerJobs<SliceJob, SliceResult>((job, post) => {
  try {
    const objective = createObjective(job.data, job.spec);
    const finest = job.resolutions[job.resolutions.length - 1];
    for (const grid of progressiveSlice(objective, job.plane, job.extent, job.resolutions)) {
      if (grid !== null) post({ id: job.id, grid, final: grid.resolution === finest });
    }
  } catch (error) {
    post({ id: job.id, error: (error as Error).message });
  }
});
