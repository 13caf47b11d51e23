import type { IdentifiableCurvature } from '../../model/identifiableCurvature';
import type { ParametrizationKind } from '../../model/parameters';
import { formatNumber } from '../common/format';

/** Which directions κ is measured on, per parametrisation (teaching-math §9). */
const MEASURED_ON: Readonly<Record<ParametrizationKind, string>> = {
  full: 'the directions of θ − m, leaving out the 3 that add the same c to every row',
  reference: 'the free rows, which are all identifiable',
};

/**
 * κ = h_max/h_min on the directions that change the classifier: finite for the full model even where H is
 * singular, and the number to compare with a reference class's (near the minimiser, GD at step η shrinks the
 * error along the flattest of them by 1 − η·h_min per step).
 */
export function IdentifiableCondition({ curvature, kind }: { curvature: IdentifiableCurvature; kind: ParametrizationKind }) {
  const finite = Number.isFinite(curvature.condition);
  return (
    <p className="spectrum-condition spectrum-identifiable">
      On the directions that change the classifier ({MEASURED_ON[kind]}): κ ={' '}
      <strong>{finite ? formatNumber(curvature.condition) : '∞'}</strong>, with h<sub>min</sub> = {finite ? formatNumber(curvature.smallest) : '0'} and h
      <sub>max</sub> = {formatNumber(curvature.largest)}
      {finite ? '' : ' (one of them is flat at this θ)'}. This κ can be compared between the full model and a reference class.
    </p>
  );
}
