import { useMemo } from 'react';
import type { CurveSample } from '../../model/curveHistory';
import { samplesThroughCurrent } from '../../model/liveCurve';
import { currentSample } from '../../store/currentSample';
import { useLab } from '../../store/LabStoreContext';

/** The recorded curve samples followed by the current state, recomputed only when the run changes. */
export function useLiveSamples(): CurveSample[] {
  const history = useLab((s) => s.history);
  const step = useLab((s) => s.step);
  const theta = useLab((s) => s.theta);
  const current = useLab((s) => s.current);
  const summary = useLab((s) => s.summary);
  return useMemo(() => samplesThroughCurrent(history, currentSample({ step, theta, current, summary })), [history, step, theta, current, summary]);
}
