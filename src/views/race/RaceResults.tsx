import { shallow } from 'zustand/shallow';
import { RACE_STOP_GRADIENT } from '../../store/race/laneRunner';
import { AGREEMENT_RESOLUTION } from '../../store/race/raceBuild';
import { useRace } from '../../store/race/RaceStoreContext';
import { Panel } from '../common/Panel';
import { raceReadout } from './raceReadout';
import { formatShortest } from '../../model/numberFormat';
import { OPTIMUM_GRADIENT } from '../../model/race/lossTarget';
import { RaceTable } from './RaceTable';
import { useRaceReadout } from './useRaceReadout';

/** The paragraph that answers the race's question; announced to screen readers only while the race stands still. */
export function RaceReadout() {
  // Ten times a second while the race plays; the step, the runs and their settings from one state.
  const { step, runs, settings } = useRaceReadout((s) => ({ step: s.step, runs: s.lanes, settings: s.settings.lanes }), shallow);
  const tolerance = useRace((s) => s.settings.tolerance);
  const separation = useRace((s) => s.separation);
  const pointCount = useRace((s) => s.points.length);
  const playing = useRace((s) => s.playing);
  const text = raceReadout({ step, tolerance, separation, pointCount, lanes: runs.map((run, i) => ({ run, settings: settings[i] })) });
  return (
    <p className="race-readout" aria-live={playing ? 'off' : 'polite'}>
      {text}
    </p>
  );
}

/** The live table, what its less obvious rows mean, and the read-out. */
export function RaceResults() {
  const tolerance = useRace((s) => s.settings.tolerance);
  return (
    <Panel title="Race results" className="race-results">
      <RaceTable />
      <p className="race-note race-definitions">
        <strong>J*</strong>: the lowest loss of the lane’s objective, found once when the race starts by Newton’s method run until
        ‖∇J‖∞ ≤ {formatShortest(OPTIMUM_GRADIENT)} (lanes without L2 share one J*; L2 changes it). <strong>Target</strong>: loss within{' '}
        {formatShortest(tolerance)} of J*. <strong>Steps to reach the target</strong>: final once shown, “—” until then; where the loss
        has no minimum there is no target. <strong>‖m‖</strong>: norm of the class-mean of θ, the part no probability depends on.{' '}
        <strong>Agreement</strong>: predicted classes compared with lane 1 on a {AGREEMENT_RESOLUTION}×{AGREEMENT_RESOLUTION} grid over the
        plot, and on the points. <strong>Stopping rule</strong>: a lane stops when ‖∇J‖∞ ≤ {formatShortest(RACE_STOP_GRADIENT)} where the loss has a minimum, or when J no longer changes in float64; the Hessian and
        agreement rows refresh a few times a second.
      </p>
      <RaceReadout />
    </Panel>
  );
}
