/// <reference lib="webworker" />
import { classifySeparation } from '../model/separability';
import { answerJobs } from './jobWorker';
import type { SeparationJob, SeparationReply } from './separationJob';

// The two LPs of the separability test take 2–150 ms on the lab's data sets, and they run at every change of the
// points: off the main thread, so that a drag or a playing run keeps its frames, and the LP solver (yalps) stays
// out of the start bundle.
answerJobs<SeparationJob, SeparationReply>(({ data }, reply) => {
  try {
    reply({ answer: classifySeparation(data) });
  } catch (error) {
    reply({ error: (error as Error).message });
  }
});
