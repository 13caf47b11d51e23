import { scriptedStep, type ExportedRun } from './exportedRun';
import { BATCH_ORDER, dataAndSettings, header } from './pythonSource';

/** A short NumPy script that replays the run (see ExportedRun) and prints J and θ. */
export function numpyScript(run: ExportedRun): string {
  // Each optimiser's update rule, given the gradient `g`, is in its registry entry beside the engine's rule.
  const update = scriptedStep(run).numpy;
  const batches = run.miniBatches;
  return `${header(run, 'NumPy')}
import json

import numpy as np

${dataAndSettings(run, (literal, type) => `np.array(${literal}${type === 'float' ? ', dtype=float' : ''})`)}

X1 = np.hstack([np.ones((len(X), 1)), X])  # x~ = (1, x1, x2)
ALL = np.arange(len(X))


def loss_and_gradient(theta, rows):
    """J(theta) with the data term over \`rows\`, and its gradient (zero on a fixed reference row)."""
    z = X1[rows] @ theta.T  # logits z_k = theta_k . x~
    z = z - z.max(axis=1, keepdims=True)  # stable: the largest exponent is 0
    log_sum = np.log(np.exp(z).sum(axis=1))
    p = np.exp(z - log_sum[:, None])  # P(k|x)
    labels = y[rows]
    data = np.mean(log_sum - z[np.arange(len(rows)), labels])  # mean of -log P(y|x)
    residual = p - np.eye(K)[labels]  # P(k|x) - [y = k]
    gradient = residual.T @ X1[rows] / len(rows) + LAMBDA * PENALISED * theta
    return data + LAMBDA / 2 * np.sum(PENALISED * theta**2), gradient * LEARNED

${batches ? `\n${BATCH_ORDER}\n\n\nbatches = app_batches(len(X), BATCH_SIZE, SEED)\n` : ''}
${update.state}for step in range(STEPS):
    _, g = loss_and_gradient(theta, ${batches ? 'np.array(next(batches))' : 'ALL'})
${update.step}

J, _ = loss_and_gradient(theta, ALL)
print(f"J = {float(J)!r} after {STEPS} steps")
print(json.dumps(theta.tolist()))
`;
}
