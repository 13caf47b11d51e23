import type { Objective } from '../objective';
import type { SplitPoint } from '../splitPoint';

/** How Newton treats a singular Hessian (the full, unregularised model always has one). */
export type NewtonSingularTreatment = 'pseudoinverse' | 'damping';

/** Hyper-parameters of every optimiser; each reads the ones its registry entry lists. Plain data, changeable between steps. */
export interface HyperParameters {
  /** η, for the optimisers without a line search. */
  readonly learningRate: number;
  /** Mini-batch size for the stochastic optimisers; 0 means the full batch. */
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

/** The hyper-parameters a user edits (the mini-batch seed is fixed so runs repeat). */
export type EditableHyperParameter = Exclude<keyof HyperParameters, 'seed'>;

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
  /** The optimisers with a line search: the step size it accepted. */
  readonly lineSearchStep?: number;
}

/**
 * One optimiser with its internal state (moments, history, batch order). Updates `point` (both parts) in place;
 * every linear rule moves the two parts separately, so a huge class-mean never meets θ − m in one sum.
 */
export interface Optimizer {
  step(point: SplitPoint, objective: Objective, settings: HyperParameters, tolerance: number): StepDiagnostics;
}

/** How an exported Python script carries out an optimiser's step (see codeExport). */
export interface ScriptedStep {
  /** The Python constants the update reads, as names and values: [["BETA", 0.9]]. */
  constants(settings: HyperParameters): readonly (readonly [name: string, value: number])[];
  /** NumPy: state set up before the loop (ending in a newline, or empty) and the update, given the gradient `g`. */
  readonly numpy: { readonly state: string; readonly step: string };
  /** PyTorch: the torch.optim constructor whose rule equals the engine's for a constant learning rate. */
  readonly pytorch: string;
}

/**
 * Everything the app knows about one optimiser, in one object: the registry (registry.ts) collects them, and every
 * list, select, message, lane name, export and test reads them from there.
 */
export interface OptimizerDefinition {
  /** The short name: the Optimizer select, the race's lane names and the run's messages ("GD"). */
  readonly label: string;
  /** The name in the middle of a sentence ("so gradient descent never moves m"). */
  readonly nameInProse: string;
  /** One line: what it does with the gradient, in the terms the lab's other panels use. */
  readonly description: string;
  /** The hyper-parameters it reads, so the controls show only those (Newton's damping μ only when damping). */
  settingsUsed(settings: HyperParameters): readonly EditableHyperParameter[];
  /** A fresh optimiser (empty moments, history and batch order) for `dimension` free parameters. */
  create(dimension: number, seed: number): Optimizer;
  /** Picks its own step size by a backtracking line search (so the learning rate means nothing to it). */
  readonly lineSearch: boolean;
  /** Takes the plain step θ ← θ − η∇J (on all points or a mini-batch), whose stability the step-size law describes. */
  readonly plainStep: boolean;
  /** Draws seeded mini-batches when the batch size is below N. */
  readonly miniBatches: boolean;
  /**
   * Moves the redundant class-mean m without L2: only a rule that is not a linear combination of gradients
   * does, since the K rows' gradients sum to zero (teaching-math). Property-tested in optimizers.test.ts.
   */
  readonly movesClassMean: boolean;
  /** What the stable-step mark 2/λmax(H) means for it away from plain steps on all points; null where it never is. */
  readonly stableStepNote: string | null;
  /** Its hyper-parameters in a lane's name, after the label: " η = 0.5, batch 10" (may be empty). */
  describeSettings(settings: HyperParameters): string;
  /** How exported scripts replay it; null when they cannot (they run gradient descent instead and say so). */
  readonly script: ScriptedStep | null;
}
