import { shallow } from 'zustand/shallow';
import { withoutRoundOff } from '../../model/roundOff';
import type { LaneRun, RaceStatus } from '../../store/race/raceRunState';
import { useRace } from '../../store/race/RaceStoreContext';
import { formatCount, formatNumber } from '../common/format';
import { emptyClassesText, percent } from './raceReadout';
import { LaneSwatch, laneName } from './laneStyle';
import { useRaceReadout } from './useRaceReadout';

interface RowContext {
  readonly pointCount: number;
  readonly race: RaceStatus;
}

interface Row {
  readonly name: string;
  value(lane: LaneRun, context: RowContext): string;
}

/** A lane still in the race is where the race is: ready before the first step, paused with it, else running. */
function describeStatus(lane: LaneRun, { race }: RowContext): string {
  if (lane.status === 'running') {
    if (race === 'ready') return 'ready';
    return race === 'paused' ? `paused at step ${formatCount(lane.steps)}` : 'running';
  }
  if (lane.status === 'diverged') return `diverged at step ${formatCount(lane.steps)}`;
  if (lane.status === 'converged') return `converged at step ${formatCount(lane.steps)}`;
  // Where J has no minimum the run never converges (teaching-math §6): it stops only when float64 cannot lower J.
  return lane.target.kind === 'optimum' ? `stopped at step ${formatCount(lane.steps)}, J no longer changes` : `stopped at step ${formatCount(lane.steps)}, not at a minimum`;
}

function describeZeros(lane: LaneRun): string {
  return lane.status === 'diverged' ? '—' : formatCount(lane.hessian.zeroEigenvalues);
}

/** κ = hₘₐₓ/hₘᵢₙ on the identifiable directions (teaching-math §9): comparable across parametrisations. */
function describeIdentifiableCondition(lane: LaneRun): string {
  if (lane.status === 'diverged') return '—';
  const { condition } = lane.hessian.identifiable;
  return Number.isFinite(condition) ? formatNumber(condition) : '∞ (a flat identifiable direction)';
}

function describeIdentifiableRange(lane: LaneRun): string {
  if (lane.status === 'diverged') return '—';
  const { smallest, largest } = lane.hessian.identifiable;
  return `${formatNumber(smallest)} to ${formatNumber(largest)}`;
}

function describeOptimum({ target }: LaneRun): string {
  if (target.kind === 'optimum') return formatNumber(target.loss, 6);
  if (target.kind === 'not-found') return 'not found';
  if (target.reason === 'completelySeparable') return 'none (separable, λ = 0)';
  if (target.reason === 'quasiCompletelySeparated') return 'none (quasi-completely separated, λ = 0)';
  return `none (${emptyClassesText(target.emptyClasses)} no points)`;
}

function describeReach(lane: LaneRun): string {
  if (lane.target.kind !== 'optimum') return 'no target';
  return lane.stepsToReach === null ? '—' : formatCount(lane.stepsToReach);
}

const ROWS: readonly Row[] = [
  { name: 'Status', value: describeStatus },
  { name: 'Loss J', value: (lane) => formatNumber(lane.loss, 5) },
  { name: 'Gradient norm ‖∇J‖', value: (lane) => formatNumber(lane.gradNorm) },
  { name: 'Lowest loss J*', value: describeOptimum },
  { name: 'Gap J − J*', value: (lane) => formatNumber(lane.gap) },
  { name: 'Steps to reach the target', value: describeReach },
  { name: '‖θ‖', value: (lane) => formatNumber(lane.thetaNorm) },
  // A diverged lane's m is whatever the failed step left, not something its optimiser does: no value.
  { name: '‖m‖ (class-mean)', value: (lane) => (lane.status === 'diverged' ? '—' : formatNumber(withoutRoundOff(lane.redundantNorm, lane.thetaNorm))) },
  { name: 'Zero eigenvalues of the Hessian', value: describeZeros },
  { name: 'κ on the identifiable directions', value: describeIdentifiableCondition },
  { name: 'hₘᵢₙ to hₘₐₓ there', value: describeIdentifiableRange },
  { name: 'Parameters', value: (lane) => formatCount(lane.parameters) },
  { name: 'Regions agreeing with lane 1', value: (lane) => percent(lane.agreement.regions) },
  { name: 'Points predicted as lane 1', value: (lane, { pointCount }) => `${formatCount(lane.agreement.points)} of ${formatCount(pointCount)}` },
];

/** The rows a compact summary keeps: where each lane is, and the row that answers the race's question. */
export const SUMMARY_ROWS: readonly string[] = ['Status', 'Loss J', 'Steps to reach the target', 'κ on the identifiable directions', '‖m‖ (class-mean)'];

/** The live table: one column per lane, one row per measurement (or only the rows named in `rows`). */
export function RaceTable({ rows }: { rows?: readonly string[] }) {
  // Ten times a second while the race plays; the lanes, their settings and the step from one state.
  const { lanes, settings, step } = useRaceReadout((s) => ({ lanes: s.lanes, settings: s.settings.lanes, step: s.step }), shallow);
  const pointCount = useRace((s) => s.points.length);
  const race = useRace((s) => s.status);
  return (
    <div className="race-table-frame">
      <table className="race-table">
        <caption className="sr-only">Race results at race step {formatCount(step)}</caption>
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
          {ROWS.filter((row) => rows === undefined || rows.includes(row.name)).map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              {lanes.map((lane, i) => (
                <td key={i}>{row.value(lane, { pointCount, race })}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
