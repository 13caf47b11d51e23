# Softmax Lab run, exported as a PyTorch script.
# 9 points, K = 3 classes, full parametrization (all K rows learned), L2 lambda = 0.05, bias penalised.
# 20 steps of gradient descent (learning rate 0.5) from the theta of step 0 below.
# It reproduces the app's run: the app shows the same J at step 20.
# It prints J = 0.828705630822013 (to about 1e-6) and then theta as JSON.
import json

import torch

# The points (x1, x2) and their classes.
X = torch.tensor([
    [0.5, 1.25],
    [-1.0, 0.75],
    [1.5, -0.1],
    [-0.3, -1.2],
    [1.1, 0.9],
    [-2.05, -0.4],
    [2.2, -1.7],
    [-0.6, 0.2],
    [0.8, -2.3],
], dtype=torch.float64)
y = torch.tensor([0, 0, 0, 1, 1, 1, 2, 2, 2], dtype=torch.long)

# theta at step 0: one row (b_k, w_k1, w_k2) per class.
theta = torch.tensor([
    [-0.36954263064243803, 0.7252859103603602, -0.3982107515045396],
    [-0.09680723140017042, -0.6944933577370425, -0.7473639432057413],
    [-0.36692284551109444, 0.4595034561274985, 0.6577245589385922],
], dtype=torch.float64)

# The settings.
K = 3
STEPS = 20
LEARNING_RATE = 0.5
LAMBDA = 0.05  # J = mean(-log P(y|x)) + LAMBDA/2 * sum of the penalised theta^2
PENALISED = torch.tensor([1.0, 1.0, 1.0], dtype=torch.float64)  # which of (b, w1, w2) L2 sums
LEARNED = torch.tensor([[1.0], [1.0], [1.0]], dtype=torch.float64)  # every row is learned

X1 = torch.cat([torch.ones(len(X), 1, dtype=torch.float64), X], dim=1)  # x~ = (1, x1, x2)
ALL = torch.arange(len(X))


def loss(theta, rows):
    """J(theta) with the data term over `rows`: mean of -log P(y|x) by a stable log-sum-exp, plus L2."""
    z = X1[rows] @ theta.T  # logits z_k = theta_k . x~
    data = (torch.logsumexp(z, dim=1) - z[torch.arange(len(rows)), y[rows]]).mean()
    return data + LAMBDA / 2 * (PENALISED * theta**2).sum()


theta.requires_grad_(True)
optimizer = torch.optim.SGD([theta], lr=LEARNING_RATE)
for step in range(STEPS):
    optimizer.zero_grad()
    loss(theta, ALL).backward()
    theta.grad *= LEARNED  # a fixed reference row gets no gradient
    optimizer.step()

with torch.no_grad():
    J = loss(theta, ALL).item()
print(f"J = {J!r} after {STEPS} steps")
print(json.dumps(theta.detach().tolist()))
