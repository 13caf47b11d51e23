import type { StepDiagnostics } from '../../model/optimizers';
import { formatShortest } from '../common/format';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * What the last second-order step reported, as a sentence: how Newton dealt with the Hessian it met, and the
 * step size the line search accepted. Null when the last step was first-order (or there was none).
 */
export function describeLastStep(lastStep: StepDiagnostics | null): string | null {
  if (lastStep === null) return null;
  const { hessian, lineSearchStep } = lastStep;
  const lineSearch = lineSearchStep === undefined ? null : `line search accepted step size ${formatShortest(lineSearchStep, 4)}`;
  if (hessian === undefined) return lineSearch === null ? null : `Last step: ${lineSearch}.`;
  const zeros = plural(hessian.zeroEigenvalues, 'zero eigenvalue');
  const treatment =
    hessian.treatment === 'inverse'
      ? 'Hessian invertible (no zero eigenvalues), used its inverse'
      : hessian.treatment === 'pseudoinverse'
        ? `Hessian singular (${zeros}), used the pseudo-inverse`
        : `Hessian singular (${zeros}), added damping μ to every eigenvalue`;
  return `Last step: ${treatment}${lineSearch === null ? '' : `; ${lineSearch}`}.`;
}
