import { useCallback, type RefObject } from 'react';
import { allFinite } from '../../model/parameters';
import { stepAnatomy, type StepAnatomy } from '../../model/stepAnatomy';
import type { LabState } from '../../store/createAppStore';
import { labTrainerConfig } from '../../store/labRunSettings';
import { useHeavyReadout } from '../common/useHeavyReadout';

/** The step the lab would take next, taken apart at one point; or why there is none. */
export type AnatomyView = { readonly ok: true; readonly anatomy: StepAnatomy; readonly step: number } | { readonly ok: false; readonly error: string };

/** The next GD step from the lab's θ (as θ − m and m, exactly as the trainer holds it), at `point`. */
export function anatomyView(state: LabState, point: number): AnatomyView {
  const pointCount = state.data.labels.length;
  if (pointCount === 0) return { ok: false, error: 'There are no points, so there is no step to show: add points or choose a data set.' };
  if (!allFinite(state.identifiable) || !allFinite(state.summary.redundant)) {
    return { ok: false, error: 'θ is not a finite number (the run diverged), so there is no step to show. Press Reset to start again.' };
  }
  const anatomy = stepAnatomy({
    data: state.data,
    parts: { identifiable: state.identifiable, redundant: state.summary.redundant },
    spec: labTrainerConfig(state).objective,
    learningRate: state.optimizer.learningRate,
    point: Math.min(point, pointCount - 1),
  });
  if (!allFinite(anatomy.thetaAfter)) return { ok: false, error: 'This step leaves θ not finite: lower the learning rate.' };
  return { ok: true, anatomy, step: state.step };
}

const anatomyInputs = (s: LabState) => [s.identifiable, s.summary, s.data, s.model, s.optimizer];

/** anatomyView at `point`, throttled as a heavy read-out (a pass over the points and a KaTeX typesetting). */
export function useStepAnatomy(point: number, watched: RefObject<HTMLElement | null>): AnatomyView {
  const compute = useCallback((state: LabState) => anatomyView(state, point), [point]);
  return useHeavyReadout(compute, anatomyInputs, watched);
}
