import { MAX_CLASSES, MIN_CLASSES, toDataset, type Dataset, type Point } from '../../model/dataset';
import { DATASET_PRESETS, DEFAULT_PRESET_SETTINGS, generatePreset } from '../../model/datasets/presets';
import { plotDomain, type PlotDomain } from '../../model/plotDomain';
import { pointAgreement, regionAgreement } from '../../model/race/regionAgreement';
import { classifySeparation, type Separation } from '../../model/separability';
import { lossTarget, type LossTarget } from '../../model/race/lossTarget';
import { summarizeTheta } from '../../model/thetaSummary';
import { trainerConfig } from '../../model/trainerConfig';
import { createLaneRunner, laneRunSettings, objectiveGroup, type LaneRunner } from './laneRunner';
import type { LabSnapshot, LaneAgreement, LaneHessian, LaneRun } from './raceRunState';
import type { RaceDataSource, RaceSettings } from './raceSettings';

/** Pixels per side of the grid on which two lanes' decision regions are compared. */
export const AGREEMENT_RESOLUTION = 100;

export interface RaceData {
  readonly points: readonly Point[];
  readonly data: Dataset;
  readonly domain: PlotDomain;
  /** How the points lie (classifySeparation): with each lane's objective, whether its J has a minimiser. */
  readonly separation: Separation;
  /** A sentence for the user when there are no points, or the named data set could not be made and the lab’s points stand in. */
  readonly problem: string | null;
}

/** K of the race's data: the lab's, or the data set's when it always has the same classes (XOR, iris). */
export function raceClasses(source: RaceDataSource, lab: LabSnapshot): number {
  return source === 'lab' ? lab.classes : (DATASET_PRESETS[source].fixedClasses ?? lab.classes);
}

/**
 * Why the race cannot use a lab snapshot (a K out of range, a point whose label does not fit K, a non-finite
 * coordinate), or null when it can. The race keeps what it has rather than race on inconsistent data.
 */
export function labSnapshotProblem(lab: LabSnapshot): string | null {
  if (!Number.isInteger(lab.classes) || lab.classes < MIN_CLASSES || lab.classes > MAX_CLASSES) {
    return `K must be a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}, got ${lab.classes}.`;
  }
  const misfit = lab.points.findIndex((p) => !Number.isInteger(p.label) || p.label < 0 || p.label >= lab.classes);
  if (misfit >= 0) return `point ${misfit + 1} has class ${lab.points[misfit].label}, but K = ${lab.classes}.`;
  if (lab.points.some((p) => !Number.isFinite(p.x1) || !Number.isFinite(p.x2))) return 'a point has a non-finite coordinate.';
  return null;
}

/** The lab's points, or a data set drawn with the default preset settings and the lab's K. */
export function raceData(source: RaceDataSource, lab: LabSnapshot): RaceData {
  const labProblem = labSnapshotProblem(lab);
  if (labProblem !== null) {
    // Only a store created from an inconsistent snapshot gets here (later snapshots are refused first): race on nothing.
    const classes = Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(lab.classes) || MIN_CLASSES));
    const data = toDataset([], classes);
    return { points: [], data, domain: plotDomain([]), separation: 'noPoints', problem: `The lab’s points could not be raced on: ${labProblem}` };
  }
  let points = lab.points;
  let classes = lab.classes;
  let problem: string | null = null;
  if (source !== 'lab') {
    try {
      const generated = generatePreset(source, { ...DEFAULT_PRESET_SETTINGS, classes: lab.classes });
      points = generated.points;
      classes = generated.classes;
    } catch (error) {
      problem = `The race’s data set could not be generated (${(error as Error).message}); it uses the lab’s points instead.`;
    }
  }
  if (points.length === 0) problem = 'The lab has no points to race on: add some in the Lab, or choose a data set under Race data.';
  const data = toDataset(points, classes);
  const separation = classifySeparation(data);
  return { points, data, domain: plotDomain(points), separation, problem };
}

/** Fresh lanes; J* is computed once per objective the lanes share (see objectiveGroup). */
export function createRunners(settings: RaceSettings, built: RaceData, lab: LabSnapshot): LaneRunner[] {
  const targets = new Map<string, LossTarget>();
  return settings.lanes.map((lane) => {
    const group = objectiveGroup(lane);
    let target = targets.get(group);
    if (target === undefined) {
      target = lossTarget(built.data, trainerConfig(laneRunSettings(lane, lab.init)).objective, built.separation);
      targets.set(group, target);
    }
    return createLaneRunner(built.data, lane, lab.init, target, built.separation);
  });
}

/** The slow diagnostics: every lane's Hessian spectrum, and how far each lane's classifier agrees with lane 1's. */
export interface RaceAnalysis {
  readonly hessians: readonly LaneHessian[];
  readonly agreements: readonly LaneAgreement[];
}

export function analyseRace(runners: readonly LaneRunner[], data: Dataset, domain: PlotDomain): RaceAnalysis {
  const first = runners[0].trainer.identifiable();
  return {
    hessians: runners.map((runner) => runner.hessian()),
    agreements: runners.map((runner) => {
      const theta = runner.trainer.identifiable();
      return { regions: regionAgreement(first, theta, data.classes, domain, AGREEMENT_RESOLUTION), points: pointAgreement(first, theta, data) };
    }),
  };
}

/** Fresh immutable snapshots of every lane. */
export function laneRuns(runners: readonly LaneRunner[], tolerance: number, analysis: RaceAnalysis): LaneRun[] {
  const current = runners.map((runner) => runner.evaluateCurrent());
  return runners.map((runner, i) => {
    const { target } = runner;
    const theta = runner.trainer.identifiable();
    const summary = summarizeTheta(runner.trainer.parts());
    return {
      status: runner.status,
      steps: runner.trainer.steps,
      theta,
      loss: current[i].loss,
      gradNorm: current[i].gradNorm,
      thetaNorm: summary.thetaNorm,
      redundantNorm: summary.redundantNorm,
      parameters: runner.trainer.objective.dimension,
      target,
      // Newton's J* can sit a rounding error above a lane's loss: a gap is never negative.
      gap: target.kind === 'optimum' ? Math.max(0, current[i].loss - target.loss) : Number.NaN,
      stepsToReach: runner.stepsToReach(tolerance),
      history: runner.history,
      hessian: analysis.hessians[i],
      agreement: analysis.agreements[i],
    };
  });
}
