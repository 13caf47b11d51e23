import { ticks } from 'd3';
import type { ObjectiveSpec } from '../../model/objective';
import type { Parametrization } from '../../model/parameters';
import { freeParameterAt, type SliceAxisMeaning, type SliceBasis } from '../../model/sliceDirections';
import type { TrajectoryMove } from '../../store/trajectory';
import { CLASS_NAMES } from '../common/palette';
import { formatShortest } from '../common/format';
import { formatNumber } from '../common/format';

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number) => String(n).replace(/\d/g, (d) => SUBSCRIPT_DIGITS[Number(d)]);

/** What the labels need to know besides the axis itself. */
export interface LabelContext {
  readonly classes: number;
  readonly parametrization: Parametrization;
  /** The largest Hessian eigenvalue: eigenvalues this many times smaller than 1e-9 show as 0. */
  readonly largestEigenvalue: number;
}

/** b₀, w₀₁, w₀₂, b₁, …: the symbol of free parameter `index`. */
export function parameterSymbol(index: number, classes: number, parametrization: Parametrization): string {
  const { classIndex, component } = freeParameterAt(index, classes, parametrization);
  return component === 0 ? `b${subscript(classIndex)}` : `w${subscript(classIndex)}${subscript(component)}`;
}

/** "w₀₁ — class 0 (blue), weight on x₁": the symbol with what it does, for a select option. */
export function parameterDescription(index: number, classes: number, parametrization: Parametrization): string {
  const { classIndex, component } = freeParameterAt(index, classes, parametrization);
  const what = component === 0 ? 'bias' : `weight on x${subscript(component)}`;
  return `${parameterSymbol(index, classes, parametrization)} — class ${classIndex} (${CLASS_NAMES[classIndex]}), ${what}`;
}

export function eigenvalueText(value: number, largest: number): string {
  return Math.abs(value) <= 1e-9 * Math.abs(largest) ? '0' : formatNumber(value, 2);
}

/** "eigenvector 1 (h = 0.71)": eigenvectors are numbered from the largest eigenvalue, as in the spectrum. */
export function eigenvectorLabel(rank: number, eigenvalue: number, largest: number): string {
  return `eigenvector ${rank + 1} (h = ${eigenvalueText(eigenvalue, largest)})`;
}

export function axisLabel(meaning: SliceAxisMeaning, context: LabelContext): string {
  switch (meaning.kind) {
    case 'redundant-bias':
      return 'redundant: every bias + c';
    case 'parameter':
      return parameterDescription(meaning.index, context.classes, context.parametrization);
    case 'eigenvector':
      return eigenvectorLabel(meaning.rank, meaning.eigenvalue, context.largestEigenvalue);
  }
}

/**
 * How many free-parameter units one unit of an axis's own scale is. The redundant axis is the unit vector
 * 1_K ⊗ (1, 0, 0)/√K, so 1 along it adds only 1/√K to each bias: its ticks read the shift c added to every
 * bias instead, one c being √K along the axis. A parameter axis or a unit eigenvector reads in free units.
 */
export function axisUnit(meaning: SliceAxisMeaning, classes: number): number {
  return meaning.kind === 'redundant-bias' ? Math.sqrt(classes) : 1;
}

/** Ticks of an axis running over [−extent, extent] free units: where each sits (free units) and what it reads. */
export function axisTicks(extent: number, unit: number, count = 5): { position: number; label: string }[] {
  return ticks(-extent / unit, extent / unit, count).map((value) => ({ position: value * unit, label: formatShortest(value, 6) }));
}

/** A sentence on what the picture shows for this slice and these settings. */
export function sliceExplanation(basis: SliceBasis, spec: ObjectiveSpec, context: LabelContext): string {
  if (basis.firstIsRedundant) return `${redundantAxisExplanation(spec)} The horizontal axis reads c, the amount added to every class’s bias.`;
  return otherAxesExplanation(basis, spec, context);
}

function redundantAxisExplanation(spec: ObjectiveSpec): string {
  if (spec.l2 === 0) {
    return 'The contours run parallel to the redundant axis: moving along it changes nothing — the flat valley. Only the vertical direction changes the loss.';
  }
  if (!spec.penalizeBias) {
    return 'The bias is not penalised, so L2 ignores the shift of all biases: the contours still run parallel to it — the valley stays flat along that axis.';
  }
  return 'L2 on every entry adds (λ/2)‖θ‖², which grows along the redundant axis too: the flat valley becomes a bowl, and its bottom fixes the shared bias shift.';
}

function otherAxesExplanation(basis: SliceBasis, spec: ObjectiveSpec, context: LabelContext): string {
  if (basis.substitution === 'no-redundant-direction') {
    const r = spec.parametrization.referenceClass;
    return `With class ${r} (${CLASS_NAMES[r]}) fixed at 0 no direction is redundant, so this slice spans the two most curved Hessian eigenvectors instead: the loss changes along both axes.`;
  }
  if (basis.first.kind === 'eigenvector' && basis.second.kind === 'eigenvector') {
    const flat = [basis.first, basis.second].filter((axis) => eigenvalueText(axis.eigenvalue, context.largestEigenvalue) === '0');
    if (flat.length > 0) return 'An axis with eigenvalue h = 0 is a flat direction: the contours run parallel to it, as along the redundant shift.';
    return 'Along each eigenvector the curvature at θ is its eigenvalue h: the larger h, the closer together the contours along that axis.';
  }
  return 'Each axis changes one parameter while all the others keep their current values; tilted contours mean the two parameters trade off against each other.';
}

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "the last 60 steps and 13 shifts": the trail's moves counted by kind, since a shift is no optimiser step. */
export function trailDescription(moves: readonly TrajectoryMove[]): string {
  const steps = moves.filter((move) => move === 'step').length;
  const shifts = moves.length - steps;
  const parts = [steps > 0 ? counted(steps, 'step', 'steps') : '', shifts > 0 ? counted(shifts, 'shift of all classes', 'shifts of all classes') : ''].filter(Boolean);
  return `the last ${parts.join(' and ')}`;
}
