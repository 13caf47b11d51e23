import type { Dataset } from './dataset';
import { initialParts, type InitSettings, type ThetaParts } from './initialization';
import { reusingEvaluation } from './evaluationReuse';
import { createObjective, type Objective, type ObjectiveSpec } from './objective';
import { createOptimizer, type Optimizer, type OptimizerSettings, type StepDiagnostics } from './optimizers';
import { expand, identifiablePart, LARGEST_CLASS_MEAN, maxNorm, redundantComponent, restrict, ROW, type Parametrization } from './parameters';
import {
  copyInto,
  createSplitPoint,
  isFiniteSplitPoint,
  maxNormCombined,
  moveMeanToOffset,
  normParts,
  type SplitPoint,
} from './splitPoint';

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
  /** ‖θ‖₂ over all K rows after the step (computed from the two parts: finite for any finite θ). */
  readonly thetaNorm: number;
  /**
   * The step met a non-finite J, ∇J or θ; θ was kept at its last finite value and training should stop.
   * J and ∇J are those at θ before the step, so a non-finite one there means θ could not be moved at all.
   */
  readonly diverged: boolean;
}

/** J, ‖∇J‖₂ and ‖∇J‖∞ at the trainer's current θ. */
export interface CurrentObjective {
  readonly loss: number;
  readonly gradNorm: number;
  readonly gradMaxNorm: number;
}

/**
 * A training run: owns θ (as the optimiser's two-part point: θ − m and m, see splitPoint.ts), the objective and
 * the optimiser's state. Settings may change between steps; θ survives every change, re-expressed when the
 * parametrisation changes.
 */
export interface Trainer {
  readonly config: TrainerConfig;
  readonly objective: Objective;
  readonly steps: number;
  /** The K×3 θ (a copy), for display: at a huge class-mean its rows lose the digits of θ − m. */
  theta(): Float64Array;
  /** θ − m (K×3, each column summing to zero): the part every probability depends on, exact at any m. */
  identifiable(): Float64Array;
  /** The class-mean m. */
  redundant(): [number, number, number];
  /** θ − m and m together. */
  parts(): ThetaParts;
  /** The free part of the optimiser's point (θ − m under the full parametrisation; live, do not modify). */
  free(): Float64Array;
  /** J, ‖∇J‖₂ and ‖∇J‖∞ at the current θ. */
  evaluate(): CurrentObjective;
  /** The Hessian of J with respect to the free parameters at the current θ. */
  hessian(): Float64Array;
  advance(): TrainerStep;
  /**
   * Adds c to every θ_k: only m changes, exactly. Under a reference class θ is re-expressed as the same classifier,
   * so nothing changes at all.
   */
  shiftAllClasses(shift: readonly [number, number, number]): void;
  configure(config: TrainerConfig): void;
  setData(data: Dataset): void;
  /** Back to the configured initial θ, step 0 and a fresh optimiser. */
  reset(): void;
}

export function createTrainer(initialData: Dataset, initialConfig: TrainerConfig): Trainer {
  let data = initialData;
  let config = initialConfig;
  let objective = createObjective(data, config.objective);
  let reuse = reusingEvaluation(objective);
  let optimizer: Optimizer = createOptimizer(config.optimizer.kind, objective.dimension, config.optimizer.seed);
  let point = pointOf(initialParts(data.classes, config.init), config.objective.parametrization);
  let beforeStep = createSplitPoint(point.free.length);
  let gradient = createSplitPoint(point.free.length);
  let steps = 0;

  const parametrization = () => config.objective.parametrization;
  const full = () => parametrization().kind === 'full';
  const identifiable = () => (full() ? point.free.slice() : identifiablePart(expand(point.free, data.classes, parametrization()), data.classes));
  const redundant = (): [number, number, number] => {
    if (!full()) return redundantComponent(expand(point.free, data.classes, parametrization()), data.classes);
    const driftOfFree = redundantComponent(point.free, data.classes);
    return [point.offset[0] + driftOfFree[0], point.offset[1] + driftOfFree[1], point.offset[2] + driftOfFree[2]];
  };
  const parts = (): ThetaParts => ({ identifiable: identifiable(), redundant: redundant() });

  const rebuild = (start: ThetaParts) => {
    objective = createObjective(data, config.objective);
    reuse = reusingEvaluation(objective);
    optimizer = createOptimizer(config.optimizer.kind, objective.dimension, config.optimizer.seed);
    point = pointOf(start, parametrization());
    beforeStep = createSplitPoint(point.free.length);
    gradient = createSplitPoint(point.free.length);
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
    theta() {
      if (!full()) return expand(point.free, data.classes, parametrization());
      return point.free.map((value, j) => value + point.offset[j % ROW]);
    },
    identifiable,
    redundant,
    parts,
    free: () => point.free,
    evaluate() {
      const loss = objective.evaluateParts(point, gradient);
      reuse.remember(point, gradient, loss);
      return { loss, gradNorm: normParts(gradient, data.classes), gradMaxNorm: maxNormCombined(gradient) };
    },
    hessian: () => objective.hessian(point.free),
    advance() {
      copyInto(beforeStep, point);
      const diagnostics = optimizer.step(point, reuse.objective, config.optimizer, config.tolerance);
      reuse.forget();
      const diverged = !withinRange(point) || !Number.isFinite(diagnostics.loss) || !Number.isFinite(diagnostics.gradNorm);
      if (diverged) copyInto(point, beforeStep);
      // Adam's step rows do not sum to zero, and rounding drifts: keep the free part θ − m.
      else if (full()) moveMeanToOffset(point);
      if (!diverged && !diagnostics.converged) steps += 1;
      return { ...diagnostics, step: steps, thetaNorm: normParts(point, data.classes), diverged };
    },
    shiftAllClasses(shift) {
      if (!full()) return;
      for (let i = 0; i < ROW; i++) point.offset[i] += shift[i];
    },
    configure(next) {
      const current = parts();
      const objectiveChanged = !sameObjective(next.objective, config.objective);
      const optimizerChanged = next.optimizer.kind !== config.optimizer.kind || next.optimizer.seed !== config.optimizer.seed;
      config = next;
      if (objectiveChanged) rebuild(current);
      else if (optimizerChanged) optimizer = createOptimizer(config.optimizer.kind, objective.dimension, config.optimizer.seed);
    },
    setData(next) {
      const current = parts();
      const sameClasses = next.classes === data.classes;
      data = next;
      rebuild(sameClasses ? current : initialParts(data.classes, config.init));
    },
    reset() {
      steps = 0;
      rebuild(initialParts(data.classes, config.init));
    },
  };
}

/**
 * The optimiser's point for θ given as θ − m and m. Under a reference class the free rows are θ_k − θ_r, taken
 * from θ − m (m cancels in the difference, so no digits are lost to it) and m is dropped: the same classifier.
 */
function pointOf(start: ThetaParts, parametrization: Parametrization): SplitPoint {
  if (parametrization.kind === 'full') {
    return { free: Float64Array.from(start.identifiable), offset: Float64Array.from(start.redundant) };
  }
  const classes = start.identifiable.length / ROW;
  return { free: restrict(start.identifiable, classes, parametrization), offset: new Float64Array(ROW) };
}

/**
 * Whether both parts are finite and no entry passes LARGEST_CLASS_MEAN: beyond it ‖θ‖ and the L2 term leave
 * float64's range, so a step that lands there counts as divergence, not as a place to continue from.
 */
function withinRange(point: SplitPoint): boolean {
  return isFiniteSplitPoint(point) && maxNorm(point.free) <= LARGEST_CLASS_MEAN && maxNorm(point.offset) <= LARGEST_CLASS_MEAN;
}

function sameObjective(a: ObjectiveSpec, b: ObjectiveSpec): boolean {
  return (
    a.l2 === b.l2 &&
    a.penalizeBias === b.penalizeBias &&
    a.parametrization.kind === b.parametrization.kind &&
    (a.parametrization.kind === 'full' || a.parametrization.referenceClass === b.parametrization.referenceClass)
  );
}
