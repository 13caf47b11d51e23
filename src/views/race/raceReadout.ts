import { nearestSampleIndex } from '../charts/chartDomain';
import { withoutRoundOff } from '../../model/roundOff';
import type { LaneRun } from '../../store/race/raceRunState';
import type { LaneSettings } from '../../store/race/raceSettings';
import { describeOptimizer } from '../../store/race/laneDescription';
import { RACE_STOP_GRADIENT } from '../../store/race/laneRunner';
import { formatCount, formatNumber } from '../common/format';
import { formatShortest } from '../../model/numberFormat';
import { OPTIMUM_GRADIENT, type LossTarget } from '../../model/race/lossTarget';
import type { Separation } from '../../model/separability';

export interface ReadoutLane {
  readonly settings: LaneSettings;
  readonly run: LaneRun;
}

export interface ReadoutInput {
  readonly step: number;
  readonly tolerance: number;
  /** How the race's points lie (classifySeparation). */
  readonly separation: Separation;
  readonly pointCount: number;
  readonly lanes: readonly ReadoutLane[];
}

/** ‖θ‖ changing by less than this fraction over the second half of the run counts as settled. */
const SETTLED_FRACTION = 1e-3;

/**
 * One paragraph that answers the race's question from its numbers: who reached the fixed target when, whether the
 * classifiers agree, which lanes moved the class-mean m, which Hessians are singular and why and, on separated
 * or quasi-separated points, whose ‖θ‖ keeps growing. Every clause is computed from the run; none is canned.
 */
export function raceReadout(input: ReadoutInput): string {
  const { step, lanes, pointCount } = input;
  if (step === 0) {
    return `Press Play race or Step race. Every lane starts from the same θ on the same ${formatCount(pointCount)} points, so the lanes differ only in their settings.`;
  }
  return [targetSentence(input), reachSentence(input), verdictSentence(lanes), agreementSentence(lanes, pointCount), redundantSentence(lanes), hessianSentence(lanes), separationSentence(input), stopSentence(input)]
    .filter((sentence): sentence is string => sentence !== null)
    .map(capitalized)
    .join(' ');
}

const steps = (count: number) => `${formatCount(count)} step${count === 1 ? '' : 's'}`;

/** What the race measures: the fixed target, and why a lane has none. */
function targetSentence({ tolerance, lanes }: ReadoutInput): string {
  const own = lanes.some((lane) => lane.settings.l2 > 0 && lane.run.target.kind === 'optimum') ? ' (L2 changes J*, so a lane with L2 has its own)' : '';
  const without = lanes.flatMap(({ settings, run: { target } }) => (target.kind === 'optimum' ? [] : [{ settings, target }]));
  const reasons = new Set(without.map((lane) => noTargetReason(lane.target)));
  // With no J* anywhere, "the lowest loss of the lane's objective" would name something that does not exist.
  if (without.length === lanes.length) return `No lane has a target: ${list([...reasons])}.`;
  const none =
    without.length > 0
      ? ` ${capitalized(`${list(without.map((lane) => lane.settings.label))} ${without.length === 1 ? 'has' : 'have'} no target: ${list([...reasons])}.`)}`
      : '';
  return `The target is a loss within ${formatShortest(tolerance)} of J*, the lowest loss of the lane’s objective${own}.${none}`;
}

function noTargetReason(target: Exclude<LossTarget, { kind: 'optimum' }>): string {
  if (target.kind === 'not-found') return `the loss has a minimum, but Newton’s method did not find it to ‖∇J‖∞ ≤ ${formatShortest(OPTIMUM_GRADIENT)}`;
  if (target.reason === 'completelySeparable') return 'on separable points without L2 the loss has no minimum';
  if (target.reason === 'quasiCompletelySeparated') return 'on quasi-completely separated points without L2 the loss has no minimum';
  // True in both parametrisations: with an empty class as the reference class its bias stays 0 and the others rise.
  const { emptyClasses } = target;
  return `${emptyClassesText(emptyClasses)} no points and no penalty holds the biases, so J falls for ever as the biases of the classes with points rise together relative to ${emptyClasses.length === 1 ? `class ${emptyClasses[0]}’s` : 'theirs'}: the loss has no minimum`;
}

/** "class 2 has", "classes 2 and 3 have". */
export function emptyClassesText(classes: readonly number[]): string {
  return classes.length === 1 ? `class ${classes[0]} has` : `classes ${list(classes.map(String))} have`;
}

/** Steps to the fixed target: a count once shown is final; lanes still on their way show their gap. */
function reachSentence({ step, lanes }: ReadoutInput): string | null {
  const withTarget = lanes.filter((lane) => lane.run.target.kind === 'optimum');
  if (withTarget.length === 0) return null;
  const reached = withTarget.filter((lane) => lane.run.stepsToReach !== null);
  const diverged = withTarget.filter((lane) => lane.run.stepsToReach === null && lane.run.status === 'diverged');
  const waiting = withTarget.filter((lane) => lane.run.stepsToReach === null && lane.run.status !== 'diverged');
  const parts: string[] = [];
  if (reached.length > 0) parts.push(list(reached.map((lane, i) => `${lane.settings.label}${i === 0 ? ' reached it' : ''} at step ${formatCount(lane.run.stepsToReach!)}`)));
  if (waiting.length > 0) {
    const gaps = list(waiting.map((lane) => `${lane.settings.label} (J − J* = ${formatNumber(lane.run.gap)})`));
    parts.push(`${gaps} ${waiting.length === 1 ? 'has' : 'have'} not yet`);
  }
  if (diverged.length > 0) parts.push(`${list(diverged.map((lane) => lane.settings.label))} diverged before reaching it`);
  return `After ${formatCount(step)} race step${step === 1 ? '' : 's'}, ${parts.join('; ')}.`;
}

/**
 * For a full and a reference lane that differ in nothing else and both reached the target: how many steps
 * apart, on these points, with this optimiser. No general rule is known (teaching-math §9: the full model is
 * usually faster for GD, not always), so the sentence reports this run and says so.
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
  const fullName = `${full.settings.label} (${formatCount(full.run.parameters)} parameters)`;
  const twinName = `${twin.settings.label} (${formatCount(twin.run.parameters)} parameters)`;
  const comparison =
    fullSteps === twinSteps
      ? `in as many steps as ${twinName}`
      : `${steps(Math.abs(fullSteps - twinSteps))} ${fullSteps < twinSteps ? 'sooner' : 'later'} than ${twinName}`;
  return `With ${describeOptimizer(full.settings.optimizer)} on these points, ${fullName} reached the target ${comparison}. That is this run only: no general rule.`;
}

/** Lanes with a θ worth describing: a diverged lane stopped at the last finite θ of a run that failed. */
const finiteLanes = (lanes: readonly ReadoutLane[]) => lanes.filter((lane) => lane.run.status !== 'diverged');

function agreementSentence(lanes: readonly ReadoutLane[], pointCount: number): string | null {
  const [first] = lanes;
  const others = finiteLanes(lanes.slice(1));
  if (first === undefined || first.run.status === 'diverged' || others.length === 0) return null;
  const differences = others.map((lane) => {
    const share = 1 - lane.run.agreement.regions;
    const pixels = share === 0 ? 'no pixel' : `${percent(share)} of the pixels`;
    const points = pointCount - lane.run.agreement.points;
    return `${lane.settings.label} on ${pixels} (${points === 0 ? 'no point' : `${points} of ${pointCount} points`})`;
  });
  return `Compared with ${first.settings.label}, the predicted classes differ for ${list(differences)}.`;
}

/**
 * Which full lanes moved m. A diverged lane is left out: what a non-finite or last-finite θ says about m is a
 * property of the divergence, not of the optimiser (GD cannot move m at all; teaching-math §3).
 */
function redundantSentence(lanes: readonly ReadoutLane[]): string | null {
  const described = lanes
    .filter((lane) => lane.settings.parametrization === 'full' && lane.run.status !== 'diverged')
    .map((lane) => {
      const start = lane.run.history.samples[0];
      const before = start === undefined ? Number.NaN : withoutRoundOff(start.redundantNorm, start.thetaNorm);
      const now = withoutRoundOff(lane.run.redundantNorm, lane.run.thetaNorm);
      return { label: lane.settings.label, before, now, moved: Math.abs(now - before) > 0 };
    })
    .filter((lane) => Number.isFinite(lane.before) && Number.isFinite(lane.now));
  if (described.length === 0) return null;
  const moved = described.filter((lane) => lane.moved);
  const kept = described.filter((lane) => !lane.moved);
  const movedText = moved.length > 0 ? `moved in ${list(moved.map((lane) => `${lane.label} (‖m‖ ${formatNumber(lane.before)} → ${formatNumber(lane.now)})`))}` : null;
  const keptText = kept.length > 0 ? `stayed where it started in ${list(kept.map((lane) => lane.label))}` : null;
  return `The class-mean m, which no probability depends on, ${[movedText, keptText].filter(Boolean).join(' and ')}.`;
}

const zeroCount = (count: number) => `${formatCount(count)} zero eigenvalue${count === 1 ? '' : 's'}`;

/**
 * Which Hessians are singular, and why. The zeros the objective has at every finite θ lie along directions no
 * probability depends on (probabilityFreeDirections: 3, 1 or 0, more on points along one line); any beyond them
 * are saturation: the probabilities that change along them are pinned near 0 or 1, so their curvature, which
 * scales with P(1 − P), is positive but too small to tell from zero (separated or quasi-separated points, large θ).
 */
function hessianSentence(all: readonly ReadoutLane[]): string | null {
  const lanes = finiteLanes(all);
  const singular = lanes.filter((lane) => lane.run.hessian.zeroEigenvalues > 0);
  const structural = singular.filter((lane) => lane.run.hessian.zeroEigenvalues === lane.run.hessian.probabilityFree);
  const saturated = singular.filter((lane) => lane.run.hessian.zeroEigenvalues > lane.run.hessian.probabilityFree);
  const counted = singular.filter((lane) => lane.run.hessian.zeroEigenvalues < lane.run.hessian.probabilityFree);
  const parameters = (lane: ReadoutLane) => `${formatCount(lane.run.parameters)} parameters`;
  const laneZeros = (lane: ReadoutLane) => `${lane.settings.label} (${parameters(lane)}, ${zeroCount(lane.run.hessian.zeroEigenvalues)})`;
  const parts: string[] = [];
  if (structural.length > 0) {
    const zeros = list(structural.map(laneZeros));
    parts.push(`the Hessian is singular for ${zeros}, along directions no probability depends on`);
  }
  if (saturated.length > 0) {
    const zeros = list(
      saturated.map(({ settings, run }) => {
        const { zeroEigenvalues, probabilityFree } = run.hessian;
        const extra = zeroEigenvalues - probabilityFree;
        const split = probabilityFree === 0 ? ', from saturation' : `: ${formatCount(probabilityFree)} along directions no probability depends on, ${formatCount(extra)} from saturation`;
        return `${settings.label} (${parameters({ settings, run })}, ${zeroCount(zeroEigenvalues)}${split})`;
      }),
    );
    const also = structural.length > 0 ? 'it is also singular' : 'the Hessian is singular';
    parts.push(
      `${also} for ${zeros}: saturation means that the only probabilities changing along such a direction are pinned near 0 or 1, so the curvature along it is positive but too small to tell from zero`,
    );
  }
  // Fewer zeros than the structural directions cannot happen in exact arithmetic; then only the count is claimed.
  if (counted.length > 0) {
    const also = parts.length > 0 ? 'it is also singular' : 'the Hessian is singular';
    parts.push(`${also} for ${list(counted.map(laneZeros))}`);
  }
  const measured = lanes.filter((lane) => Number.isFinite(lane.run.hessian.identifiable.condition));
  if (measured.length > 0) {
    const values = list(measured.map((lane) => `${formatNumber(lane.run.hessian.identifiable.condition)} for ${lane.settings.label} (hₘᵢₙ = ${formatNumber(lane.run.hessian.identifiable.smallest)})`));
    parts.push(`at the current θ, κ = hₘₐₓ/hₘᵢₙ on the directions that change the classifier is ${values}`);
  }
  if (parts.length === 0) return null;
  return `${parts.join('; ')}.`;
}

/** Points on which J without L2 has no minimiser however the lanes are parametrised (Albert and Anderson). */
const SEPARATED: Partial<Record<Separation, string>> = {
  completelySeparable: 'These points are linearly separable',
  quasiCompletelySeparated:
    'These points are quasi-completely separated (some θ classifies every point correctly or puts it on a boundary, at least one correctly)',
};

function separationSentence({ separation, step, lanes }: ReadoutInput): string | null {
  const opening = SEPARATED[separation];
  if (opening === undefined) return null;
  const growth = lanes.map((lane) => {
    const samples = lane.run.history.samples;
    const middle = samples[nearestSampleIndex(samples, step / 2)];
    const before = middle?.thetaNorm ?? Number.NaN;
    return { lane, label: lane.settings.label, before, now: lane.run.thetaNorm, grew: lane.run.thetaNorm - before > SETTLED_FRACTION * before };
  });
  // Without L2 a lane here never converges (there is no minimum to be at): it stops only when float64 cannot lower J.
  const cutShort = growth.filter(({ lane }) => stoppedShort(lane));
  // A diverged lane's ‖θ‖ says how it diverged, not whether the loss has a minimum.
  const considered = growth.filter(
    (entry) => !cutShort.includes(entry) && entry.lane.run.status !== 'diverged' && Number.isFinite(entry.before) && Number.isFinite(entry.now),
  );
  const growing = considered.filter((entry) => entry.grew);
  const settled = considered.filter((entry) => !entry.grew);
  const parts: string[] = [];
  if (growing.length > 0) parts.push(`‖θ‖ is still growing in ${list(growing.map((entry) => `${entry.label} (${formatNumber(entry.before)} → ${formatNumber(entry.now)})`))}`);
  if (settled.length > 0) parts.push(`it has settled in ${list(settled.map((entry) => `${entry.label} (${formatNumber(entry.now)})`))}`);
  const race = parts.length > 0 ? `: over the second half of the race ${parts.join(' while ')}` : '';
  const stopped =
    cutShort.length > 0
      ? ` ${list(cutShort.map((entry) => entry.label))} stopped only because float64 can no longer lower J, at ‖θ‖ = ${list(cutShort.map((entry) => formatNumber(entry.now)))}, not at a minimum.`
      : '';
  return `${opening}, so without L2 the loss has no minimum${race}.${stopped}`;
}

/** A lane that stopped because J no longer changes in float64, where its J has no minimum to stop at. */
const stoppedShort = (lane: ReadoutLane) => lane.run.status === 'stalled' && lane.run.target.kind === 'no-minimum';

/**
 * Lanes that stopped: at ‖∇J‖∞ ≤ RACE_STOP_GRADIENT, because J no longer changes in float64 (short of a minimum
 * where J has none: the separation sentence names those on separated points), or because they diverged, which is
 * all a diverged lane says.
 */
function stopSentence({ separation, lanes }: ReadoutInput): string | null {
  const namedElsewhere = (lane: ReadoutLane) => stoppedShort(lane) && SEPARATED[separation] !== undefined;
  const stopped = lanes.filter((lane) => lane.run.status !== 'running' && !namedElsewhere(lane));
  if (stopped.length === 0) return null;
  const steps = (lane: ReadoutLane) => formatCount(lane.run.steps);
  const described = stopped.map((lane) => {
    if (lane.run.status === 'diverged') return `${lane.settings.label} diverged at step ${steps(lane)} (its loss or θ became non-finite)`;
    if (stoppedShort(lane)) return `${lane.settings.label} stopped at step ${steps(lane)} (J no longer changes in float64), not at a minimum`;
    if (lane.run.status === 'stalled') return `${lane.settings.label} stopped at step ${steps(lane)} (J no longer changes in float64)`;
    return `${lane.settings.label} converged at step ${steps(lane)}`;
  });
  const rule = stopped.some((lane) => lane.run.status === 'converged') ? ` A lane stops when ‖∇J‖∞ ≤ ${formatShortest(RACE_STOP_GRADIENT)}.` : '';
  return `${list(described)}.${rule}`;
}

/** Sentences start with a capital, but only a Latin one: "λ = 0 converged" must not become "Λ = 0 converged". */
function capitalized(sentence: string): string {
  return /^[a-z]/.test(sentence) ? sentence.charAt(0).toUpperCase() + sentence.slice(1) : sentence;
}

/** A share as a percentage: one decimal, or three for shares under 0.1 % so that they do not read "0.0 %". */
export function percent(share: number): string {
  const value = share * 100;
  return `${formatNumber(value, value < 0.1 ? 3 : 1)}%`;
}

/** "a", "a and b", "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
