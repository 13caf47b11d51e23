import { toDataset, type Dataset, type Point } from '../../model/dataset';
import { DATASET_PRESETS, DEFAULT_PRESET_SETTINGS, generatePreset } from '../../model/datasets/presets';
import { plotDomain, type PlotDomain } from '../../model/plotDomain';
import { pointAgreement, regionAgreement } from '../../model/race/regionAgreement';
import { isLinearlySeparable } from '../../model/separability';
import { bestOfGroups, stepsToReach } from '../../model/race/recordLows';
import type { StepTiming } from '../../model/race/stepTiming';
import { summarizeTheta } from '../../model/thetaSummary';
import { createLaneRunner, type LaneRunner } from './laneRunner';
import type { LabSnapshot, LaneAgreement, LaneHessian, LaneRun } from './raceRunState';
import type { RaceDataSource, RaceSettings } from './raceSettings';

/** Pixels per side of the grid on which two lanes' decision regions are compared. */
export const AGREEMENT_RESOLUTION = 100;

export interface RaceData {
  readonly points: readonly Point[];
  readonly data: Dataset;
  readonly domain: PlotDomain;
  readonly separable: boolean;
  /** A sentence for the user when there are no points, or the named data set could not be made and the lab’s points stand in. */
  readonly problem: string | null;
}

/** K of the race's data: the lab's, or the data set's when it always has the same classes (XOR, iris). */
export function raceClasses(source: RaceDataSource, lab: LabSnapshot): number {
  return source === 'lab' ? lab.classes : (DATASET_PRESETS[source].fixedClasses ?? lab.classes);
}

/** The lab's points, or a data set drawn with the default preset settings and the lab's K. */
export function raceData(source: RaceDataSource, lab: LabSnapshot): RaceData {
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
  return { points, data, domain: plotDomain(points), separable: isLinearlySeparable(data), problem };
}

export function createRunners(settings: RaceSettings, data: Dataset, lab: LabSnapshot): LaneRunner[] {
  return settings.lanes.map((lane) => createLaneRunner(data, lane, lab.init));
}

/** The slow diagnostics: every lane's Hessian spectrum, and how far each lane's classifier agrees with lane 1's. */
export interface RaceAnalysis {
  readonly hessians: readonly LaneHessian[];
  readonly agreements: readonly LaneAgreement[];
}

export function analyseRace(runners: readonly LaneRunner[], data: Dataset, domain: PlotDomain): RaceAnalysis {
  const first = runners[0].trainer.theta();
  return {
    hessians: runners.map((runner) => runner.hessian()),
    agreements: runners.map((runner) => {
      const theta = runner.trainer.theta();
      return { regions: regionAgreement(first, theta, data.classes, domain, AGREEMENT_RESOLUTION), points: pointAgreement(first, theta, data) };
    }),
  };
}

/** Fresh immutable snapshots of every lane. */
export function laneRuns(
  runners: readonly LaneRunner[],
  tolerance: number,
  analysis: RaceAnalysis,
  timings: readonly StepTiming[],
): LaneRun[] {
  const current = runners.map((runner) => runner.evaluateCurrent());
  const lows = runners.map((runner) => runner.lows);
  const groups = runners.map((runner) => runner.group);
  const reach = stepsToReach(lows, groups, tolerance);
  const best = bestOfGroups(lows, groups);
  return runners.map((runner, i) => {
    const theta = runner.trainer.theta();
    const summary = summarizeTheta(theta, runner.trainer.objective.classes);
    return {
      status: runner.status,
      steps: runner.trainer.steps,
      theta,
      loss: current[i].loss,
      gradNorm: current[i].gradNorm,
      thetaNorm: summary.thetaNorm,
      redundantNorm: summary.redundantNorm,
      parameters: runner.trainer.objective.dimension,
      microsecondsPerStep: timings[i].microseconds,
      gap: Math.max(0, current[i].loss - best[i]),
      stepsToReach: reach[i],
      history: runner.history,
      hessian: analysis.hessians[i],
      agreement: analysis.agreements[i],
    };
  });
}
