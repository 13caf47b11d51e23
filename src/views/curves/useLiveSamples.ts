import { useMemo } from 'react';
import { shallow } from 'zustand/shallow';
import type { CurveSample } from '../../model/curveHistory';
import { samplesThroughCurrent } from '../../model/liveCurve';
import { currentSample } from '../../store/currentSample';
import { CHART_INTERVAL_MS } from '../common/readoutThrottle';
import { useReadout } from '../common/useReadout';

/**
 * The recorded curve samples followed by the current state, recomputed only when the run changes: while training
 * plays at most every CHART_INTERVAL_MS (redrawing two charts' paths every frame cost more than the steps at
 * N = 1000), and at once when it stops, so the last step always shows.
 */
export function useLiveSamples(): CurveSample[] {
  const { history, step, theta, current, summary } = useReadout(
    (s) => ({ history: s.history, step: s.step, theta: s.theta, current: s.current, summary: s.summary }),
    shallow,
    CHART_INTERVAL_MS,
  );
  return useMemo(() => samplesThroughCurrent(history, currentSample({ step, theta, current, summary })), [history, step, theta, current, summary]);
}
