import { OPTIMIZER_LABELS, type OptimizerSettings } from '../../model/optimizers';
import { formatCount, formatShortest } from '../../model/numberFormat';
import type { LaneSettings } from './raceSettings';

/** The optimiser and the hyper-parameters it actually reads, e.g. "GD η = 0.5" or "Newton, damping μ = 0.001". */
export function describeOptimizer(optimizer: OptimizerSettings): string {
  const eta = `η = ${formatShortest(optimizer.learningRate)}`;
  const batch = optimizer.batchSize > 0 ? `, batch ${formatCount(optimizer.batchSize)}` : '';
  switch (optimizer.kind) {
    case 'gd':
      return `${OPTIMIZER_LABELS.gd} ${eta}`;
    case 'sgd':
      return `${OPTIMIZER_LABELS.sgd} ${eta}${batch}`;
    case 'momentum':
      return `${OPTIMIZER_LABELS.momentum} ${eta}, β = ${formatShortest(optimizer.momentum)}${batch}`;
    case 'adam':
      return `${OPTIMIZER_LABELS.adam} ${eta}${batch}`;
    case 'newton':
      return optimizer.newtonTreatment === 'damping' ? `${OPTIMIZER_LABELS.newton}, damping μ = ${formatShortest(optimizer.damping)}` : `${OPTIMIZER_LABELS.newton}, pseudo-inverse`;
    case 'lbfgs':
      return OPTIMIZER_LABELS.lbfgs;
  }
}

/** The model a lane fits, e.g. "full", "reference class 2", "full + L2 λ = 0.01 (weights only)". */
export function describeModel(lane: Pick<LaneSettings, 'parametrization' | 'referenceClass' | 'l2' | 'penalizeBias'>): string {
  const parametrization = lane.parametrization === 'full' ? 'full' : `reference class ${lane.referenceClass}`;
  if (lane.l2 === 0) return parametrization;
  return `${parametrization} + L2 λ = ${formatShortest(lane.l2)}${lane.penalizeBias ? '' : ' (weights only)'}`;
}

/** A complete description of a lane; it becomes the lane's name once its settings are changed by hand. */
export function describeLane(lane: Omit<LaneSettings, 'label'>): string {
  return `${describeModel(lane)} · ${describeOptimizer(lane.optimizer)}`;
}
