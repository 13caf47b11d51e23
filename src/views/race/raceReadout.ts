import { nearestSampleIndex } from '../curves/chartDomain';
import { withoutRoundOff } from '../../model/roundOff';
import type { LaneRun } from '../../store/race/raceRunState';
import type { LaneSettings } from '../../store/race/raceSettings';
import { describeOptimizer } from '../../store/race/laneDescription';
import { RACE_STOP_GRADIENT } from '../../store/race/laneRunner';
import { formatNumber } from '../common/format';

export interface ReadoutLane {
  readonly settings: LaneSettings;
  readonly run: LaneRun;
}

export interface ReadoutInput {
  readonly step: number;
  readonly tolerance: number;
  readonly separable: boolean;
  readonly pointCount: number;
  readonly lanes: readonly ReadoutLane[];
}

/** ‖θ‖ changing by less than this fraction over the second half of the run counts as settled. */
const SETTLED_FRACTION = 1e-3;

/**
 * One paragraph that answers the race's question from its numbers: who reached the tolerance when, whether the
 * classifiers agree, which lanes moved the class-mean m, which Hessians are singular and, on separable data,
 * whose ‖θ‖ keeps growing. Every clause is computed from the run; none is canned.
 */
export function raceReadout(input: ReadoutInput): string {
  const { step, lanes, pointCount } = input;
  if (step === 0) {
    return `Press Play race or Step race. Every lane starts from the same θ on the same ${pointCount} points, so the lanes differ only in their settings.`;
  }
  return [reachSentence(input), verdictSentence(lanes), agreementSentence(lanes, pointCount), redundantSentence(lanes), hessianSentence(lanes), separableSentence(input), stopSentence(lanes)]
    .filter((sentence): sentence is string => sentence !== null)
    .map(capitalized)
    .join(' ');
}

function reachSentence({ step, tolerance, lanes }: ReadoutInput): string {
  const reached = lanes.filter((lane) => lane.run.stepsToReach !== null);
  const waiting = lanes.filter((lane) => lane.run.stepsToReach === null);
  const parts: string[] = [];
  if (reached.length > 0) {
    const names = list(reached.map((lane) => lane.settings.label));
    const steps = list(reached.map((lane) => String(lane.run.stepsToReach)));
    parts.push(`${names} came within ${formatTolerance(tolerance)} of the best loss in ${steps} step${reached.length === 1 && reached[0].run.stepsToReach === 1 ? '' : 's'}${reached.length > 1 ? ' respectively' : ''}`);
  }
  if (waiting.length > 0) {
    parts.push(`${list(waiting.map((lane) => `${lane.settings.label} (gap ${formatNumber(lane.run.gap)})`))} ${waiting.length === 1 ? 'has' : 'have'} not yet`);
  }
  const regularised = lanes.some((lane) => lane.settings.l2 > 0) ? ' (a lane with L2 is measured against the best loss of its own objective)' : '';
  return `After ${step} race step${step === 1 ? '' : 's'}, ${parts.join(', while ')}${regularised}.`;
}

/**
 * The race's question answered directly where it can be: for a full and a reference lane that differ in nothing
 * else, whether the full model's 3 extra parameters cost steps to reach the tolerance.
 */
function verdictSentence(lanes: readonly ReadoutLane[]): string | null {
  const full = lanes.find((lane) => lane.settings.parametrization === 'full' && lane.run.stepsToReach !== null);
  if (full === undefined) return null;
  const twin = lanes.find(
    (lane) =>
      lane.settings.parametrization === 'reference' &&
      lane.run.stepsToReach !== null &&
      lane.settings.l2 === full.settings.l2 &&
      (lane.settings.l2 === 0 || lane.settings.penalizeBias === full.settings.penalizeBias) &&
      describeOptimizer(lane.settings.optimizer) === describeOptimizer(full.settings.optimizer),
  );
  if (twin === undefined) return null;
  const [fullSteps, twinSteps] = [full.run.stepsToReach!, twin.run.stepsToReach!];
  const extra = full.run.parameters - twin.run.parameters;
  const optimizer = describeOptimizer(full.settings.optimizer);
  if (fullSteps <= twinSteps) {
    return `So with ${optimizer}, over-parameterisation cost ${extra} parameters but no steps: ${full.settings.label} needed ${fullSteps === twinSteps ? 'as many' : `${twinSteps - fullSteps} fewer`}.`;
  }
  return `So with ${optimizer}, over-parameterisation cost ${extra} parameters and ${fullSteps - twinSteps} steps.`;
}

function agreementSentence(lanes: readonly ReadoutLane[], pointCount: number): string | null {
  if (lanes.length < 2) return null;
  const [first, ...others] = lanes;
  const differences = others.map((lane) => {
    const share = 1 - lane.run.agreement.regions;
    const pixels = share === 0 ? 'no pixel' : `${percent(share)} of the pixels`;
    const points = pointCount - lane.run.agreement.points;
    return `${lane.settings.label} on ${pixels} (${points === 0 ? 'no point' : `${points} of ${pointCount} points`})`;
  });
  return `Compared with ${first.settings.label}, the predicted classes differ for ${list(differences)}.`;
}

function redundantSentence(lanes: readonly ReadoutLane[]): string | null {
  const full = lanes.filter((lane) => lane.settings.parametrization === 'full');
  if (full.length === 0) return null;
  const described = full.map((lane) => {
    const start = lane.run.history.samples[0];
    const before = start === undefined ? Number.NaN : withoutRoundOff(start.redundantNorm, start.thetaNorm);
    const now = withoutRoundOff(lane.run.redundantNorm, lane.run.thetaNorm);
    return { label: lane.settings.label, before, now, moved: Math.abs(now - before) > 0 };
  });
  const moved = described.filter((lane) => lane.moved);
  const kept = described.filter((lane) => !lane.moved);
  const movedText = moved.length > 0 ? `moved in ${list(moved.map((lane) => `${lane.label} (‖m‖ ${formatNumber(lane.before)} → ${formatNumber(lane.now)})`))}` : null;
  const keptText = kept.length > 0 ? `stayed where it started in ${list(kept.map((lane) => lane.label))}` : null;
  return `The class-mean m, which no probability depends on, ${[movedText, keptText].filter(Boolean).join(' and ')}.`;
}

function hessianSentence(lanes: readonly ReadoutLane[]): string | null {
  const singular = lanes.filter((lane) => lane.run.hessian.zeroEigenvalues > 0);
  const regular = lanes.filter((lane) => lane.run.hessian.zeroEigenvalues === 0 && Number.isFinite(lane.run.hessian.conditionNumber));
  const parts: string[] = [];
  if (singular.length > 0) {
    const zeros = list(singular.map((lane) => `${lane.settings.label} (${lane.run.parameters} parameters, ${lane.run.hessian.zeroEigenvalues} zero eigenvalue${lane.run.hessian.zeroEigenvalues === 1 ? '' : 's'})`));
    parts.push(`the Hessian is singular for ${zeros}`);
  }
  if (regular.length > 0) {
    parts.push(`its condition number is ${list(regular.map((lane) => `${formatNumber(lane.run.hessian.conditionNumber)} for ${lane.settings.label} (${lane.run.parameters} parameters)`))}`);
  }
  if (parts.length === 0) return null;
  return `${parts.join('; ')}.`;
}

function separableSentence({ separable, step, lanes }: ReadoutInput): string | null {
  if (!separable) return null;
  const growth = lanes.map((lane) => {
    const samples = lane.run.history.samples;
    const middle = samples[nearestSampleIndex(samples, step / 2)];
    const before = middle?.thetaNorm ?? Number.NaN;
    return { lane, label: lane.settings.label, before, now: lane.run.thetaNorm, grew: lane.run.thetaNorm - before > SETTLED_FRACTION * before };
  });
  // An unregularised lane that "converged" here only got its gradient under the stopping threshold: it has no minimum to be at.
  const cutShort = growth.filter(({ lane }) => lane.run.status === 'converged' && lane.settings.l2 === 0);
  const considered = growth.filter((entry) => !cutShort.includes(entry) && Number.isFinite(entry.before));
  const growing = considered.filter((entry) => entry.grew);
  const settled = considered.filter((entry) => !entry.grew);
  const parts: string[] = [];
  if (growing.length > 0) parts.push(`‖θ‖ is still growing in ${list(growing.map((entry) => `${entry.label} (${formatNumber(entry.before)} → ${formatNumber(entry.now)})`))}`);
  if (settled.length > 0) parts.push(`it has settled in ${list(settled.map((entry) => `${entry.label} (${formatNumber(entry.now)})`))}`);
  const race = parts.length > 0 ? `: over the second half of the race ${parts.join(' while ')}` : '';
  const stopped =
    cutShort.length > 0
      ? ` ${list(cutShort.map((entry) => entry.label))} stopped only because ‖∇J‖∞ fell below ${formatTolerance(RACE_STOP_GRADIENT)}, at ‖θ‖ = ${list(cutShort.map((entry) => formatNumber(entry.now)))}, not at a minimum.`
      : '';
  return `These points are linearly separable, so without L2 the loss has no minimum${race}.${stopped}`;
}

function stopSentence(lanes: readonly ReadoutLane[]): string | null {
  const stopped = lanes.filter((lane) => lane.run.status !== 'running');
  if (stopped.length === 0) return null;
  return `${list(stopped.map((lane) => `${lane.settings.label} ${lane.run.status} at step ${lane.run.steps}`))}.`;
}

/** Sentences start with a capital, but only a Latin one: "λ = 0 converged" must not become "Λ = 0 converged". */
function capitalized(sentence: string): string {
  return /^[a-z]/.test(sentence) ? sentence.charAt(0).toUpperCase() + sentence.slice(1) : sentence;
}

function percent(share: number): string {
  const value = share * 100;
  return `${value < 0.1 ? value.toPrecision(1) : value.toFixed(1)}%`;
}

/** A tolerance as people write it: 0.01, or 1e−6 rather than 0.000001. */
export function formatTolerance(tolerance: number): string {
  return tolerance >= 1e-3 ? String(tolerance) : tolerance.toExponential().replace('e-', 'e−');
}

/** "a", "a and b", "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
