import type { Dataset } from '../../model/dataset';
import type { MaxMargin } from '../../model/maxMargin';
import type { Parametrization } from '../../model/parameters';

/** One SVM to solve off the main thread. */
export interface MaxMarginJob {
  readonly data: Dataset;
  readonly parametrization: Parametrization;
}

/** The worker's answer: the SVM, or the message of what the solver threw. */
export type MaxMarginReply = { readonly answer: MaxMargin } | { readonly error: string };
