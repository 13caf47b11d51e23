import { OPTIMIZERS, type OptimizerSettings } from '../../model/optimizers';
import { formatShortest } from '../../model/numberFormat';
import type { LaneSettings } from './raceSettings';

/** The optimiser and the hyper-parameters it actually reads, e.g. "GD η = 0.5" or "Newton, damping μ = 0.001". */
export function describeOptimizer(optimizer: OptimizerSettings): string {
  const definition = OPTIMIZERS[optimizer.kind];
  return `${definition.label}${definition.describeSettings(optimizer)}`;
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
