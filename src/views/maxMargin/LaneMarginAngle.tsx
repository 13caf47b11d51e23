import { angleBetween } from '../../model/maxMarginAngle';
import { useRace } from '../../store/race/RaceStoreContext';
import { formatNumber } from '../common/format';
import { useRaceReadout } from '../race/useRaceReadout';
import { useMaxMargin } from './useMaxMargin';

/**
 * One race lane's angle between θ − m and the hard-margin SVM direction of the parameters it moves. GD's angle
 * tends to 0 on separable data with λ = 0 (teaching-math §6); other optimisers need not share that limit.
 */
export function LaneMarginAngle({ index }: { index: number }) {
  const data = useRace((s) => s.data);
  const kind = useRace((s) => s.settings.lanes[index]?.parametrization ?? 'full');
  const referenceClass = useRace((s) => s.settings.lanes[index]?.referenceClass ?? 0);
  // The lane's θ − m, exact at any class-mean; ten times a second while the race plays.
  const identifiable = useRaceReadout((s) => s.lanes[index]?.theta);
  const svm = useMaxMargin(data, kind, referenceClass);
  let text: string;
  if (svm === null) text = 'solving…';
  else if (svm.kind === 'no-points') text = 'none (no points)';
  else if (svm.kind === 'not-separable') text = 'none (not separable)';
  else if (svm.kind === 'unsolved') text = 'not solved for these coordinates';
  else {
    const degrees = identifiable === undefined ? Number.NaN : (angleBetween(identifiable, svm.direction) * 180) / Math.PI;
    text = Number.isNaN(degrees) ? '— (θ − m = 0)' : `${formatNumber(degrees, 3)}°`;
  }
  return (
    <p className="race-lane-description" data-testid="lane-margin-angle">
      Angle to the max-margin SVM direction: {text}
    </p>
  );
}
