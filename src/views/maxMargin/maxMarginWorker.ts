/// <reference lib="webworker" />
import { maxMarginClassifier } from '../../model/maxMargin';
import { answerJobs } from '../../store/jobWorker';
import type { MaxMarginJob, MaxMarginReply } from './maxMarginJob';

// Solves the SVM off the main thread: the LP separability test and quadprog take ~0.65 s at N = 5000 and ~1 s at
// N = 10,000, K = 8 (separable preset, Node, 2026-11-26), and the page must keep its frames meanwhile; on coordinates far from 1 the solver can also cycle, and
// a worker can be stopped where a loop on the main thread could not.
answerJobs<MaxMarginJob, MaxMarginReply>(({ data, parametrization }, reply) => {
  try {
    reply({ answer: maxMarginClassifier(data, parametrization) });
  } catch (error) {
    reply({ error: (error as Error).message });
  }
});
