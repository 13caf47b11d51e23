/// <reference lib="webworker" />
import { minimiserStableStep } from '../../model/minimiserStableStep';
import type { MinimiserStepJob, MinimiserStepReply } from './minimiserStepJob';

// Newton's method to the minimiser costs a few Hessians (tens of ms at N = 10,000, K = 8): off the main thread, so
// the frames of a playing run never wait for it.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<MinimiserStepJob>) => {
  const { data, spec, start, separation } = event.data;
  let reply: MinimiserStepReply;
  try {
    reply = { answer: minimiserStableStep(data, spec, start, separation) };
  } catch (error) {
    reply = { error: (error as Error).message };
  }
  scope.postMessage(reply);
};
