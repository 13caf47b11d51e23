/**
 * The Numerics table's row headers, each exactly the quantity its row holds. The table starts from
 * (θ_k − m)·x̃ = z_k − m·x̃, not from the logits z_k = θ_k·x̃ a lesson card shows: the two differ by the same m·x̃ in
 * every class (no probability changes), so the first row must not be called z. Differences of it are differences
 * of z (m·x̃ cancels). With the demonstration scale s ≠ 1 every row but the probabilities is s times its quantity,
 * and says so.
 */
export interface SoftmaxRowNames {
  readonly start: string;
  readonly shifted: string;
  readonly shiftedExps: string;
  readonly stable: string;
  readonly naiveExps: string;
  readonly naive: string;
}

export function softmaxRowNames(scale: number): SoftmaxRowNames {
  const times = (quantity: string) => (scale === 1 ? quantity : `s·(${quantity})`);
  return {
    start: times('z − m·x̃'),
    shifted: times('z − max z'),
    shiftedExps: `exp(${times('z − max z')})`,
    stable: 'stable',
    naiveExps: `exp(${times('z − m·x̃')})`,
    naive: 'naive',
  };
}
