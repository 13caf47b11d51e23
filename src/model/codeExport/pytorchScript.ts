import { scriptedStep, type ExportedRun } from './exportedRun';
import { BATCH_ORDER, dataAndSettings, header } from './pythonSource';

/** A short PyTorch (float64, autograd) script that replays the run (see ExportedRun) and prints J and θ. */
export function pytorchScript(run: ExportedRun): string {
  // The torch.optim rule equal to the engine's for a constant learning rate, from the optimiser's registry entry.
  const optimizer = scriptedStep(run).pytorch;
  const batches = run.miniBatches;
  const tensor = (literal: string, type: 'float' | 'int') => `torch.tensor(${literal}, dtype=torch.${type === 'float' ? 'float64' : 'long'})`;
  return `${header(run, 'PyTorch')}
import json

import torch

${dataAndSettings(run, tensor)}

X1 = torch.cat([torch.ones(len(X), 1, dtype=torch.float64), X], dim=1)  # x~ = (1, x1, x2)
ALL = torch.arange(len(X))


def loss(theta, rows):
    """J(theta) with the data term over \`rows\`: mean of -log P(y|x) by a stable log-sum-exp, plus L2."""
    z = X1[rows] @ theta.T  # logits z_k = theta_k . x~
    data = (torch.logsumexp(z, dim=1) - z[torch.arange(len(rows)), y[rows]]).mean()
    return data + LAMBDA / 2 * (PENALISED * theta**2).sum()

${batches ? `\n${BATCH_ORDER}\n\n\nbatches = app_batches(len(X), BATCH_SIZE, SEED)\n` : ''}
theta.requires_grad_(True)
optimizer = ${optimizer}
for step in range(STEPS):
    optimizer.zero_grad()
    loss(theta, ${batches ? 'torch.tensor(next(batches))' : 'ALL'}).backward()
    theta.grad *= LEARNED  # a fixed reference row gets no gradient
    optimizer.step()

with torch.no_grad():
    J = loss(theta, ALL).item()
print(f"J = {J!r} after {STEPS} steps")
print(json.dumps(theta.detach().tolist()))
`;
}
