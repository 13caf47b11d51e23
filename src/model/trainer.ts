import type { Dataset } from './dataset';
import { initialTheta, type InitSettings } from './initialization';
import { createObjective, type Objective, type ObjectiveSpec } from './objective';
import { createOptimizer, type Optimizer, type OptimizerSettings, type StepDiagnostics } from './optimizers';
import { euclideanNorm, expand, redundantComponent, restrict } from './parameters';

/** Everything that defines a training run besides the data. Plain data. */
export interface TrainerConfig {
  readonly objective: ObjectiveSpec;
  readonly optimizer: OptimizerSettings;
  readonly init: InitSettings;
  /** Converged when ‖∇J‖∞ ≤ tolerance. */
  readonly tolerance: number;
}

/** One step's diagnostics plus what the trainer knows about θ after it. */
export interface TrainerStep extends StepDiagnostics {
  /** Steps taken so far, this one included. */
  readonly step: number;
  /** Class-mean m of θ after the step. */
  readonly redundant: readonly [number, number, number];
  /** ‖θ‖₂ over all K rows after the step. */
  readonly thetaNorm: number;
  /** The step produced a non-finite θ or loss; θ was kept at its last finite value and training should stop. */
  readonly diverged: boolean;
}

/**
 * A training run: owns θ (as the optimiser's free vector), the objective and the optimiser's state.
 * Settings may change between steps; θ survives every change, re-expressed when the parametrisation changes.
 */
export interface Trainer {
  readonly config: TrainerConfig;
  readonly objective: Objective;
  readonly steps: number;
  /** The K×3 θ (a copy). */
  theta(): Float64Array;
  /** The free parameters (live; do not modify). */
  free(): Float64Array;
  advance(): TrainerStep;
  /** Replaces θ, e.g. after shifting every class; under a reference class it is re-expressed as the same classifier. */
  setTheta(theta: Float64Array): void;
  configure(config: TrainerConfig): void;
  setData(data: Dataset): void;
  /** Back to the configured initial θ, step 0 and a fresh optimiser. */
  reset(): void;
}

export function createTrainer(initialData: Dataset, initialConfig: TrainerConfig): Trainer {
  let data = initialData;
  let config = initialConfig;
  let objective = createObjective(data, config.objective);
  let optimizer: Optimizer = createOptimizer(config.optimizer.kind, objective.dimension, config.optimizer.seed);
  let free = restrict(initialTheta(data.classes, config.init), data.classes, config.objective.parametrization);
  let steps = 0;
  let beforeStep = new Float64Array(free.length);

  const rebuild = (theta: Float64Array) => {
    objective = createObjective(data, config.objective);
    optimizer = createOptimizer(config.optimizer.kind, objective.dimension, config.optimizer.seed);
    free = restrict(theta, data.classes, config.objective.parametrization);
    beforeStep = new Float64Array(free.length);
  };

  return {
    get config() {
      return config;
    },
    get objective() {
      return objective;
    },
    get steps() {
      return steps;
    },
    theta: () => expand(free, data.classes, config.objective.parametrization),
    free: () => free,
    advance() {
      beforeStep.set(free);
      const diagnostics = optimizer.step(free, objective, config.optimizer, config.tolerance);
      const thetaIsFinite = free.every(Number.isFinite);
      if (!thetaIsFinite) free.set(beforeStep);
      const diverged = !thetaIsFinite || !Number.isFinite(diagnostics.loss);
      if (!diverged && !diagnostics.converged) steps += 1;
      const theta = expand(free, data.classes, config.objective.parametrization);
      return {
        ...diagnostics,
        step: steps,
        redundant: redundantComponent(theta, data.classes),
        thetaNorm: euclideanNorm(theta),
        diverged,
      };
    },
    setTheta(theta) {
      free = restrict(theta, data.classes, config.objective.parametrization);
    },
    configure(next) {
      const theta = expand(free, data.classes, config.objective.parametrization);
      const objectiveChanged = !sameObjective(next.objective, config.objective);
      const optimizerChanged = next.optimizer.kind !== config.optimizer.kind || next.optimizer.seed !== config.optimizer.seed;
      config = next;
      if (objectiveChanged) rebuild(theta);
      else if (optimizerChanged) optimizer = createOptimizer(config.optimizer.kind, objective.dimension, config.optimizer.seed);
    },
    setData(next) {
      const theta = expand(free, data.classes, config.objective.parametrization);
      const sameClasses = next.classes === data.classes;
      data = next;
      rebuild(sameClasses ? theta : initialTheta(data.classes, config.init));
    },
    reset() {
      steps = 0;
      rebuild(initialTheta(data.classes, config.init));
    },
  };
}

function sameObjective(a: ObjectiveSpec, b: ObjectiveSpec): boolean {
  return (
    a.l2 === b.l2 &&
    a.penalizeBias === b.penalizeBias &&
    a.parametrization.kind === b.parametrization.kind &&
    (a.parametrization.kind === 'full' || a.parametrization.referenceClass === b.parametrization.referenceClass)
  );
}
