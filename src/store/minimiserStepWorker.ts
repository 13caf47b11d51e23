/// <reference lib="webworker" />
import { minimiserStableStep } from '../model/minimiserStableStep';
import { answerJobs } from './jobWorker';
import type { MinimiserStepJob, MinimiserStepReply } from './minimiserStepJob';

// Newton's method to the minimiser costs a few Hessians (tens of ms at N = 10,000, K = 8): off the main thread, so
// the frames of a playing run never wait for it.
answerJobs<MinimiserStepJob, MinimiserStepReply>(({ data, spec, start, separation }, reply) => {
  try {
    reply({ answer: minimiserStableStep(data, spec, start, separation) });
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : String(error) });
  }
});
