import { OPTIMIZERS, type OptimizerKind } from '../../model/optimizers';
import type { ParametrizationKind } from '../../model/parameters';

export interface RedundantPartSetting {
  readonly optimizer: OptimizerKind;
  readonly l2: number;
  readonly penalizeBias: boolean;
  readonly parametrization: ParametrizationKind;
}

/** What happens to the class-mean m under the current settings, and why: one or two sentences. */
export function redundantPartStory({ optimizer, l2, penalizeBias, parametrization }: RedundantPartSetting): string {
  if (parametrization === 'reference') {
    return 'The reference row is pinned at 0, so the redundant direction is gone: m is no longer free, it just follows the other rows.';
  }
  const { nameInProse: name, movesClassMean } = OPTIMIZERS[optimizer];
  if (l2 > 0 && penalizeBias) {
    return 'L2 pulls m towards 0: the penalty is the only part of J that sees m (under gradient descent each step multiplies m by 1 − ηλ).';
  }
  if (l2 > 0) {
    const bias = movesClassMean ? `but ${name} still nudges it` : 'so it stays put';
    return `L2 pulls m's weights towards 0, but the biases are not penalised, so J cannot see m_b: nothing pulls it back, ${bias}.`;
  }
  if (movesClassMean) {
    return 'Adam divides each coordinate\'s step by its own running size, so the K rows\' steps no longer sum to zero: m drifts, though J cannot tell.';
  }
  return `Without L2 the K rows' gradients sum to zero at every θ, so ${name} never moves m: it stays where the start (or your shift) put it.`;
}

/**
 * What the class-mean m is called: a redundant direction only when every row is free. Under a reference class
 * the pinned row removes that direction, and m is just the mean the free rows give.
 */
export function classMeanNames(parametrization: ParametrizationKind): { readonly heading: string; readonly series: string } {
  return parametrization === 'reference'
    ? { heading: 'The class-mean m', series: '‖m‖, class-mean (not free: follows the other rows)' }
    : { heading: 'The redundant part m', series: '‖m‖, redundant' };
}
