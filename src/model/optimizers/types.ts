import type { Objective } from '../objective';
import type { SplitPoint } from '../splitPoint';

export const OPTIMIZER_KINDS = ['gd', 'sgd', 'momentum', 'adam', 'newton', 'lbfgs'] as const;
export type OptimizerKind = (typeof OPTIMIZER_KINDS)[number];

/** How Newton treats a singular Hessian (the full, unregularised model always has one). */
export type NewtonSingularTreatment = 'pseudoinverse' | 'damping';

/** Hyper-parameters of every optimiser; each reads the ones it needs. Plain data, changeable between steps. */
export interface OptimizerSettings {
  readonly kind: OptimizerKind;
  /** η, for gd, sgd, momentum and adam. */
  readonly learningRate: number;
  /** Mini-batch size for sgd, momentum and adam; 0 means the full batch. */
  readonly batchSize: number;
  /** Heavy-ball β for momentum. */
  readonly momentum: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly newtonTreatment: NewtonSingularTreatment;
  /** μ added to every Hessian eigenvalue when newtonTreatment is 'damping'. */
  readonly damping: number;
  /** Seeds the mini-batch order. */
  readonly seed: number;
}

export const DEFAULT_OPTIMIZER_SETTINGS: OptimizerSettings = {
  kind: 'gd',
  learningRate: 0.1,
  batchSize: 0,
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  newtonTreatment: 'pseudoinverse',
  damping: 1e-3,
  seed: 1,
};

/** What an optimiser reports about one step. Loss and gradient are of the full objective at θ before the step. */
export interface StepDiagnostics {
  readonly loss: number;
  /** ‖∇J‖₂. */
  readonly gradNorm: number;
  /** ‖∇J‖∞, the quantity compared with the tolerance. */
  readonly gradMaxNorm: number;
  /** ‖θ_after − θ_before‖₂ over the free parameters (0 when already converged or when J or ∇J is not finite). */
  readonly stepLength: number;
  /** True when ‖∇J‖∞ ≤ tolerance: θ was left as it was. */
  readonly converged: boolean;
  /** Newton only: whether the Hessian was singular and how the step dealt with it. */
  readonly hessian?: { readonly zeroEigenvalues: number; readonly treatment: 'inverse' | NewtonSingularTreatment };
  /** Newton and L-BFGS: the step size the backtracking line search accepted. */
  readonly lineSearchStep?: number;
}

/**
 * One optimiser with its internal state (moments, history, batch order). Updates `point` (both parts) in place;
 * every linear rule moves the two parts separately, so a huge class-mean never meets θ − m in one sum.
 */
export interface Optimizer {
  readonly kind: OptimizerKind;
  step(point: SplitPoint, objective: Objective, settings: OptimizerSettings, tolerance: number): StepDiagnostics;
}
