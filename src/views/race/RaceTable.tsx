import { withoutRoundOff } from '../../model/roundOff';
import type { LaneRun } from '../../store/race/raceRunState';
import { useRace } from '../../store/race/RaceStoreContext';
import { formatNumber } from '../common/format';
import { LaneSwatch, laneName } from './laneStyle';

interface Row {
  readonly name: string;
  value(lane: LaneRun, context: { step: number; pointCount: number }): string;
}

function describeStatus(lane: LaneRun): string {
  if (lane.status === 'running') return 'running';
  return `${lane.status} at step ${lane.steps}`;
}

function describeCondition(lane: LaneRun): string {
  const { conditionNumber, zeroEigenvalues } = lane.hessian;
  if (zeroEigenvalues > 0) return `∞ (${zeroEigenvalues} zero eigenvalue${zeroEigenvalues === 1 ? '' : 's'})`;
  return formatNumber(conditionNumber);
}

const ROWS: readonly Row[] = [
  { name: 'Status', value: describeStatus },
  { name: 'Loss J', value: (lane) => formatNumber(lane.loss, 5) },
  { name: 'Gradient norm ‖∇J‖', value: (lane) => formatNumber(lane.gradNorm) },
  { name: 'Gap to best loss', value: (lane) => formatNumber(lane.gap) },
  { name: 'Steps to reach tolerance', value: (lane, { step }) => (step === 0 ? '—' : lane.stepsToReach === null ? 'not yet' : String(lane.stepsToReach)) },
  { name: '‖θ‖', value: (lane) => formatNumber(lane.thetaNorm) },
  { name: '‖m‖ (class-mean)', value: (lane) => formatNumber(withoutRoundOff(lane.redundantNorm, lane.thetaNorm)) },
  { name: 'Condition number of the Hessian', value: describeCondition },
  { name: 'Parameters', value: (lane) => String(lane.parameters) },
  { name: 'Time per step (µs)', value: (lane) => formatNumber(lane.microsecondsPerStep, 1) },
  { name: 'Regions agreeing with lane 1', value: (lane) => `${(lane.agreement.regions * 100).toFixed(1)}%` },
  { name: 'Points predicted as lane 1', value: (lane, { pointCount }) => `${lane.agreement.points} of ${pointCount}` },
];

/** The live table: one column per lane, one row per measurement. */
export function RaceTable() {
  const lanes = useRace((s) => s.lanes);
  const settings = useRace((s) => s.settings.lanes);
  const step = useRace((s) => s.step);
  const pointCount = useRace((s) => s.points.length);
  return (
    <div className="race-table-frame">
      <table className="race-table">
        <caption className="sr-only">Race results at race step {step}</caption>
        <thead>
          <tr>
            <th scope="col">Lane</th>
            {settings.map((lane, i) => (
              <th key={i} scope="col">
                <LaneSwatch index={i} /> {laneName(i)} · {lane.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              {lanes.map((lane, i) => (
                <td key={i}>{row.value(lane, { step, pointCount })}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
